package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.store.Databases;
import org.claimgraph.store.Store;
import org.claimgraph.web.Corpus;
import org.claimgraph.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over a real PostgreSQL (embedded, started by the test): the samples ingested with {@code --db}, then
 * read, searched and written through the API.
 */
class ServePostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "serve-postgres-test-token-0123";

    @TempDir
    Path folder;

    @Test
    void theApiServesAPostgresqlStore() throws Exception {
        String url = Databases.newPostgresDatabase();
        Cli.Result ingest = Cli.run("ingest", "--no-progress", "--db", url,
                Shared.project().resolve("samples/articles").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        Map<String, org.claimgraph.annotate.stances.TopicStances> topics = Map.of("harbour-bridge",
                AnalysisOptions.readTopic(Shared.project().resolve("samples/topics/harbour-bridge.yaml")));
        Corpus corpus = new Corpus(Store.open(url), folder.resolve("search"), topics, ServeCommand::stanceRows);
        StringWriter errors = new StringWriter();
        try (WebServer server = WebServer.start(corpus, ArticleAnnotator.shared(), "127.0.0.1", 0, TOKEN,
                new PrintWriter(errors, true))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + server.port();

            JsonNode articles = get(client, base + "/api/articles?limit=500");
            assertEquals(5, articles.path("items").size(), articles.toString());
            JsonNode okafor = get(client, base + "/api/statements?speaker=Okafor");
            assertTrue(okafor.path("items").size() >= 2, okafor.toString());
            JsonNode search = get(client, base + "/api/search?q=bridge");
            assertTrue(search.path("items").size() > 0, search.toString());
            JsonNode stances = get(client, base + "/api/stances?topic=harbour-bridge&limit=500");
            assertTrue(stances.path("items").size() > 0, stances.toString());

            String article = "{\"title\": \"Ferry talks resume\", \"text\": \"Ferry talks resumed on Monday. "
                    + "\\\"We are close,\\\" union secretary Rui Costa said.\"}";
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(201, posted.statusCode(), posted.body() + errors);
            assertEquals(6, get(client, base + "/api/articles?limit=500").path("items").size());
        }
    }

    private static JsonNode get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
