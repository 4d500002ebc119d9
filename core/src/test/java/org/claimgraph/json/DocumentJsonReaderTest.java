package org.claimgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Writing a document and reading it back gives the same document, astral characters and every layer included. */
class DocumentJsonReaderTest {

    @Test
    void roundTripKeepsEverything() {
        String text = "\uD83C\uDF0A Port chief Ilse Varga said on Monday: \"About 40 ships wait.\" "
                + "\uD83D\uDEA2 Varga added that 12 berths are closed, according to the Harbour Gazette.";
        int ilse = text.indexOf("Ilse Varga");
        int said = text.indexOf("said");
        int quote = text.indexOf("\"About");
        int monday = text.indexOf("Monday");
        int forty = text.indexOf("40");
        int varga = text.indexOf("Varga added");
        int gazette = text.indexOf("the Harbour Gazette");
        Entity person = new Entity("e1", "Ilse Varga", Entity.Type.PERSON, List.of("Varga"), List.of("Port chief"),
                List.of(new Span(ilse, ilse + 10), new Span(varga, varga + 5)));
        Statement direct = new Statement("s1", Statement.Kind.DIRECT,
                new Statement.Speaker("Ilse Varga", Statement.SpeakerType.PERSON, "e1", new Span(ilse, ilse + 10)),
                new Span(said, said + 4), new Span(quote, quote + 22),
                List.of(new Statement.Via("Harbour Gazette", new Span(gazette, gazette + 19))), null, "2025-06-02",
                List.of("about"), 0.875);
        Statement reported = new Statement("s2", Statement.Kind.INDIRECT,
                new Statement.Speaker("Ilse Varga", Statement.SpeakerType.PERSON, "e1", null), null,
                new Span(varga + 18, varga + 39), List.of(new Statement.Via("the press", null)), "radio", null,
                List.of(), 0.5);
        Document document = new Document("abc123", "news/port.txt",
                new Metadata("Port queue", List.of("A. Writer"), "2025-06-03", "https://port.example/q",
                        "Port Weekly", "en"),
                text,
                new Annotations(List.of(person), List.of(direct, reported),
                        List.of(new TimeExpression(new Span(monday, monday + 6), TimeExpression.Type.DATE,
                                "2025-06-02")),
                        List.of(new Quantity(new Span(forty, forty + 2), 40, "ships", Quantity.Bound.APPROXIMATE,
                                "s1")),
                        List.of(new Stance("Ilse Varga", "harbour queues", Stance.Position.CONDITIONAL,
                                List.of("s1", "s2"), 0.75)),
                        List.of(new LoadedWording(new Span(forty + 9, forty + 13), LoadedWording.LOADED_LANGUAGE))),
                List.of(Diagnostic.warning("extract", "a warning"), Diagnostic.info("metadata", "a note")));

        String line = DocumentJson.toLine(document);
        Document read = DocumentJsonReader.read(line);
        assertEquals(document, read);
        assertEquals(line, DocumentJson.toLine(read));
    }

    @Test
    void notADocumentSaysWhy() {
        assertThrows(IllegalArgumentException.class, () -> DocumentJsonReader.read("{\"schema\": \"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> DocumentJsonReader.read("[1, 2"));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> DocumentJsonReader.read("{\"schema\": \"claimgraph.document/1\", \"id\": \"x\", \"source\": "
                        + "\"-\", \"text\": \"short\", \"times\": [{\"start\": 2, \"end\": 9, \"text\": \"ort\", "
                        + "\"type\": \"DATE\"}]}"));
        assertEquals("span [2, 9) does not fit a text of 5 code points", outside.getMessage());
    }
}
