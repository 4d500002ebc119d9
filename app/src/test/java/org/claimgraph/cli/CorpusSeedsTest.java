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

    /**
     * The seeds' question, "foreign troops in Ukraine", as a topic file of the tests gives it: who is open to it, who is
     * against it, each with the quotes behind it, and the personnel figures grouped with their claimant and hedges.
     */
    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void stancesOnTheSeedsQuestion(TestStores.Kind kind) throws Exception {
        TestStores.TestStore store = TestStores.create(kind, folder);
        try (Store opened = store.open()) {
            seeds.forEach(opened::ingest);
        }
        String topic = Path.of(CorpusSeedsTest.class.getResource("/topics/foreign-troops-in-ukraine.yaml").toURI())
                .toString();
        Cli.Result result = Cli.run(store.args("stances", "--topic", topic, "--period", "all"));
        assertEquals(0, result.exitCode(), result.err());
        Map<String, TreeSet<String>> positions = new java.util.HashMap<>();
        JsonNode personnel = null;
        for (String line : result.lines()) {
            JsonNode row = JSON.readTree(line);
            if (row.get("row").asText().equals("stance")) {
                positions.computeIfAbsent(row.at("/holder/name").asText(), name -> new TreeSet<>())
                        .add(row.get("position").asText());
                assertTrue(row.get("statements").size() > 0, line);
                for (JsonNode statement : row.get("statements")) {
                    assertTrue(statement.at("/content/text").asText().length() > 0, line);
                    assertTrue(statement.has("reason") && statement.at("/article/id").isTextual(), line);
                }
            } else if (row.get("row").asText().equals("claims") && row.get("unit").asText().contains("personnel")) {
                personnel = row;
            }
        }
        // open to it (support or conditional), never against
        for (String open : List.of("Emmanuel Macron", "Gitanas Nausėda", "Petr Pavel")) {
            assertTrue(positions.containsKey(open), open + " in " + positions);
            assertTrue(positions.get(open).contains("support") || positions.get(open).contains("conditional"),
                    open + ": " + positions.get(open));
            assertTrue(!positions.get(open).contains("oppose"), open + ": " + positions.get(open));
        }
        assertTrue(positions.get("Emmanuel Macron").contains("conditional"), "'nothing should be ruled out'");
        // against it
        for (String against : List.of("Boris Pistorius", "Kremlin", "Vladimir Putin", "Joe Biden", "Berlin",
                "John Kirby")) {
            assertTrue(positions.containsKey(against), against + " in " + positions);
            assertTrue(positions.get(against).contains("oppose"), against + ": " + positions.get(against));
            assertTrue(!positions.get(against).contains("support"), against + ": " + positions.get(against));
        }
        // Kirby rules it out for the American military, and reports what Zelensky wants and what Biden said, which
        // is not holding those positions
        assertEquals(new TreeSet<>(List.of("neutral", "oppose")), positions.get("John Kirby"));

        assertTrue(personnel != null, "the personnel figures are grouped: " + result.out());
        Map<Double, String> bounds = new java.util.TreeMap<>();
        for (JsonNode claim : personnel.get("claims")) {
            assertEquals("Alexiy Goncharenko", claim.at("/holder/name").asText());
            bounds.put(claim.get("value").asDouble(), claim.get("bound").asText());
        }
        assertEquals(Map.of(1000.0, "approximate", 20000.0, "at-least", 50000.0, "at-most"), bounds);
        JsonNode first = personnel.get("claims").get(0).get("statement");
        List<String> hedges = new ArrayList<>();
        first.get("hedges").forEach(hedge -> hedges.add(hedge.asText()));
        assertTrue(hedges.contains("citing undisclosed sources") && hedges.contains("claimed"), hedges.toString());
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
