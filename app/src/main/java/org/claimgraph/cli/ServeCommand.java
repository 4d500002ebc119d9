package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import org.claimgraph.web.Corpus;
import org.claimgraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Serves a store (see 'claimgraph ingest') as a web UI and a REST API, from one process, until",
            "Ctrl-C. It listens on 127.0.0.1 only unless --host says otherwise. The store must exist, unless",
            "writes are on (a token is given): then an empty one is created.",
            "",
            "Pages: / (articles, search, topics), /articles/ID (the text with its statements, speakers, entities,",
            "numbers, dates and loaded wording highlighted and explained), /statements (filters and exports),",
            "/entities and /entities/ID (names, roles, what it said, a timeline), /topics/NAME (who stands",
            "where, over time, with the quotes), /clusters/ID (one utterance in every outlet), /search?q=.",
            "",
            "API: GET /api/articles, /api/articles/ID, /api/statements, /api/entities, /api/entities/ID,",
            "/api/clusters/ID, /api/search?q=, /api/stances?topic=NAME (JSON; limit and offset page; format=csv",
            "or jsonl exports), POST /api/articles (ingest one article; needs the token). /openapi.json",
            "describes every route.",
            "",
            "Topics come from --topic FILE and from the *.yaml, *.yml and *.json files of a 'topics' folder",
            "inside the store folder; each is named in URLs by its file name without the extension.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Store the samples, then read them in a browser at http://127.0.0.1:8080/ :",
            "    ./claimgraph ingest samples/articles",
            "    ./claimgraph serve --topic samples/topics/harbour-bridge.yaml",
            "  Ask the API from a shell:",
            "    curl 'http://127.0.0.1:8080/api/statements?speaker=Okafor&limit=5'",
            "  Accept new articles over HTTP (the token from a file, or from CLAIMGRAPH_TOKEN):",
            "    ./claimgraph serve --token-file ~/.claimgraph-token --port 9000",
            "    curl -H \"Authorization: Bearer $(cat ~/.claimgraph-token)\" -H 'Content-Type: application/json' \\",
            "         -d '{\"text\": \"...\", \"title\": \"...\", \"published\": \"2025-03-03\"}' \\",
            "         http://127.0.0.1:9000/api/articles",
            "",
            "Exit codes: 130 when stopped by Ctrl-C, 2 bad usage (a bad option or topic file), 1 environment",
            "(the port taken, the store unreachable).",
        })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only). 0.0.0.0 "
                    + "opens it to the network: the pages have no login.")
    String host;

    @Option(names = "--topic", paramLabel = "FILE",
            description = "A topic file (JSON or YAML; see 'claimgraph stances --help') for /topics/NAME and "
                    + "/api/stances. Repeat for several.")
    List<Path> topicFiles = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token POST /api/articles needs (else the environment "
                    + "variable CLAIMGRAPH_TOKEN). Without a token, writes are refused.")
    Path tokenFile;

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be from 0 to 65535, got " + port + ".");
        }
        String token = token();
        Map<String, TopicStances> topics = topics();
        PrintWriter err = spec.commandLine().getErr();
        WebServer server;
        try {
            // read-only, the store must exist (a mistyped --store says so); with writes on, it may start empty
            server = start(token == null ? storeOptions.openForReading() : storeOptions.openForWriting(), topics,
                    token, err);
        } catch (StoreException e) {
            throw new EnvironmentException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new EnvironmentException(e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "claimgraph-serve-stop"));
        err.printf(Locale.ROOT, "claimgraph: serving %s at http://%s:%d/ (topics: %s; writes %s). Ctrl-C stops.%n",
                storeOptions.folderOrNull() != null ? "'" + storeOptions.folderOrNull() + "'" : "the database",
                host.contains(":") ? "[" + host + "]" : host, server.port(),
                topics.isEmpty() ? "none" : String.join(", ", topics.keySet()),
                token == null ? "off: no token" : "need the token");
        err.flush();
        server.join();
        return ExitCode.OK;
    }

    private WebServer start(Store store, Map<String, TopicStances> topics, String token, PrintWriter err) {
        Corpus corpus;
        try {
            corpus = new Corpus(store, storeOptions.searchIndex(null), topics, ServeCommand::stanceRows);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return WebServer.start(corpus, ArticleAnnotator.shared(), host, port, token, err);
    }

    /** A topic's report as the rows of {@code stances --format jsonl}, by month. */
    static List<ObjectNode> stanceRows(Store store, TopicStances topic) {
        return StoreStances.report(store, topic, StatementFilter.ALL, StanceReport.Period.month).jsonRows();
    }

    private String token() {
        if (tokenFile == null) {
            String variable = System.getenv(WebServer.TOKEN_VARIABLE);
            return variable == null || variable.isBlank() ? null : variable.strip();
        }
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new UserException("The token file '" + tokenFile + "' is empty. Put the token in it (one "
                        + "line, for example from 'openssl rand -hex 24').");
            }
            return token;
        } catch (IOException e) {
            throw new UserException("Cannot read the token file '" + tokenFile + "' (" + e.getMessage() + "). "
                    + "Check the path and its permissions.");
        }
    }

    /** The topics by URL name: --topic files first, then the store folder's topics/ folder. */
    private Map<String, TopicStances> topics() {
        List<Path> files = new ArrayList<>(topicFiles);
        Path folder = storeOptions.folderOrNull();
        Path topicFolder = folder == null ? null : folder.resolve("topics");
        if (topicFolder != null && Files.isDirectory(topicFolder)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(topicFolder, "*.{yaml,yml,json}")) {
                List<Path> sorted = new ArrayList<>();
                found.forEach(sorted::add);
                sorted.sort(null);
                files.addAll(sorted);
            } catch (IOException e) {
                throw new UserException("Cannot list the topics folder '" + topicFolder + "' (" + e.getMessage()
                        + "). Check its permissions.");
            }
        }
        Map<String, TopicStances> topics = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
            if (topics.containsKey(name)) {
                throw new UserException("Two topic files are named '" + name + "' (" + file + " and another). "
                        + "Rename one: the file name names the topic in URLs.");
            }
            topics.put(name, AnalysisOptions.readTopic(file));
        }
        return topics;
    }
}
