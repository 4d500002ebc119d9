package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.claimgraph.model.Document;

/**
 * The corpus store: analysed articles kept in an embedded H2 database in a folder, or in PostgreSQL, linked across
 * articles (one canonical entity for the same person in every article, one cluster for the same utterance reported in
 * several, syndicated copies marked) and queried. Each article is written in one transaction, so a killed run leaves
 * the store consistent and running it again finishes the job.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("claimgraph-data"))) {
 *     Store.Ingested result = store.ingest(document);
 *     store.queries().statements(new StatementFilter("Okafor", null, null, null), System.out::println);
 * }
 * }</pre>
 *
 * <p>Not thread-safe for writes: one thread ingests. {@link #contains} may be called from any thread.
 */
public final class Store implements AutoCloseable {

    /** What {@link #ingest} did with a document. */
    public enum Outcome {
        /** A new article. */
        ADDED,
        /** A changed version of an article already stored (same source or URL); the old version stays readable. */
        NEW_VERSION,
        /** A syndicated copy or near-duplicate of a stored article: stored, linked to it, counted once. */
        COPY,
        /** These very bytes are stored already: nothing changed. */
        UNCHANGED
    }

    /** The outcome for one document; {@code related} is the article it is a version or copy of, else null. */
    public record Ingested(Outcome outcome, String id, String related) {}

    /** Tries per article: a write that collides with a concurrent writer's is tried again. */
    private static final int ATTEMPTS = 3;

    private final Connection writer;
    private final Connection lookup;
    private final String where;

    private Store(Connection writer, Connection lookup, String where) {
        this.writer = writer;
        this.lookup = lookup;
        this.where = where;
    }

    /** Opens (creating it when missing) the embedded store in {@code folder}. */
    public static Store open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String shown = "'" + folder + "'";
        if (absolute.toString().contains(";")) {
            throw new StoreException("Cannot open the store at " + shown + ": the path contains ';', which the "
                    + "embedded database does not accept. Pass another folder with --store.");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw new StoreException("Cannot create the store folder " + shown + " (" + e.getMessage() + "). Pass "
                    + "another folder with --store, or fix the permissions of its parent.", e);
        }
        if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
            throw new StoreException("Cannot open the store at " + shown + ": it is not a writable folder. Pass "
                    + "another folder with --store, or fix its permissions.");
        }
        String url = "jdbc:h2:file:" + absolute.resolve("claimgraph") + ";DB_CLOSE_ON_EXIT=FALSE";
        return connect(url, shown);
    }

    /** Opens the store in the database at a JDBC URL ({@code jdbc:postgresql://host/db?user=...&password=...}). */
    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, null);
    }

    /**
     * Opens the store in the database at a JDBC URL, with a password given apart from it (so that it appears in no
     * command line); null for none. A password in the URL wins.
     */
    public static Store open(String jdbcUrl, String password) {
        String shown = "'" + redacted(jdbcUrl) + "'";
        if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db needs a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/claimgraph?user=me&password=secret, got " + shown + ".");
        }
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return connect(jdbcUrl, properties, shown);
    }

    private static Store connect(String url, String shown) {
        return connect(url, new Properties(), shown);
    }

    private static Store connect(String url, Properties properties, String shown) {
        Connection writer = null;
        try {
            writer = DriverManager.getConnection(url, properties);
            Migrations.apply(writer, shown);
            writer.setAutoCommit(false);
            Connection lookup = DriverManager.getConnection(url, properties);
            lookup.setReadOnly(true);
            return new Store(writer, lookup, shown);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException(openFailure(e, shown), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    private static String openFailure(SQLException e, String shown) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("already in use") || message.contains("Database may be already")) {
            return "Cannot open the store at " + shown + ": another claimgraph process is using it. Wait for that "
                    + "run to end, or pass another folder with --store.";
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return "Cannot connect to the database at " + shown + " (" + firstLine(message) + "). Check that the "
                    + "server runs and accepts connections, and the host, port, database, user and password in --db.";
        }
        return "Cannot open the store at " + shown + " (" + firstLine(message) + "). Check that it is a claimgraph "
                + "store and that you may write to it, or pass another --store / --db.";
    }

    /** The JDBC URL with any password hidden, for messages. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Where this store is, for messages (a folder, or a JDBC URL without its password). */
    public String where() {
        return where;
    }

    /** Whether the article version with this id (the hash of its input bytes) is stored. Thread-safe. */
    public boolean contains(String id) {
        synchronized (lookup) {
            try (PreparedStatement select = lookup.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot read the store at " + where + " (" + firstLine(e.getMessage())
                        + "). Check that the database is still reachable.", e);
            }
        }
    }

    /**
     * Stores one analysed article in one transaction: the document, its entities resolved to canonical entities, its
     * statements clustered with the same utterance elsewhere, and its near-duplicate keys. Bytes already stored change
     * nothing.
     *
     * @throws StoreException when the database refuses the write; nothing of the article is then stored
     */
    public Ingested ingest(Document document) {
        StoreException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (contains(document.id())) {
                return new Ingested(Outcome.UNCHANGED, document.id(), null); // maybe stored by another writer
            }
            try {
                Ingested result = new ArticleWriter(writer).write(document);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                String detail = e instanceof SQLException ? firstLine(e.getMessage()) : e.toString();
                failure = new StoreException("Cannot store article " + document.source() + " in " + where + " ("
                        + detail + "). Nothing of it was stored; run the same command again to retry.", e);
                if (!(e instanceof SQLException) || !isReachable()) {
                    break; // a bug or a lost database: trying again changes nothing
                }
                // another writer may have taken the same key or entity at the same moment: try once more
            }
        }
        throw failure;
    }

    /** Whether the connection still answers: false once the database went away. */
    public boolean isReachable() {
        try {
            return writer.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The queries over the stored corpus. */
    public StoreQueries queries() {
        return new StoreQueries(writer, where);
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database discards the open transaction itself
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(lookup);
        closeQuietly(writer);
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
