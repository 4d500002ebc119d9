package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on H2 and on a real PostgreSQL: idempotent ingest, versions, copies, entity resolution, clusters. */
class StoreTest {

    @TempDir
    Path folder;

    private static final String HARBOUR = "The harbour board met on Tuesday to discuss the new ferry terminal. "
            + "Board chair Marta Oyelaran said the terminal would open to passengers before the summer season "
            + "begins, and that the old pier would be kept as a fishing market. Residents asked about the noise "
            + "from night crossings and the cost of parking near the quay. The council will vote on the plans next "
            + "month after a public consultation that runs for six weeks.";

    private static Document harbour(String source, String url) {
        return Documents.article(source, HARBOUR).metadata("Ferry terminal plans", url, "Coast Weekly", "2025-03-04")
                .entity("Marta Oyelaran", Entity.Type.PERSON, "Marta Oyelaran", "Oyelaran")
                .statement("Marta Oyelaran", "e1", "the terminal would open to passengers before the summer season "
                        + "begins, and that the old pier would be kept as a fishing market", null)
                .build();
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void sameBytesTwiceChangeNothing(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            Document document = harbour("news/harbour.txt", "https://coast.example/ferry");
            assertEquals(Store.Outcome.ADDED, store.ingest(document).outcome());
            Map<String, Long> before = store.queries().counts();
            assertEquals(Store.Outcome.UNCHANGED, store.ingest(document).outcome());
            assertEquals(before, store.queries().counts());
            assertEquals(1L, before.get("articles"));
            assertEquals(1L, before.get("entities"));
            assertEquals(1L, before.get("statements"));
            assertEquals(document, store.queries().document(document.id()), "the store gives the document back whole");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void changedArticleKeepsBothVersions(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            Document first = harbour("news/harbour.txt", null);
            String changedText = HARBOUR.replace("six weeks", "eight weeks, the board added on Wednesday");
            Document second = Documents.article("news/harbour.txt", changedText)
                    .entity("Marta Oyelaran", Entity.Type.PERSON, "Marta Oyelaran").build();
            store.ingest(first);
            Store.Ingested result = store.ingest(second);
            assertEquals(Store.Outcome.NEW_VERSION, result.outcome());
            assertEquals(first.id(), result.related());
            Map<String, Long> counts = store.queries().counts();
            assertEquals(2L, counts.get("versions"));
            assertEquals(1L, counts.get("articles"));
            List<ObjectNode> versions = store.queries().versions(second.id());
            assertEquals(2, versions.size());
            assertEquals(HARBOUR, versions.get(0).get("text").asText(), "the old version stays readable");
            assertEquals(second.id(), versions.get(0).get("superseded_by").asText());
            assertEquals(changedText, versions.get(1).get("text").asText());
            List<ObjectNode> exported = new ArrayList<>();
            store.queries().articles(exported::add);
            assertEquals(1, exported.size());
            assertEquals(2, exported.get(0).get("version").asInt());
            List<ObjectNode> statements = new ArrayList<>();
            store.queries().statements(StatementFilter.ALL, statements::add);
            assertEquals(0, statements.size(), "the first version's statement is not current");
        }
    }

    @Test
    void positionsAreNotNames() {
        assertTrue(ArticleWriter.versionable("news/harbour.txt"));
        assertTrue(ArticleWriter.versionable("https://coast.example:8080/ferry"));
        assertTrue(!ArticleWriter.versionable("-"));
        assertTrue(!ArticleWriter.versionable("-:3"));
        assertTrue(!ArticleWriter.versionable("feeds/monday.jsonl:12"));
        assertTrue(!ArticleWriter.versionable("feeds/monday.jsonl.gz:1"));
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void syndicatedCopyIsLinkedAndCountedOnce(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            Document original = harbour("coast/ferry.html", "https://coast.example/ferry");
            String copyText = HARBOUR + "\n\nThis article was originally published on Coast Weekly.";
            Document copy = Documents.article("wire/ferry-copy.html", copyText)
                    .metadata("Ferry terminal plans", "https://wire.example/ferry", "Wire Digest", "2025-03-05")
                    .entity("Marta Oyelaran", Entity.Type.PERSON, "Marta Oyelaran")
                    .statement("Marta Oyelaran", "e1", "the terminal would open to passengers before the summer "
                            + "season begins, and that the old pier would be kept as a fishing market", null)
                    .build();
            store.ingest(original);
            Store.Ingested result = store.ingest(copy);
            assertEquals(Store.Outcome.COPY, result.outcome());
            assertEquals(original.id(), result.related());
            assertEquals(1L, store.queries().counts().get("articles"));
            assertEquals(1L, store.queries().counts().get("copies"));
            List<ObjectNode> statements = new ArrayList<>();
            store.queries().statements(StatementFilter.ALL, statements::add);
            assertEquals(1, statements.size(), "the copy's statement counts once");
            List<ObjectNode> claims = new ArrayList<>();
            store.queries().claims(claims::add);
            assertEquals(1, claims.size(), "one utterance, one claim");
            List<String> urls = new ArrayList<>();
            claims.get(0).get("appearance").forEach(a -> urls.add(a.get("url").asText()));
            assertEquals(List.of("https://coast.example/ferry", "https://wire.example/ferry"), urls);
            assertEquals("Marta Oyelaran", claims.get(0).at("/author/name").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void entitiesResolveAcrossArticlesAndMergeWhenBridged(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            store.ingest(Documents.article("a.txt", "Minister Tomas Varga opened the bridge. Varga smiled.")
                    .entity("Tomas Varga", Entity.Type.PERSON, "Tomas Varga", "Varga").build());
            store.ingest(Documents.article("b.txt", "Tomas J. Varga spoke at the port on Monday morning.")
                    .entity("Tomas J. Varga", Entity.Type.PERSON, "Tomas J. Varga").build());
            assertEquals(2, store.queries().entities(null, null).size(), "no shared key yet");
            store.ingest(Documents.article("c.txt", "Tomas J. Varga, also written Tomas Varga, left the city.")
                    .entity("Tomas J. Varga", Entity.Type.PERSON, "Tomas J. Varga", "Tomas Varga").build());
            List<ObjectNode> entities = store.queries().entities(null, null);
            assertEquals(1, entities.size(), "the third article bridges both: " + entities);
            assertEquals(3, entities.get(0).get("articles").size());
            assertEquals(List.of(), store.queries().consistencyProblems(), "a merge leaves nothing dangling");
            List<ObjectNode> byShortName = store.queries().entities("PERSON", "varga");
            assertEquals(1, byShortName.size());
            assertEquals(entities.get(0).get("id"), byShortName.get(0).get("id"));
            assertEquals(0, store.queries().entities("ORGANIZATION", "Varga").size());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aSurnameAloneJoinsTheOnlyFullNameWithItWhateverTheOrder(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            store.ingest(Documents.article("short.txt", "Oyelaran said the pier would stay open all winter.")
                    .entity("Oyelaran", Entity.Type.PERSON, "Oyelaran").build());
            assertEquals(1, store.queries().entities(null, null).size());
            store.ingest(Documents.article("full.txt", "Marta Oyelaran chaired the harbour board on Tuesday.")
                    .entity("Marta Oyelaran", Entity.Type.PERSON, "Marta Oyelaran").build());
            List<ObjectNode> entities = store.queries().entities(null, null);
            assertEquals(1, entities.size(), "the short name joins the full name that came later: " + entities);
            assertEquals(2, entities.get(0).get("articles").size());

            store.ingest(Documents.article("other.txt", "Kemi Oyelaran, her brother, runs the ferry company.")
                    .entity("Kemi Oyelaran", Entity.Type.PERSON, "Kemi Oyelaran").build());
            assertEquals(2, store.queries().entities(null, null).size(), "a second full name stays apart");
            store.ingest(Documents.article("short2.txt", "Oyelaran declined to comment on the fares.")
                    .entity("Oyelaran", Entity.Type.PERSON, "Oyelaran").build());
            assertEquals(3, store.queries().entities(null, null).size(),
                    "with two full names the surname alone cannot say which: it stays on its own");
            assertEquals(List.of(), store.queries().consistencyProblems());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void statementsFilterBySpeakerWordsAndDates(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            store.ingest(harbour("news/harbour.txt", "https://coast.example/ferry"));
            String other = "Lena Brandt warned that the rail strike would last into April. Brandt added: "
                    + "\"Nobody should plan a trip by train this week.\" The union's 100% vote; DROP TABLE article;";
            store.ingest(Documents.article("news/strike.txt", other).metadata("Strike", null, null, "2025-03-10")
                    .entity("Lena Brandt", Entity.Type.PERSON, "Lena Brandt", "Brandt")
                    .statement("Lena Brandt", "e1", "the rail strike would last into April", null)
                    .statement("Lena Brandt", "e1", "Nobody should plan a trip by train this week.", "2025-03-02")
                    .build());
            assertEquals(2, statements(store, new StatementFilter("Brandt", null, null, null)).size());
            assertEquals(1, statements(store, new StatementFilter("oyelaran", null, null, null)).size());
            assertEquals(0, statements(store, new StatementFilter("Nobody Known", null, null, null)).size());
            List<ObjectNode> aboutTrain = statements(store, new StatementFilter(null, "TRAIN", null, null));
            assertEquals(1, aboutTrain.size());
            assertEquals("2025-03-02", aboutTrain.get(0).get("said_on").asText());
            assertEquals("news/strike.txt", aboutTrain.get(0).at("/article/source").asText());
            assertNotEquals("", aboutTrain.get(0).get("cluster").asText());
            assertEquals(0, statements(store, new StatementFilter(null, "100%", null, null)).size(),
                    "LIKE wildcards are taken literally");
            assertEquals(2, statements(store, new StatementFilter(null, null, "2025-03-04", "2025-03-10")).size());
            assertEquals(1, statements(store, new StatementFilter(null, null, null, "2025-03-02")).size());
            List<String> dates = new ArrayList<>();
            store.queries().timeline(StatementFilter.ALL, s -> dates.add(s.get("said_on").asText()));
            assertEquals(List.of("2025-03-02", "2025-03-04", "2025-03-10"), dates);
            assertEquals(2L, store.queries().counts().get("articles"), "the text's SQL stayed text");
            assertEquals(List.of(), store.queries().consistencyProblems());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aSpeakersStatementsComeOnceEachInStoredOrderWhicheverWayTheyAreNamed(Databases.Kind kind) {
        try (Store store = Databases.open(kind, folder)) {
            String first = "Lena Brandt said the depot would close in May. Brandt added that the buses would stay.";
            store.ingest(Documents.article("news/depot.txt", first).metadata("Depot", null, null, "2025-05-02")
                    .entity("Lena Brandt", Entity.Type.PERSON, "Lena Brandt", "Brandt")
                    .statement("Lena Brandt", "e1", "the depot would close in May", null)
                    .statement("Lena Brandt", "e1", "the buses would stay", "2025-04-30")
                    .build());
            String second = "A man who gave his name as Tomas Ilve said the queue was longer than ever.";
            store.ingest(Documents.article("news/queue.txt", second).metadata("Queue", null, null, "2025-05-03")
                    .statement("Tomas Ilve", null, "the queue was longer than ever", null) // no entity: by name only
                    .build());
            String third = "Lena Brandt told the meeting that the timetable was final.";
            store.ingest(Documents.article("news/timetable.txt", third).metadata("Timetable", null, null, "2025-05-01")
                    .entity("Lena Brandt", Entity.Type.PERSON, "Lena Brandt")
                    .statement("Lena Brandt", "e1", "the timetable was final", null)
                    .build());
            List<String> contents = new ArrayList<>();
            store.queries().statements(new StatementFilter("Lena Brandt", null, null, null),
                    s -> contents.add(s.at("/content/text").asText()));
            assertEquals(List.of("the depot would close in May", "the buses would stay", "the timetable was final"),
                    contents, "found by the entity's name and by the speaker's name, listed once, in stored order");
            List<ObjectNode> byNameOnly = statements(store, new StatementFilter("tomas ilve", null, null, null));
            assertEquals(1, byNameOnly.size());
            assertEquals("news/queue.txt", byNameOnly.get(0).at("/article/source").asText());
            List<String> dates = new ArrayList<>();
            store.queries().timeline(new StatementFilter("Brandt", null, "2025-04-01", null),
                    s -> dates.add(s.get("said_on").asText()));
            assertEquals(List.of("2025-04-30", "2025-05-01", "2025-05-02"), dates);
            assertEquals(1, statements(store, new StatementFilter("Brandt", "TIMETABLE", null, null)).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void hugeNamesAndSourcesAreBounded(Databases.Kind kind) {
        String longName = "Ana " + "Maria-".repeat(150) + "Lopez";
        String longSource = "crawl/" + "\u00e9t\u00e9-\u6f22\u5b57/".repeat(300) + "page.html";
        String text = "Yesterday " + longName + " spoke to the assembly about the budget for the new year.";
        try (Store store = Databases.open(kind, folder)) {
            Document document = Documents.article(longSource, text)
                    .metadata("t", "https://example.org/" + "\u6f22".repeat(3000), null, null)
                    .entity(longName, Entity.Type.PERSON, longName).build();
            assertEquals(Store.Outcome.ADDED, store.ingest(document).outcome());
            List<ObjectNode> exported = new ArrayList<>();
            store.queries().articles(exported::add);
            assertEquals(longSource, exported.get(0).get("source").asText(), "the document keeps the source whole");
            assertEquals(List.of(), store.queries().consistencyProblems());
        }
    }

    @Test
    void unwritableFolderIsAClearError() {
        Path file = folder.resolve("not-a-folder");
        try {
            java.nio.file.Files.writeString(file, "x");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("--store"), e.getMessage());
    }

    @Test
    void unreachableDatabaseIsAClearError() {
        StoreException e = assertThrows(StoreException.class,
                () -> Store.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&connectTimeout=2"));
        assertTrue(e.getMessage().startsWith("Cannot connect to the database"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the password stays hidden: " + e.getMessage());
    }

    @Test
    void migrationsAreRecorded() {
        try (Store store = Store.open(folder.resolve("s"))) {
            assertEquals(0L, store.queries().counts().get("versions"));
        }
        try (Store again = Store.open(folder.resolve("s"))) {
            assertEquals(0L, again.queries().counts().get("versions"), "reopening applies nothing twice");
        }
        assertTrue(Migrations.statements("V1__corpus.sql").size() > 10);
    }

    private static List<ObjectNode> statements(Store store, StatementFilter filter) {
        List<ObjectNode> result = new ArrayList<>();
        store.queries().statements(filter, result::add);
        return result;
    }

}
