package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.store.Store;
import org.claimgraph.web.Corpus;
import org.claimgraph.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP, on a server started on a free port over an H2 store (see {@link ServeFixture}). */
class ServeApiTest {

    private static ServeFixture serve;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeFixture.get();
    }

    private static void assertError(HttpResponse<String> response, int status, String words) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = ServeFixture.parse(response.body());
        assertEquals(status, error.path("status").asInt(), response.body());
        assertTrue(error.path("error").asText().contains(words), response.body());
    }

    @Test
    void articlesArePagedAndOneComesBackInTheContractsShape() throws Exception {
        JsonNode all = serve.json("/api/articles");
        int total = all.path("total").asInt();
        assertEquals(8, total, "5 samples, 2 test articles, 1 hostile article: " + all);
        assertEquals(50, all.path("limit").asInt());
        JsonNode second = serve.json("/api/articles?limit=2&offset=1");
        assertEquals(2, second.path("items").size());
        assertEquals(all.path("items").get(1).path("id"), second.path("items").get(0).path("id"));
        assertEquals(0, serve.json("/api/articles?offset=" + total).path("items").size());
        String id = all.path("items").get(0).path("id").asText();
        JsonNode document = serve.json("/api/articles/" + id);
        assertEquals(id, document.path("id").asText());
        assertEquals("claimgraph.document/1", document.path("schema").asText());
        assertTrue(document.path("text").asText().length() > 100);
        assertError(serve.get("/api/articles/no-such-article"), 404, "no-such-article");
    }

    @Test
    void statementsFilterAndPage() throws Exception {
        JsonNode okafor = serve.json("/api/statements?speaker=Okafor&limit=500");
        assertTrue(okafor.path("total").asInt() >= 3, okafor.toString());
        okafor.path("items").forEach(statement -> assertTrue(statement.path("speaker").path("name").asText()
                .contains("Okafor"), statement.toString()));
        JsonNode direct = serve.json("/api/statements?kind=direct&limit=500");
        direct.path("items").forEach(statement -> assertEquals("direct", statement.path("kind").asText()));
        JsonNode page = serve.json("/api/statements?limit=3&offset=2");
        JsonNode whole = serve.json("/api/statements?limit=5");
        assertEquals(whole.path("items").get(2), page.path("items").get(0));
        assertEquals(whole.path("total"), page.path("total"));
        JsonNode march = serve.json("/api/statements?from=2025-03-01&to=2025-03-31&limit=500");
        march.path("items").forEach(statement -> assertTrue(statement.path("said_on").asText().startsWith("2025-03"),
                statement.toString()));
        JsonNode hedged = serve.json("/api/statements?hedge=any&limit=500");
        hedged.path("items").forEach(statement -> assertFalse(statement.path("hedges").isEmpty()));
        assertError(serve.get("/api/statements?limit=501"), 400, "from 1 to 500, got '501'");
        assertError(serve.get("/api/statements?limit=ten"), 400, "got 'ten'");
        assertError(serve.get("/api/statements?from=March"), 400, "got 'March'");
        assertError(serve.get("/api/statements?kind=rumour"), 400, "got 'rumour'");
    }

    @Test
    void exportsGiveTheWholeFilteredList() throws Exception {
        HttpResponse<String> csv = serve.get("/api/statements?speaker=Okafor&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("said_on,speaker,kind,cue,content,cluster,article_id"), csv.body());
        int okafor = serve.json("/api/statements?speaker=Okafor&limit=500").path("total").asInt();
        assertEquals(okafor + 1, csv.body().split("\r\n").length);
        HttpResponse<String> claims = serve.get("/api/statements?speaker=Okafor&format=claimreview");
        JsonNode claim = ServeFixture.parse(claims.body().lines().findFirst().orElseThrow());
        assertEquals("Claim", claim.path("@type").asText());
        HttpResponse<String> jsonl = serve.get("/api/entities?format=jsonl");
        assertTrue(jsonl.body().lines().count() > 5);
        assertError(serve.get("/api/entities?format=claimreview"), 400, "for statements");
        assertError(serve.get("/api/entities?type=planet"), 400, "got 'planet'");
    }

    @Test
    void entitiesClustersAndSearch() throws Exception {
        JsonNode people = serve.json("/api/entities?type=person&limit=500");
        JsonNode okafor = null;
        for (JsonNode entity : people.path("items")) {
            if (entity.path("name").asText().contains("Okafor")) {
                okafor = entity;
            }
        }
        assertNotNull(okafor, people.toString());
        JsonNode one = serve.json("/api/entities/" + okafor.path("id").asText());
        assertTrue(one.path("statements").size() >= 3, one.toString());
        String cluster = one.path("statements").get(0).path("cluster").asText();
        JsonNode reports = serve.json("/api/clusters/" + cluster);
        assertTrue(reports.path("total").asInt() >= 1);
        reports.path("items").forEach(statement -> assertEquals(cluster, statement.path("cluster").asText()));
        assertError(serve.get("/api/clusters/Cnothing"), 404, "Cnothing");
        assertError(serve.get("/api/entities/Enothing"), 404, "Enothing");

        JsonNode hits = serve.json("/api/search?q=" + java.net.URLEncoder.encode("speaker:Okafor AND bridge",
                StandardCharsets.UTF_8));
        assertTrue(hits.path("items").size() > 0, hits.toString());
        assertTrue(hits.path("items").get(0).path("speaker").asText().contains("Okafor"), hits.toString());
        HttpResponse<String> csv = serve.get("/api/search?q=bridge&format=csv");
        assertTrue(csv.body().startsWith("kind,score,sentence,speaker,cluster,article_id"), csv.body());
        assertError(serve.get("/api/search"), 400, "'q' is missing");
        assertError(serve.get("/api/search?q=%28unclosed"), 400, "");
    }

    @Test
    void stancesOfALoadedTopic() throws Exception {
        JsonNode stances = serve.json("/api/stances?topic=harbour-bridge&limit=500");
        assertEquals("the harbour bridge", stances.path("topic").asText());
        List<String> positions = new ArrayList<>();
        stances.path("items").forEach(row -> {
            if (row.path("row").asText().equals("stance")) {
                positions.add(row.path("holder").path("name").asText() + ":" + row.path("position").asText());
            }
        });
        assertTrue(positions.stream().anyMatch(p -> p.endsWith(":oppose")), positions.toString());
        assertTrue(positions.stream().anyMatch(p -> p.contains("Okafor:")), positions.toString());
        assertError(serve.get("/api/stances?topic=moon-base"), 404, "harbour-bridge");
        assertError(serve.get("/api/stances"), 400, "'topic' is missing");

        // the topic page shows each kind of contradiction the samples hold
        String page = serve.get("/topics/harbour-bridge").body();
        assertTrue(page.contains("<h2>Contradictions</h2>"), page);
        int summary = page.indexOf("<h2>Who stands where</h2>");
        assertTrue(summary > 0, page);
        String glance = page.substring(summary, page.indexOf("</dl>", summary));
        assertTrue(glance.contains("pos-oppose") && glance.contains("Rui Costa")
                && glance.contains("Northport Chamber of Commerce"), "who stands where, at a glance: " + glance);
        assertTrue(page.contains("Different numbers for EUR") && page.contains("<em>denied by</em>"), page);
    }

    @Test
    void writesNeedTheTokenAndTakeAtMostTwoMegabytes() throws Exception {
        byte[] article = ("{\"title\": \"Ferry fares rise\", \"published\": \"2025-05-01\", \"outlet\": \"Test Gazette\", "
                + "\"text\": \"Ferry fares will rise by 5 percent in June, operations manager Sam Oduya said on "
                + "Thursday.\\n\\n\\\"The fuel bill has doubled,\\\" Oduya said.\"}").getBytes(StandardCharsets.UTF_8);
        assertError(serve.post("/api/articles", null, "application/json", article), 401, "Authorization: Bearer");
        assertError(serve.post("/api/articles", "Bearer wrong-token", "application/json", article), 403,
                "not this server's");
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertError(serve.post("/api/articles", "Bearer " + ServeFixture.TOKEN, "text/plain", large), 413,
                "at most 2097152 bytes");
        assertError(serve.post("/api/articles", "Bearer " + ServeFixture.TOKEN, "application/json",
                "{\"text\": \"x\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8)), 400, "'colour'");

        HttpResponse<String> stored = serve.post("/api/articles", "Bearer " + ServeFixture.TOKEN, "application/json",
                article);
        assertEquals(201, stored.statusCode(), stored.body());
        JsonNode result = ServeFixture.parse(stored.body());
        assertEquals("added", result.path("outcome").asText());
        assertTrue(result.path("statements").asInt() >= 1, stored.body());
        JsonNode document = serve.json("/api/articles/" + result.path("id").asText());
        assertEquals("Ferry fares rise", document.path("title").asText());
        JsonNode found = serve.json("/api/search?q=fuel");
        assertTrue(found.path("items").size() > 0, "a search after the ingest finds it: " + found);
        HttpResponse<String> again = serve.post("/api/articles", "Bearer " + ServeFixture.TOKEN, "application/json",
                article);
        assertEquals(200, again.statusCode());
        assertEquals("unchanged", ServeFixture.parse(again.body()).path("outcome").asText());
    }

    @Test
    void withoutATokenWritesAreRefusedAndSayHowToSetOne(@TempDir Path folder) throws Exception {
        Corpus corpus = new Corpus(Store.open(folder.resolve("store")), folder.resolve("search"), Map.of(),
                ServeCommand::stanceRows);
        try (WebServer server = WebServer.start(corpus, ArticleAnnotator.shared(), "127.0.0.1", 0, null,
                new PrintWriter(new StringWriter()))) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/articles")).header("Authorization", "Bearer x")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(response, 403, "--token-file");
            assertTrue(response.body().contains("CLAIMGRAPH_TOKEN"), response.body());
        }
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() throws Exception {
        JsonNode openapi = serve.json("/openapi.json");
        assertTrue(openapi.path("openapi").asText().startsWith("3."));
        Map<String, List<String>> routes = Map.of("/api/articles", List.of("get", "post"),
                "/api/articles/{id}", List.of("get"), "/api/statements", List.of("get"),
                "/api/entities", List.of("get"), "/api/entities/{id}", List.of("get"),
                "/api/clusters/{id}", List.of("get"), "/api/search", List.of("get"), "/api/stances", List.of("get"),
                "/openapi.json", List.of("get"));
        routes.forEach((path, methods) -> methods.forEach(method -> assertTrue(openapi.path("paths").path(path)
                .has(method), method + " " + path + " is not in /openapi.json")));
        assertEquals(routes.size(), openapi.path("paths").size(), "every documented path is served");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/articles", "/static/app.js", "/no-such-page", "/statements")) {
            HttpResponse<String> response = serve.get(path);
            assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
                    response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
        }
        assertEquals(404, serve.get("/static/../pom.xml").statusCode());
        assertEquals(404, serve.get("/static/%2e%2e/pom.xml").statusCode());
    }

    @Test
    void hostileArticleIsShownAsTextOnEveryPage() throws Exception {
        String id = serve.articleId("__pwned");
        for (String path : List.of("/articles/" + id, "/", "/statements?speaker=Marsh", "/search?q=silenced",
                "/entities")) {
            String html = serve.get(path).body();
            assertFalse(html.contains("<script>window"), path + ": " + html);
            assertFalse(html.contains("\" onmouseover=\""), path);
            assertFalse(html.contains("<img src=x"), path);
            assertFalse(html.contains("<b>Test"), path);
        }
        String article = serve.get("/articles/" + id).body();
        assertTrue(article.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"), article);
        assertTrue(article.contains("&quot; onmouseover=&quot;window.__pwned=2"), article);
    }

    @Test
    void serveHelpTeachesByExample() {
        Cli.Result help = Cli.run("serve", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("./claimgraph serve --topic samples/topics/harbour-bridge.yaml"), help.out());
        Cli.Result badPort = Cli.run("serve", "--port", "70000", "--store", "unused");
        assertEquals(2, badPort.exitCode());
        assertTrue(badPort.err().contains("--port must be from 0 to 65535, got 70000"), badPort.err());
        if (System.getenv("CLAIMGRAPH_TOKEN") == null) { // with a token, serve would create the store and run
            Cli.Result noStore = Cli.run("serve", "--port", "0", "--store",
                    serve.folder.resolve("no-such-store").toString());
            assertEquals(2, noStore.exitCode());
            assertTrue(noStore.err().contains("There is no store at"), noStore.err());
        }
    }
}
