package org.claimgraph.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;

/**
 * Writes a {@link Document} in the shape of {@code contract/document.schema.json}, one JSON object per line. Offsets
 * become Unicode code point counts, as the contract says.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    private DocumentJson() {}

    public static ObjectNode toJson(Document document) {
        Metadata metadata = document.metadata();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("schema", Document.SCHEMA);
        json.put("id", document.id());
        json.put("source", document.source());
        json.put("url", metadata.url());
        json.put("outlet", metadata.outlet());
        json.put("title", metadata.title());
        ArrayNode authors = json.putArray("authors");
        metadata.authors().forEach(authors::add);
        json.put("published", metadata.published());
        json.put("language", metadata.language());
        json.put("text", document.text());
        json.putArray("entities");
        json.putArray("statements");
        json.putArray("times");
        json.putArray("quantities");
        ArrayNode diagnostics = json.putArray("diagnostics");
        for (Diagnostic diagnostic : document.diagnostics()) {
            diagnostics.addObject()
                    .put("severity", diagnostic.severity().jsonName())
                    .put("stage", diagnostic.stage())
                    .put("message", diagnostic.message());
        }
        return json;
    }

    /** The document as one line of JSON, without the trailing newline. */
    public static String toLine(Document document) {
        try {
            return MAPPER.writeValueAsString(toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise document " + document.id(), e);
        }
    }

    /** Converts a UTF-16 offset into {@code text} to a code point offset. */
    public static int codePointOffset(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }
}
