package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.model.Document;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputFormat;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five seeds, fully analysed once (about 30 s) and stored twice in each kind of store: the second time adds
 * nothing, and each person the seeds quote is one canonical entity listing every seed article that names them.
 */
class CorpusSeedsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Document> seeds;
    private static JsonSchema schema;

    @TempDir
    static Path folder;

    @BeforeAll
    static void analyseSeedsOnce() throws Exception {
        Analyzer analyzer = new Analyzer(AnalyzeOptions.defaults());
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Shared.seeds())) {
            for (Path file : files.sorted().toList()) {
                Document document = analyzer.analyze(new Input.FileInput(file.toString(), file, InputFormat.TEXT));
                seeds.add(ArticleAnnotator.shared().apply(document));
            }
        }
        JsonNode contract = JSON.readTree(Shared.schema().toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(Shared.schema().toUri().toString()), contract,
                        com.networknt.schema.SchemaValidatorsConfig.builder().build());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void seedsTwiceGiveOneEntityPerPerson(TestStores.Kind kind) throws IOException {
        TestStores.TestStore store = TestStores.create(kind, folder);
        try (Store opened = store.open()) {
            for (Document seed : seeds) {
                assertEquals(Store.Outcome.ADDED, opened.ingest(seed).outcome(), seed.source());
            }
            Map<String, Long> counts = opened.queries().counts();
            for (Document seed : seeds) {
                assertEquals(Store.Outcome.UNCHANGED, opened.ingest(seed).outcome(), seed.source());
            }
            assertEquals(counts, opened.queries().counts(), "the second pass adds nothing");
            assertEquals(5L, counts.get("articles"));
            for (Document seed : seeds) {
                assertEquals(seed, opened.queries().document(seed.id()), "read back whole: " + seed.source());
            }
        }
        // the same bytes through the command line: skipped before any analysis, nothing added
        Cli.Result again = Cli.run(store.args("ingest", "--no-progress", Shared.seeds().toString()));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("stored 0 new articles, 0 new versions, 0 copies of stored articles; "
                + "5 already stored"), again.err());

        assertOnePerson(store, "Emmanuel Macron", "000", "001", "002");
        assertOnePerson(store, "Volodymyr Zelensky", "000", "001");
        assertOnePerson(store, "Vladimir Putin", "002", "003");

        Cli.Result byShortName = Cli.run(store.args("statements", "--speaker", "Macron"));
        assertEquals(0, byShortName.exitCode(), byShortName.err());
        assertTrue(!byShortName.lines().isEmpty(), "the seeds quote Macron");
        for (String line : byShortName.lines()) {
            JsonNode statement = JSON.readTree(line);
            assertTrue(statement.at("/speaker/name").asText().contains("Macron"), line);
            assertTrue(statement.at("/article/source").asText().contains("seeds"), line);
            assertTrue(statement.get("cluster").asText().startsWith("C"), line);
        }

        Cli.Result exported = Cli.run(store.args("export", "--format", "jsonl"));
        assertEquals(0, exported.exitCode(), exported.err());
        assertEquals(5, exported.lines().size());
        for (String line : exported.lines()) {
            JsonNode document = JSON.readTree(line);
            assertTrue(schema.validate(document).isEmpty(), "breaks the contract: " + schema.validate(document));
            ContractTest.assertSpansCoverTheirText(document, document.get("text").asText(), document.get("id").asText());
        }
        Cli.Result claims = Cli.run(store.args("export", "--format", "claimreview"));
        assertEquals(0, claims.exitCode(), claims.err());
        for (String line : claims.lines()) {
            JsonNode claim = JSON.readTree(line);
            assertEquals("Claim", claim.get("@type").asText());
            assertTrue(claim.get("appearance").size() >= 1, line);
            assertTrue(!claim.has("reviewRating"), "claimgraph never rates: " + line);
        }
    }

    /** Exactly one entity of that name, and it lists exactly the seed articles (by file prefix) that name it. */
    private static void assertOnePerson(TestStores.TestStore store, String name, String... seedPrefixes)
            throws IOException {
        Cli.Result result = Cli.run(store.args("entities", "--type", "person"));
        assertEquals(0, result.exitCode(), result.err());
        List<JsonNode> matching = new ArrayList<>();
        for (String line : result.lines()) {
            JsonNode entity = JSON.readTree(line);
            if (entity.get("name").asText().equals(name)) {
                matching.add(entity);
            }
        }
        assertEquals(1, matching.size(), "exactly one " + name + ": " + result.out());
        TreeSet<String> expected = new TreeSet<>();
        for (String prefix : seedPrefixes) {
            seeds.stream().filter(s -> Path.of(s.source()).getFileName().toString().startsWith(prefix))
                    .forEach(s -> expected.add(s.id()));
        }
        TreeSet<String> actual = new TreeSet<>();
        matching.get(0).get("articles").forEach(id -> actual.add(id.asText()));
        assertEquals(expected, actual, name + " is mentioned in " + List.of(seedPrefixes));
    }
}
