package org.claimgraph.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Locale;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Entity;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeExpression;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;

/**
 * Writes a {@link Document} in the shape of {@code contract/document.schema.json}, one JSON object per line. Offsets
 * become Unicode code point counts, as the contract says.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        Offsets offsets = new Offsets(document.text());
        Annotations annotations = document.annotations();
        ArrayNode entities = json.putArray("entities");
        for (Entity entity : annotations.entities()) {
            ObjectNode node = entities.addObject().put("id", entity.id()).put("name", entity.name())
                    .put("type", entity.type().name());
            entity.aliases().forEach(node.putArray("aliases")::add);
            entity.roles().forEach(node.putArray("roles")::add);
            ArrayNode mentions = node.putArray("mentions");
            entity.mentions().forEach(span -> mentions.add(offsets.span(span)));
        }
        ArrayNode statements = json.putArray("statements");
        for (Statement statement : annotations.statements()) {
            statements.add(statement(statement, offsets));
        }
        ArrayNode times = json.putArray("times");
        for (TimeExpression time : annotations.times()) {
            offsets.put(times.addObject(), time.span()).put("type", time.type().name()).put("value", time.value());
        }
        ArrayNode quantities = json.putArray("quantities");
        for (Quantity quantity : annotations.quantities()) {
            offsets.put(quantities.addObject(), quantity.span()).put("value", quantity.value())
                    .put("unit", quantity.unit()).put("bound", quantity.bound().jsonName())
                    .put("statement", quantity.statement());
        }
        ArrayNode stances = json.putArray("stances");
        for (Stance stance : annotations.stances()) {
            ObjectNode node = stances.addObject().put("holder", stance.holder()).put("topic", stance.topic())
                    .put("position", stance.position().jsonName());
            stance.evidence().forEach(node.putArray("evidence")::add);
            node.put("confidence", stance.confidence());
        }
        ArrayNode loaded = json.putArray("loaded");
        for (LoadedWording wording : annotations.loaded()) {
            offsets.put(loaded.addObject(), wording.span()).put("technique", wording.technique());
        }
        ArrayNode diagnostics = json.putArray("diagnostics");
        for (Diagnostic diagnostic : document.diagnostics()) {
            diagnostics.addObject()
                    .put("severity", diagnostic.severity().jsonName())
                    .put("stage", diagnostic.stage())
                    .put("message", diagnostic.message());
        }
        return json;
    }

    private static ObjectNode statement(Statement statement, Offsets offsets) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", statement.id());
        node.put("kind", statement.kind().name().toLowerCase(Locale.ROOT));
        Statement.Speaker speaker = statement.speaker();
        ObjectNode speakerNode = node.putObject("speaker").put("name", speaker.name())
                .put("type", speaker.type().name()).put("entity", speaker.entity());
        speakerNode.set("mention", offsets.spanOrNull(speaker.mention()));
        node.set("cue", offsets.spanOrNull(statement.cue()));
        node.set("content", offsets.span(statement.content()));
        ArrayNode via = node.putArray("via");
        for (Statement.Via link : statement.via()) {
            via.addObject().put("name", link.name()).set("mention", offsets.spanOrNull(link.mention()));
        }
        node.put("channel", statement.channel());
        node.put("date", statement.date());
        statement.hedges().forEach(node.putArray("hedges")::add);
        node.put("confidence", statement.confidence());
        return node;
    }

    /** Converts UTF-16 spans of one text to the contract's code point spans. */
    private static final class Offsets {
        private final String text;
        private final boolean astral;

        Offsets(String text) {
            this.text = text;
            this.astral = text.codePoints().anyMatch(c -> c > 0xFFFF);
        }

        int codePoints(int utf16) {
            return astral ? text.codePointCount(0, utf16) : utf16;
        }

        ObjectNode put(ObjectNode node, Span span) {
            return node.put("start", codePoints(span.begin())).put("end", codePoints(span.end()))
                    .put("text", span.coveredText(text));
        }

        ObjectNode span(Span span) {
            return put(MAPPER.createObjectNode(), span);
        }

        JsonNode spanOrNull(Span span) {
            return span == null ? NullNode.getInstance() : span(span);
        }
    }

    /** The document as one line of JSON, without the trailing newline. */
    public static String toLine(Document document) {
        try {
            return MAPPER.writeValueAsString(toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise document " + document.id(), e);
        }
    }
}
