package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph stances} on the shipped sample articles and their topic file, in every format. */
class StancesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static String store;
    private static String topic;

    @BeforeAll
    static void ingestTheSamples() {
        store = folder.resolve("store").toString();
        topic = Shared.project().resolve("samples/topics/harbour-bridge.yaml").toString();
        Cli.Result ingest = Cli.run("ingest", "--no-progress", "--store", store,
                Shared.project().resolve("samples/articles").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
    }

    @Test
    void holdersPositionsNumbersAndDenials() throws IOException {
        Cli.Result result = Cli.run("stances", "--store", store, "--topic", topic, "--period", "all");
        assertEquals(0, result.exitCode(), result.err());
        Map<String, Set<String>> positions = new HashMap<>();
        Set<String> contradictions = new TreeSet<>();
        JsonNode euros = null;
        for (String line : result.lines()) {
            JsonNode row = JSON.readTree(line);
            switch (row.get("row").asText()) {
                case "stance":
                    positions.computeIfAbsent(row.at("/holder/name").asText(), name -> new TreeSet<>())
                            .add(row.get("position").asText());
                    break;
                case "contradiction":
                    contradictions.add(row.get("kind").asText());
                    break;
                case "claims":
                    if (row.get("unit").asText().equals("EUR")) {
                        euros = row;
                    }
                    break;
                default:
                    throw new AssertionError("unknown row: " + line);
            }
        }
        assertTrue(positions.get("Northport Chamber of Commerce").contains("support"), positions.toString());
        assertEquals(Set.of("conditional"), positions.get("Ines Okafor"), "'would back it if ...'");
        assertTrue(positions.get("Rui Costa").contains("oppose"), positions.toString());
        assertTrue(positions.get("Dag Veum").contains("oppose"), "'should be scrapped': " + positions);
        assertTrue(positions.get("Leila Haddad").contains("conditional"), "'would be possible': " + positions);
        assertEquals(Set.of("denial", "different-numbers"), contradictions);
        assertTrue(euros != null && euros.get("claims").size() >= 2, "both costs are listed: " + euros);
    }

    @Test
    void textIsAMatrixWithTheQuotesBehindIt() {
        Cli.Result result = Cli.run("stances", "--store", store, "--topic", topic, "--format", "text");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Topic: the harbour bridge."), result.out());
        assertTrue(result.out().contains("holder") && result.out().contains("conditional"), result.out());
        assertTrue(result.out().contains("Ines Okafor said: the council would back the harbour bridge"),
                result.out());
        assertTrue(result.out().contains("Denials:") && result.out().contains("different numbers:"), result.out());
    }

    @Test
    void csvHasOneStatementARow() {
        Cli.Result result = Cli.run("stances", "--store", store, "--topic", topic, "--format", "csv");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.lines();
        assertTrue(lines.get(0).startsWith("holder,holder_type,holder_roles,period,position,"), lines.get(0));
        assertTrue(lines.size() > 5, result.out());
    }

    @Test
    void aBadTopicFileIsNamed() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.yaml"), "name: x\n");
        Cli.Result result = Cli.run("stances", "--store", store, "--topic", bad.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("bad.yaml") && result.err().contains("phrases"), result.err());

        Cli.Result missing = Cli.run("analyze", "--topic", folder.resolve("none.json").toString(),
                Shared.project().resolve("samples/articles").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.json"), missing.err());
    }

    @Test
    void analyzeWithATopicReportsTheArticlesStances() {
        Cli.Result result = Cli.run("analyze", "--format", "text", "--topic", topic,
                Shared.project().resolve("samples/articles/harbour-bridge-reactions.txt").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Stances (")
                && result.out().contains("Northport Chamber of Commerce: support on the harbour bridge"), result.out());
    }

    @Test
    void helpTeachesTheTopicFile() {
        Cli.Result result = Cli.run("stances", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("phrases:") && result.out().contains("--topic"), result.out());
    }
}
