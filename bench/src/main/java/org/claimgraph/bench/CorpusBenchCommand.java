package org.claimgraph.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimgraph.cli.EnvironmentException;
import org.claimgraph.cli.ExitCode;
import org.claimgraph.cli.UserException;
import org.claimgraph.model.Document;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "The corpus store at scale: generates N analysed articles (no language analysis: text",
            "composed from templates with generated speakers, a few thousand names drawn Zipf-like,",
            "outlets, dates over a year, about 5%% syndicated copies; the same --seed gives the same",
            "corpus), ingests them into an empty embedded store and into PostgreSQL, and reports",
            "ingest speed (articles/s), store size per 1,000 articles, and the p50/p95/p99/max",
            "latency of 'statements --speaker NAME' (frequent and rare names, full names and",
            "surnames, every statement written as a JSON line as the CLI does) and of 'search QUERY'",
            "(words drawn from the corpus, the CLI's default 20 hits), after a warm-up.",
        },
        footer = {
            "",
            "Examples:",
            "  The benchmark as documented in docs/BENCHMARKS.md (both stores, 10,000 articles):",
            "    ./claimgraph bench corpus --out bench-corpus.md",
            "  A quick look at the embedded store alone:",
            "    ./claimgraph bench corpus --articles 2000 --stores h2",
            "  Against your own PostgreSQL (an empty database; the password from the environment):",
            "    CLAIMGRAPH_DB_PASSWORD=secret ./claimgraph bench corpus --stores postgresql \\",
            "        --db jdbc:postgresql://localhost:5432/bench?user=me",
        })
final class CorpusBenchCommand implements Callable<Integer> {

    enum StoreKind {
        h2,
        postgresql
    }

