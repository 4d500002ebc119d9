package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.store.Store;
import org.claimgraph.web.Corpus;
import org.claimgraph.web.WebServer;

/**
 * One server for the serve tests (API and browser), started once per test JVM on a free port over an H2 store filled
 * by ingesting the shipped samples, the articles written for these tests and the hostile article
 * ({@code src/test/resources/org/claimgraph/cli/serve/}). The language models load once, for the ingest.
 */
final class ServeFixture {

    static final String TOKEN = "serve-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServeFixture instance;

    final Path folder;
    final WebServer server;
    final StringWriter errors = new StringWriter();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServeFixture(Path folder, WebServer server) {
        this.folder = folder;
        this.server = server;
    }

    static synchronized ServeFixture get() throws IOException, URISyntaxException {
        if (instance == null) {
            Path folder = Files.createTempDirectory("claimgraph-serve-test");
            Path store = folder.resolve("store");
            Path articles = Path.of(ServeFixture.class.getResource("serve").toURI());
            Cli.Result ingest = Cli.run("ingest", Shared.project().resolve("samples/articles").toString(),
                    articles.toString(), "--store", store.toString(), "--no-progress");
            if (ingest.exitCode() != 0) {
                throw new IllegalStateException("the fixture's ingest failed: " + ingest.err());
            }
            Map<String, org.claimgraph.annotate.stances.TopicStances> topics = Map.of("harbour-bridge",
                    AnalysisOptions.readTopic(Shared.project().resolve("samples/topics/harbour-bridge.yaml")));
            Corpus corpus = new Corpus(Store.open(store), folder.resolve("search"), topics, ServeCommand::stanceRows);
            StringWriter errors = new StringWriter();
            WebServer server = WebServer.start(corpus, ArticleAnnotator.shared(), "127.0.0.1", 0, TOKEN,
                    new PrintWriter(errors, true));
            instance = new ServeFixture(folder, server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return instance;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    /** The id of the stored article whose title contains {@code words}. */
    String articleId(String words) throws IOException, InterruptedException {
        for (JsonNode article : json("/api/articles?limit=500").path("items")) {
            if (article.path("title").asText().contains(words)) {
                return article.path("id").asText();
            }
        }
        throw new AssertionError("no stored article's title contains '" + words + "'");
    }
}
