package org.claimgraph.bench;

import java.util.List;
import java.util.Locale;
import org.claimgraph.bench.AnalyzeRun.Measurement;

/** The Markdown table of a full-analysis benchmark, with the ratios claimgraph / CoreNLP and the targets. */
final class AnalyzeTable {

    /** The targets: at least 10 times CoreNLP's throughput, at most 3 GB of heap, both cores busy. */
    static final double TARGET_RATIO = 10;
    static final long TARGET_HEAP_BYTES = 3L * 1024 * 1024 * 1024;

    private AnalyzeTable() {}

    static String markdown(String header, List<Measurement> measurements, long tokens, List<String> failures) {
        StringBuilder out = new StringBuilder();
        out.append(header).append("\n\n");
        out.append("| system | threads | load s | cold pass s | whole process s | warm pass s | warm pass CPU s "
                + "| GC in warm pass s | warm tok/s | peak heap MB (sum of pool peaks) | max heap after GC MB | CPU cores busy, warm "
                + "| CPU cores busy, whole | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : measurements) {
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f | %,d | %,d | %.2f | %.2f | %d |%n", m.system(),
                    m.threads(), m.loadSeconds(), m.coldPassSeconds(), m.wholeProcessSeconds(),
                    m.warmPassSeconds(), m.warmPassSeconds() * m.warmCores(), m.warmGcSeconds(), tokens / m.warmPassSeconds(), megabytes(m.peakHeapBytes()),
                    megabytes(m.maxHeapAfterGcBytes()), m.warmCores(), m.wholeProcessCores(), m.errors()));
        }
        out.append('\n');
        Measurement claimgraph = find(measurements, "claimgraph");
        Measurement corenlp = find(measurements, "corenlp");
        if (claimgraph != null && corenlp != null) {
            double throughput = corenlp.warmPassSeconds() / claimgraph.warmPassSeconds();
            double whole = corenlp.wholeProcessSeconds() / claimgraph.wholeProcessSeconds();
            out.append(String.format(Locale.ROOT, "Warm throughput claimgraph / CoreNLP: **%.1fx** (target %.0fx: %s). "
                            + "Whole process, CoreNLP time / claimgraph time: **%.1fx** (target %.0fx: %s). "
                            + "claimgraph peak heap %s 3 GB; claimgraph keeps %.2f of %d cores busy when warm.%n",
                    throughput, TARGET_RATIO, met(throughput >= TARGET_RATIO), whole, TARGET_RATIO,
                    met(whole >= TARGET_RATIO), claimgraph.peakHeapBytes() <= TARGET_HEAP_BYTES ? "within" : "above",
                    claimgraph.warmCores(), Runtime.getRuntime().availableProcessors()));
            double cpu = corenlp.warmPassSeconds() * corenlp.warmCores()
                    / (claimgraph.warmPassSeconds() * claimgraph.warmCores());
            out.append(String.format(Locale.ROOT, "CPU time of the warm pass, CoreNLP / claimgraph: %.1fx (less "
                    + "sensitive than wall time to other work on the machine, which the two runs may not share "
                    + "alike).%n", cpu));
            out.append('\n');
        }
        out.append("load: building the pipeline and loading its models. cold pass: the first pass over the articles "
                + "(JIT warm-up included), which is also the warm-up pass. whole process: from the child JVM's start "
                + "to the end of the cold pass, load included. warm tok/s: tokens of the article files (CoreNLP's "
                + "English tokenizer, counted once for both systems) over the second, timed pass. peak heap: sum of "
                + "the heap pools' peaks (an upper bound). CPU cores busy: process CPU time / wall time. Each pass "
                + "reads the files again; claimgraph's includes body and metadata extraction.\n");
        for (Measurement m : measurements) {
            if (m.firstError() != null) {
                out.append("\nFirst error of ").append(m.system()).append(": ").append(m.firstError()).append('\n');
            }
        }
        for (String failure : failures) {
            out.append("\n").append(failure.replace("|", "\\|")).append('\n');
        }
        return out.toString();
    }

    private static Measurement find(List<Measurement> measurements, String system) {
        return measurements.stream().filter(m -> m.system().equals(system)).findFirst().orElse(null);
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }
}
