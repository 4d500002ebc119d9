package org.claimgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of this JVM: the peak of each heap pool (summed: an upper bound of the peak heap in use, which is what
 * {@code -Xmx} has to hold) and the largest heap left after any garbage collection (the live set plus what the
 * collection did not reach).
 */
final class HeapWatch {

    private final AtomicLong maxAfterGc = new AtomicLong();

    /** Starts listening to the collectors of this JVM. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long after = 0;
                        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                            after += usage.getUsed();
                        }
                        watch.record(after - nonHeapAfter(info));
                    }
                }, null, null);
            }
        }
        return watch;
    }

    private static long nonHeapAfter(GarbageCollectionNotificationInfo info) {
        long nonHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (usage != null && pool.getType() == MemoryType.NON_HEAP) {
                nonHeap += usage.getUsed();
            }
        }
        return nonHeap;
    }

    private void record(long heapAfterGc) {
        maxAfterGc.accumulateAndGet(heapAfterGc, Math::max);
    }

    /** Bytes: the sum of the heap pools' peak use since the JVM started. */
    long peakUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Bytes: the largest heap in use just after a collection (0 when none ran). */
    long maxAfterGc() {
        return maxAfterGc.get();
    }
}
