package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.store.Databases;
import org.claimgraph.store.Store;

/**
 * Fresh, empty stores for the command-line tests, of both kinds: an embedded H2 folder, and a database on a real
 * PostgreSQL (the store module's test helper), so no server has to be set up.
 */
final class TestStores {

    enum Kind {
        H2,
        POSTGRESQL
    }

    /** One empty store: the options that name it on the command line. */
    record TestStore(Kind kind, List<String> options) {
        Store open() {
            return kind == Kind.H2 ? Store.open(Path.of(options.get(1))) : Store.open(options.get(1));
        }

        /** {@code args} followed by this store's options. */
        String[] args(String... args) {
            String[] all = new String[args.length + options.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            for (int i = 0; i < options.size(); i++) {
                all[args.length + i] = options.get(i);
            }
            return all;
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestStores() {}

    static TestStore create(Kind kind, Path folder) {
        if (kind == Kind.H2) {
            return new TestStore(kind, List.of("--store", folder.resolve("store" + NEXT.incrementAndGet()).toString()));
        }
        return new TestStore(kind, List.of("--db", Databases.newPostgresDatabase()));
    }

}
