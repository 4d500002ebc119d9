package org.claimgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Every kind of annotation, in a text with characters outside the Basic Multilingual Plane. */
class DocumentJsonTest {

    private static final String TEXT = "🙂 Ana Silva said on May 2 that about 40 boats left.";

    private static Span span(String words) {
        int begin = TEXT.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static Document document() {
        Statement statement = new Statement("s1", Statement.Kind.INDIRECT,
                new Statement.Speaker("Ana Silva", Statement.SpeakerType.PERSON, "e1", span("Ana Silva")),
                span("said"), span("about 40 boats left"), List.of(new Statement.Via("Example Wire", null)),
                null, "2024-05-02", List.of("claimed"), 0.9);
        Annotations annotations = new Annotations(
                List.of(new Entity("e1", "Ana Silva", Entity.Type.PERSON, List.of(), List.of(), List.of(span("Ana Silva")))),
                List.of(statement),
                List.of(new TimeExpression(span("May 2"), TimeExpression.Type.DATE, "2024-05-02")),
                List.of(new Quantity(span("about 40"), 40, "boats", Quantity.Bound.APPROXIMATE, "s1")));
        return new Document("abc", "test", Metadata.EMPTY.withTitle("T"), TEXT, annotations, List.of());
    }

    @Test
    void spansCountCodePointsAndCoverTheirText() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DocumentJson.toLine(document()));
        JsonNode content = json.get("statements").get(0).get("content");
        int[] codePoints = TEXT.codePoints().toArray();
        int start = content.get("start").asInt();
        int end = content.get("end").asInt();
        assertEquals("about 40 boats left", new String(codePoints, start, end - start));
        assertEquals(TEXT.indexOf("about") - 1, start, "one astral character before: one code point, two chars");
        assertEquals("about 40 boats left", content.get("text").asText());
        assertEquals("approximate", json.get("quantities").get(0).get("bound").asText());
        assertEquals("indirect", json.get("statements").get(0).get("kind").asText());
        assertTrue(json.get("statements").get(0).get("via").get(0).get("mention").isNull());
    }

    @Test
    void validatesAgainstTheContract() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path contract = Path.of(System.getProperty("claimgraph.shared", "../../shared"), "contract",
                "document.schema.json").toAbsolutePath();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                SchemaLocation.of(contract.toUri().toString()), mapper.readTree(contract.toFile()),
                SchemaValidatorsConfig.builder().build());
        assertEquals(java.util.Set.of(), schema.validate(mapper.readTree(DocumentJson.toLine(document()))));
    }
}
