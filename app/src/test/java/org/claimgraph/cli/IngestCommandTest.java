package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code claimgraph ingest} and the queries, on H2 and on PostgreSQL, with text-only analysis (fast). */
class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void reIngestAddsNothing(TestStores.Kind kind) throws IOException {
        TestStores.TestStore store = TestStores.create(kind, folder);
        Path articles = folder.resolve("articles");
        CorpusArticles.write(articles, 12, 7);
        Cli.Result first = Cli.run(store.args("ingest", "--only", "text", articles.toString()));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("stored 12 new articles"), first.err());
        Cli.Result second = Cli.run(store.args("ingest", "--only", "text", articles.toString()));
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("stored 0 new articles, 0 new versions, 0 copies of stored articles; "
                + "12 already stored"), second.err());
        Cli.Result exported = Cli.run(store.args("export"));
        assertEquals(12, exported.lines().size());
        Set<String> ids = new HashSet<>();
        for (String line : exported.lines()) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertEquals(12, ids.size());
        Cli.Result csv = Cli.run(store.args("export", "--format", "csv"));
        assertEquals(13, csv.lines().size(), "a header and one row an article");
        assertTrue(csv.lines().get(0).startsWith("id,source,url"), csv.out());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void changedArticleIsANewVersionAndACopyCountsOnce(TestStores.Kind kind) throws IOException {
        TestStores.TestStore store = TestStores.create(kind, folder);
        Path articles = folder.resolve("in");
        Files.createDirectories(articles);
        String text = CorpusArticles.article(new java.util.Random(3), 1);
        Path story = articles.resolve("story.txt");
        Files.writeString(story, text, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(store.args("ingest", "--only", "text", story.toString())).exitCode());

        Files.writeString(story, text + "Correction: the meeting moved to a later week.\n", StandardCharsets.UTF_8);
        Cli.Result changed = Cli.run(store.args("ingest", "--only", "text", story.toString()));
        assertEquals(0, changed.exitCode(), changed.err());
        assertTrue(changed.err().contains("1 new version"), changed.err());

        Path copy = articles.resolve("copy-elsewhere.txt");
        Files.writeString(copy, text + "This article was originally published on another site.\n",
                StandardCharsets.UTF_8);
        Cli.Result copied = Cli.run(store.args("ingest", "--only", "text", copy.toString()));
        assertEquals(0, copied.exitCode(), copied.err());
        assertTrue(copied.err().contains("1 copy of stored articles"), copied.err());

        try (Store opened = store.open()) {
            assertEquals(1L, opened.queries().counts().get("articles"), "a copy and a new version count once");
            assertEquals(3L, opened.queries().counts().get("versions"));
        }
        Cli.Result exported = Cli.run(store.args("export"));
        assertEquals(2, exported.lines().size(), "the latest version and the copy: " + exported.out());
        JsonNode latest = JSON.readTree(exported.lines().get(0));
        assertEquals(2, latest.get("version").asInt());
        assertTrue(latest.get("text").asText().contains("Correction"));
        JsonNode linkedCopy = JSON.readTree(exported.lines().get(1));
        assertFalse(linkedCopy.get("duplicate_of").isNull(), "the copy names its original");
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void oneBadArticleNeverStopsARun(TestStores.Kind kind) throws IOException {
        TestStores.TestStore store = TestStores.create(kind, folder);
        Path articles = folder.resolve("mixed");
        CorpusArticles.write(articles, 3, 11);
        Files.write(articles.resolve("broken.txt.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
        Files.writeString(articles.resolve("lines.jsonl"), "{\"text\": \"A line with text; '); DROP TABLE "
                + "article; --\"}\nnot json at all\n", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run(store.args("ingest", "--only", "text", articles.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("stored 4 new articles"), result.err());
        assertTrue(result.err().contains("2 failed"), result.err());
        Cli.Result statements = Cli.run(store.args("statements", "--format", "text"));
        assertEquals(0, statements.exitCode(), statements.err());
        assertTrue(statements.out().contains("0 statements"), "text-only analysis finds no statements");
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void searchFollowsTheStore(TestStores.Kind kind) throws IOException {
        TestStores.TestStore store = TestStores.create(kind, folder);
        Path articles = folder.resolve("search-in");
        CorpusArticles.write(articles, 6, 5);
        Files.writeString(articles.resolve("zeppelin.txt"), "Debate over the airship mooring mast\n\nThe town's "
                + "old airship mooring mast will be restored. Volunteers said the zeppelin era still draws "
                + "visitors every summer.\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(store.args("ingest", "--only", "text", articles.toString())).exitCode());
        String index = folder.resolve("index").toString();
        Cli.Result result = Cli.run(store.args("search", "--index", index, "zeppelin"));
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.lines().size(), result.out());
        JsonNode hit = JSON.readTree(result.lines().get(0));
        assertEquals("Volunteers said the zeppelin era still draws visitors every summer.",
                hit.get("sentence").asText());
        assertTrue(hit.at("/article/source").asText().endsWith("zeppelin.txt"));

        Files.writeString(articles.resolve("mast-2.txt"), "The airship mast reopens\n\nA second zeppelin "
                + "festival is planned for the restored mast next spring, the organisers announced.\n",
                StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(store.args("ingest", "--only", "text", articles.toString())).exitCode());
        Cli.Result again = Cli.run(store.args("search", "--index", index, "--format", "text", "zeppelin"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("2 results"), "the index caught up with the store: " + again.out());

        Cli.Result bad = Cli.run(store.args("search", "--index", index, "(unbalanced"));
        assertEquals(ExitCode.USAGE, bad.exitCode(), bad.err());
    }

    @Test
    void storeErrorsAreClear() throws IOException {
        Path file = folder.resolve("a-file");
        Files.writeString(file, "not a folder");
        Cli.Result unwritable = Cli.run("ingest", "--only", "text", "--store", file.toString(), file.toString());
        assertEquals(ExitCode.ENVIRONMENT, unwritable.exitCode(), unwritable.err());
        assertTrue(unwritable.err().contains("--store"), unwritable.err());

        Cli.Result unreachable = Cli.run("ingest", "--only", "text", "--db",
                "jdbc:postgresql://127.0.0.1:1/news?user=me&password=hidden&connectTimeout=2", file.toString());
        assertEquals(ExitCode.ENVIRONMENT, unreachable.exitCode(), unreachable.err());
        assertTrue(unreachable.err().contains("Cannot connect to the database"), unreachable.err());
        assertFalse(unreachable.err().contains("hidden"), "no password in messages: " + unreachable.err());

        Cli.Result notPostgres = Cli.run("statements", "--db", "jdbc:mysql://localhost/x");
        assertEquals(ExitCode.USAGE, notPostgres.exitCode(), notPostgres.err());

        Cli.Result noStore = Cli.run("entities", "--store", folder.resolve("missing").toString());
        assertEquals(ExitCode.USAGE, noStore.exitCode(), noStore.err());
        assertTrue(noStore.err().contains("claimgraph ingest"), noStore.err());

        Cli.Result badDate = Cli.run("statements", "--from", "May 2024", "--store", folder.toString());
        assertEquals(ExitCode.USAGE, badDate.exitCode(), badDate.err());
    }

    @Test
    void helpTeachesByExample() {
        for (String command : new String[] {"ingest", "statements", "entities", "timeline", "export", "search"}) {
            Cli.Result help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().contains("Examples:") && help.out().contains("./claimgraph " + command),
                    command + " --help: " + help.out());
        }
    }
}
