package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Option;

/** Where the corpus store is: {@code --store DIR} (embedded, the default) or {@code --db JDBC_URL} (PostgreSQL). */
final class StoreOptions {

    static final Path DEFAULT_FOLDER = Path.of("claimgraph-data");
    /** Where --db's password may come from, so that it shows in no process list. */
    static final String PASSWORD_VARIABLE = "CLAIMGRAPH_DB_PASSWORD";

    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded store's folder (default: ./claimgraph-data). No server needed.")
    Path folder;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead, e.g. jdbc:postgresql://localhost:5432/news?user=me "
                    + "(the password from the environment variable " + PASSWORD_VARIABLE + ", or &password=...).")
    String jdbcUrl;

    /**
     * The search index's folder: {@code index} when given, else 'search' in the store folder, or ./claimgraph-search
     * with --db.
     */
    Path searchIndex(Path index) {
        if (index != null) {
            return index;
        }
        if (jdbcUrl != null) {
            return Path.of("claimgraph-search");
        }
        return (folder != null ? folder : DEFAULT_FOLDER).resolve("search");
    }

    /** The embedded store's folder, or null with --db. */
    Path folderOrNull() {
        return jdbcUrl != null ? null : folder != null ? folder : DEFAULT_FOLDER;
    }

    /** Opens the store, creating it when missing (for ingest). */
    Store openForWriting() {
        return open(false);
    }

    /** Opens a store that must exist already (for queries). */
    Store openForReading() {
        return open(true);
    }

    /** What a query command does with an open store; may throw {@link IOException}. */
    interface Query {
        void run(Store store) throws IOException;
    }

    /**
     * Runs a query on the store, which must exist, and closes it; a store that fails on the way is an environment
     * error (exit code 1).
     */
    int query(Query query) {
        try (Store store = openForReading()) {
            query.run(store);
            return ExitCode.OK;
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new EnvironmentException("cannot write the output (" + e.getMessage() + "). Check the disk "
                    + "space and the permissions of the folder.", e);
        }
    }

    private Store open(boolean mustExist) {
        if (folder != null && jdbcUrl != null) {
            throw new UserException("Give either --store DIR or --db JDBC_URL, not both.");
        }
        try {
            if (jdbcUrl != null) {
                if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                    throw new UserException("--db needs a PostgreSQL JDBC URL such as "
                            + "jdbc:postgresql://localhost:5432/news?user=me&password=secret, got '"
                            + jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + "'.");
                }
                return Store.open(jdbcUrl, System.getenv(PASSWORD_VARIABLE));
            }
            Path path = folder != null ? folder : DEFAULT_FOLDER;
            if (mustExist && !Files.isDirectory(path)) {
                throw new UserException("There is no store at '" + path + "'. Run 'claimgraph ingest PATH...' "
                        + "first, or pass the store's folder with --store (or a database with --db).");
            }
            return Store.open(path);
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        }
    }
}
