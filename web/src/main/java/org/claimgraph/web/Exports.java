package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV columns of the lists, shared by the query commands ({@code statements}, {@code entities}, {@code export})
 * and the export links of the web UI, so that a file saved from either reads the same.
 */
public final class Exports {

    private Exports() {}

    public static final List<String> STATEMENT_COLUMNS = List.of("said_on", "speaker", "kind", "cue", "content",
            "cluster", "article_id", "source", "url", "outlet", "title", "published");

    public static final List<String> ENTITY_COLUMNS = List.of("id", "name", "type", "aliases", "roles", "mentions",
            "articles");

    public static final List<String> ARTICLE_COLUMNS = List.of("id", "source", "url", "outlet", "title", "published",
            "language", "version", "duplicate_of", "entities", "statements");

    /** A statement (in the statements command's shape) as a CSV record's values. */
    public static List<String> statementRow(JsonNode statement) {
        return List.of(value(statement, "/said_on"), value(statement, "/speaker/name"), value(statement, "/kind"),
                value(statement, "/cue/text"), value(statement, "/content/text"), value(statement, "/cluster"),
                value(statement, "/article/id"), value(statement, "/article/source"), value(statement, "/article/url"),
                value(statement, "/article/outlet"), value(statement, "/article/title"),
                value(statement, "/article/published"));
    }

    /** A canonical entity as a CSV record's values. */
    public static List<String> entityRow(JsonNode entity) {
        return List.of(entity.get("id").asText(), entity.get("name").asText(), entity.get("type").asText(),
                joined(entity.get("aliases")), joined(entity.get("roles")), String.valueOf(entity.get("mentions").size()),
                joined(entity.get("articles")));
    }

    /** A stored article (the contract's document plus version, story, duplicate_of) as a CSV record's values. */
    public static List<String> articleRow(JsonNode document) {
        return List.of(value(document, "/id"), value(document, "/source"), value(document, "/url"),
                value(document, "/outlet"), value(document, "/title"), value(document, "/published"),
                value(document, "/language"), value(document, "/version"), value(document, "/duplicate_of"),
                String.valueOf(document.path("entities").size()), String.valueOf(document.path("statements").size()));
    }

    /** The text of a JSON field, or null when it is missing or null. */
    public static String field(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The texts of a JSON array joined with "; ". */
    public static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join("; ", values);
    }

    private static String value(JsonNode node, String pointer) {
        String value = field(node, pointer);
        return value == null ? "" : value;
    }
}
