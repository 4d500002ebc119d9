package org.claimgraph.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty stores for tests (this module's and the app's, through the test jar): embedded H2 in a folder, and a real PostgreSQL (one embedded server per test JVM,
 * a new database per store), so both kinds are tested with no server to set up.
 */
public final class Databases {

    enum Kind {
        H2,
        POSTGRESQL
    }

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Databases() {}

    /** Opens a new, empty store of the given kind; {@code folder} holds the H2 files. */
    static Store open(Kind kind, Path folder) {
        return kind == Kind.H2 ? Store.open(folder.resolve("store")) : Store.open(newPostgresDatabase());
    }

    /** The JDBC URL of a new, empty PostgreSQL database. */
    public static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the server's folder is temporary
                    }
                }));
            }
            String name = "test" + NEXT.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }
}
