package org.claimgraph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Reads a {@link Document} back from the shape {@link DocumentJson} writes ({@code contract/document.schema.json}):
 * code point offsets become UTF-16 again. {@code DocumentJsonReader.read(DocumentJson.toLine(d))} equals {@code d}.
 * Fields the contract adds later are ignored.
 */
public final class DocumentJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJsonReader() {}

    /**
     * The document of one JSON line.
     *
     * @throws IllegalArgumentException when the line is not a document in the contract's shape; the message says where
     */
    public static Document read(String line) {
        try {
            return read(MAPPER.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Document read(JsonNode json) {
        if (!json.isObject() || !Document.SCHEMA.equals(json.path("schema").asText())) {
            throw new IllegalArgumentException("not a " + Document.SCHEMA + " document");
        }
        String text = required(json, "text");
        Offsets offsets = new Offsets(text);
        Metadata metadata = new Metadata(optional(json, "title"), strings(json.path("authors")),
                optional(json, "published"), optional(json, "url"), optional(json, "outlet"),
                optional(json, "language"));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode node : json.path("entities")) {
            List<Span> mentions = new ArrayList<>();
            node.path("mentions").forEach(span -> mentions.add(offsets.span(span)));
            entities.add(new Entity(required(node, "id"), required(node, "name"),
                    Entity.Type.valueOf(required(node, "type")), strings(node.path("aliases")),
                    strings(node.path("roles")), mentions));
        }
        List<Statement> statements = new ArrayList<>();
        for (JsonNode node : json.path("statements")) {
            statements.add(statement(node, offsets));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode node : json.path("times")) {
            times.add(new TimeExpression(offsets.span(node), TimeExpression.Type.valueOf(required(node, "type")),
                    optional(node, "value")));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode node : json.path("quantities")) {
            quantities.add(new Quantity(offsets.span(node), node.path("value").asDouble(), optional(node, "unit"),
                    Quantity.Bound.valueOf(required(node, "bound").toUpperCase(Locale.ROOT).replace('-', '_')),
                    optional(node, "statement")));
        }
        List<Stance> stances = new ArrayList<>();
        for (JsonNode node : json.path("stances")) {
            stances.add(new Stance(required(node, "holder"), required(node, "topic"),
                    Stance.Position.valueOf(required(node, "position").toUpperCase(Locale.ROOT)),
                    strings(node.path("evidence")), node.path("confidence").asDouble()));
        }
        List<LoadedWording> loaded = new ArrayList<>();
        for (JsonNode node : json.path("loaded")) {
            loaded.add(new LoadedWording(offsets.span(node), required(node, "technique")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode node : json.path("diagnostics")) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.valueOf(
                    required(node, "severity").toUpperCase(Locale.ROOT)), required(node, "stage"),
                    required(node, "message")));
        }
        return new Document(required(json, "id"), required(json, "source"), metadata, text,
                new Annotations(entities, statements, times, quantities, stances, loaded), diagnostics);
    }

    private static Statement statement(JsonNode node, Offsets offsets) {
        JsonNode speaker = node.path("speaker");
        List<Statement.Via> via = new ArrayList<>();
        for (JsonNode link : node.path("via")) {
            via.add(new Statement.Via(required(link, "name"), offsets.spanOrNull(link.path("mention"))));
        }
        return new Statement(required(node, "id"),
                Statement.Kind.valueOf(required(node, "kind").toUpperCase(Locale.ROOT)),
                new Statement.Speaker(required(speaker, "name"),
                        Statement.SpeakerType.valueOf(required(speaker, "type")), optional(speaker, "entity"),
                        offsets.spanOrNull(speaker.path("mention"))),
                offsets.spanOrNull(node.path("cue")), offsets.span(node.path("content")), via,
                optional(node, "channel"), optional(node, "date"), strings(node.path("hedges")),
                node.path("confidence").asDouble());
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Converts the contract's code point spans of one text back to UTF-16 spans. */
    private static final class Offsets {
        private final String text;
        private final boolean astral;

        Offsets(String text) {
            this.text = text;
            this.astral = text.codePoints().anyMatch(c -> c > 0xFFFF);
        }

        Span span(JsonNode node) {
            int start = node.path("start").asInt(-1);
            int end = node.path("end").asInt(-1);
            int length = astral ? text.codePointCount(0, text.length()) : text.length();
            if (start < 0 || end < start || end > length) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit a text of "
                        + length + " code points");
            }
            return astral ? new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))
                    : new Span(start, end);
        }

        Span spanOrNull(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode() ? null : span(node);
        }
    }
}