    /** The kinds of speaker query (see {@link #speakerQueries}); {@link #speakerKind} tells which a query is. */
    static final List<String> SPEAKER_KINDS = List.of("full name, drawn as often as they speak",
            "full name, drawn evenly from the pool", "surname alone, drawn as often as they speak");

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles to generate and store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--speakers", paramLabel = "N", defaultValue = "3000",
            description = "Distinct speaker names in the pool (default: ${DEFAULT-VALUE}).")
    int speakers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261123",
            description = "Seed of the corpus and of the queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
            description = "Timed queries of each kind per store (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "50",
            description = "Untimed queries of each kind first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--stores", paramLabel = "LIST", split = ",", defaultValue = "h2,postgresql",
            description = "Which stores to measure: h2, postgresql or both (default: ${DEFAULT-VALUE}).")
    List<StoreKind> stores;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded store's folder, which must not exist yet (default: a temporary folder, "
                    + "deleted afterwards).")
    Path storeFolder;

    @Option(names = "--db", paramLabel = "URL",
            description = "An empty PostgreSQL database (default: an embedded PostgreSQL started for the run); "
                    + "the password may come from CLAIMGRAPH_DB_PASSWORD.")
    String jdbcUrl;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 100 || queries < 1 || warmUp < 0 || speakers < 10) {
            throw new UserException("--articles must be at least 100, --queries at least 1, --warm-up at least 0 "
                    + "and --speakers at least 10; got " + articles + ", " + queries + ", " + warmUp + " and "
                    + speakers + ".");
        }
        if (storeFolder != null && Files.exists(storeFolder)) {
            throw new UserException("--store '" + storeFolder + "' exists already; the benchmark needs an empty "
                    + "store. Pass a folder that does not exist yet, or leave --store out.");
        }
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        PrintWriter err = spec.commandLine().getErr();
        CorpusGenerator generator = new CorpusGenerator(seed, speakers);
        List<Document> documents = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            documents.add(generator.next());
        }
        Random draw = new Random(seed + 1);
        List<String> speakerQueries = speakerQueries(generator, queries, draw);
        List<String> searchQueries = searchQueries(documents, queries, draw);
        err.printf(Locale.ROOT, "bench: %,d articles generated (%d speakers in the pool)%n", articles,
                generator.speakers().size());
        err.flush();

        List<CorpusStoreRun.Result> results = new ArrayList<>();
        Path scratch = Files.createTempDirectory("claimgraph-bench-corpus");
        try {
            for (StoreKind kind : stores) {
                if (kind == StoreKind.h2) {
                    results.add(runH2(scratch, documents, speakerQueries, searchQueries, err));
                } else {
                    results.add(runPostgres(scratch, documents, speakerQueries, searchQueries, err));
                }
            }
        } finally {
            deleteQuietly(scratch);
        }
        String table = CorpusTable.markdown(header(started, load), results);
        TableOutput.print(table, spec.commandLine().getOut(), out);
        return ExitCode.OK;
    }

    private CorpusStoreRun.Result runH2(Path scratch, List<Document> documents, List<String> speakerQueries,
            List<String> searchQueries, PrintWriter err) {
        Path folder = storeFolder != null ? storeFolder : scratch.resolve("h2-store");
        String name = "H2 (embedded)";
        CorpusStoreRun.Ingest ingest;
        try (Store store = Store.open(folder)) {
            ingest = CorpusStoreRun.ingest(name, store, documents, err);
        }
        long bytes = CorpusStoreRun.folderBytes(folder); // after closing, as the ingest command leaves it
        CorpusStoreRun.Result result;
        try (Store store = Store.open(folder)) {
            result = CorpusStoreRun.queries(name, ingest, bytes, store, scratch.resolve("h2-index"), speakerQueries,
                    SPEAKER_KINDS, CorpusBenchCommand::speakerKind, searchQueries, warmUp, err);
        }
        err.println("bench: " + name + ": compacting (SHUTDOWN COMPACT)...");
        err.flush();
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("claimgraph");
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new EnvironmentException("cannot compact the embedded store in '" + folder + "': "
                    + e.getMessage() + ". Check the disk space.", e);
        }
        return result.withCompactedBytes(CorpusStoreRun.folderBytes(folder));
    }

    private CorpusStoreRun.Result runPostgres(Path scratch, List<Document> documents, List<String> speakerQueries,
            List<String> searchQueries, PrintWriter err) throws IOException {
        String password = System.getenv("CLAIMGRAPH_DB_PASSWORD");
        if (jdbcUrl != null) {
            return runPostgres("PostgreSQL (--db)", jdbcUrl, password, scratch, documents, speakerQueries,
                    searchQueries, err);
        }
        err.println("bench: starting an embedded PostgreSQL...");
        err.flush();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE claimgraph_bench");
            } catch (SQLException e) {
                throw new EnvironmentException("cannot create a database in the embedded PostgreSQL: "
                        + e.getMessage() + ". Pass your own empty database with --db.", e);
            }
            String url = postgres.getJdbcUrl("postgres", "claimgraph_bench");
            String settings = "fsync " + queryString(url, null, "SHOW fsync") + ", synchronous_commit "
                    + queryString(url, null, "SHOW synchronous_commit");
            return runPostgres("PostgreSQL " + serverVersion(url, null) + " (embedded, " + settings + ")",
                    postgres.getJdbcUrl("postgres", "claimgraph_bench"), null, scratch, documents, speakerQueries,
                    searchQueries, err);
        }
    }

    private CorpusStoreRun.Result runPostgres(String name, String url, String password, Path scratch,
            List<Document> documents, List<String> speakerQueries, List<String> searchQueries, PrintWriter err) {
        try (Store store = Store.open(url, password)) {
            CorpusStoreRun.Ingest ingest = CorpusStoreRun.ingest(name, store, documents, err);
            return CorpusStoreRun.queries(name, ingest, databaseBytes(url, password), store,
                    scratch.resolve("postgresql-index"), speakerQueries, SPEAKER_KINDS, CorpusBenchCommand::speakerKind, searchQueries, warmUp, err);
        }
    }

    private static String serverVersion(String url, String password) {
        return queryString(url, password, "SHOW server_version");
    }

    private static long databaseBytes(String url, String password) {
        return Long.parseLong(queryString(url, password, "SELECT pg_database_size(current_database())"));
    }

    private static String queryString(String url, String password, String sql) {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot ask the PostgreSQL database '" + sql + "': " + e.getMessage()
                    + ". Check that the database in --db is reachable.", e);
        }
    }

    /**
     * Speaker names as people would ask for them: half drawn as often as they speak (so mostly the frequent ones),
     * a quarter drawn evenly from the whole pool (mostly rare ones, some that never spoke), and a quarter the surname
     * alone of a speaker drawn as often as they speak.
     */
    static List<String> speakerQueries(CorpusGenerator generator, int count, Random draw) {
        List<String> pool = generator.speakers();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (speakerKind(i) == 0) {
                names.add(generator.frequentSpeaker(draw));
            } else if (speakerKind(i) == 1) {
                names.add(pool.get(draw.nextInt(pool.size())));
            } else {
                String name = generator.frequentSpeaker(draw);
                names.add(name.substring(name.indexOf(' ') + 1));
            }
        }
        return names;
    }

    /** The kind of the speaker query at a position (an index of {@link #SPEAKER_KINDS}): they take turns 0, 0, 1, 2. */
    static int speakerKind(int position) {
        return Math.max(0, position % 4 - 1);
    }

    /** Search queries of one or two words (of at least 5 letters) taken from random articles of the corpus. */
    static List<String> searchQueries(List<Document> documents, int count, Random draw) {
        List<String> found = new ArrayList<>(count);
        while (found.size() < count) {
            String[] words = documents.get(draw.nextInt(documents.size())).text().split("[^\\p{L}]+");
            String first = longWord(words, draw);
            if (first == null) {
                continue;
            }
            String second = draw.nextInt(3) == 0 ? longWord(words, draw) : null;
            found.add(second == null ? first : first + " " + second);
        }
        return found;
    }

    private static String longWord(String[] words, Random draw) {
        for (int tries = 0; tries < 20; tries++) {
            String word = words[draw.nextInt(words.length)];
            if (word.length() >= 5) {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private String header(ZonedDateTime started, double load) {
        String date = started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
        String loadText = load < 0 ? "" : String.format(Locale.ROOT, ", load average %.1f at the start", load);
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        return String.format(Locale.ROOT, "Run %s on %d cores (%s %s%s), Java %s, max heap %d MB; %,d generated "
                        + "articles (seed %d), %d timed queries of each kind after %d untimed. Command: "
                        + "`./claimgraph bench %s`",
                date, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loadText, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), articles, seed, queries, warmUp,
                String.join(" ", args));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it up in the end
        }
    }
}
