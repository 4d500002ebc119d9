package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.store.SearchIndex;

/**
 * The CSV columns of the lists, shared by the query commands ({@code statements}, {@code entities}, {@code export})
 * and the export links of the web UI, so that a file saved from either reads the same.
 */
public final class Exports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    public static final List<String> STATEMENT_COLUMNS = List.of("said_on", "speaker", "kind", "cue", "content",
            "cluster", "article_id", "source", "url", "outlet", "title", "published");

    public static final List<String> ENTITY_COLUMNS = List.of("id", "name", "type", "aliases", "roles", "mentions",
            "articles");

    public static final List<String> ARTICLE_COLUMNS = List.of("id", "source", "url", "outlet", "title", "published",
            "language", "version", "duplicate_of", "entities", "statements");

    public static final List<String> HIT_COLUMNS = List.of("kind", "score", "sentence", "speaker", "cluster",
            "article_id", "statement_id", "source", "url", "outlet", "title", "published");

    /** A search hit as the search command's JSON Lines and the API give it. */
    public static ObjectNode hitJson(SearchIndex.Hit hit) {
        ObjectNode line = JSON.createObjectNode();
        line.put("kind", hit.kind()).put("score", hit.score()).put("sentence", hit.sentence())
                .put("speaker", hit.speaker()).put("statement", hit.statementId()).put("cluster", hit.cluster());
        line.putObject("article").put("id", hit.articleId()).put("source", hit.source()).put("url", hit.url())
                .put("outlet", hit.outlet()).put("title", hit.title()).put("published", hit.published());
        return line;
    }

    /** A search hit (as {@link #hitJson} gives it) as a CSV record's values. */
    public static List<String> hitRow(JsonNode hit) {
        return java.util.Arrays.asList(hit.path("kind").asText(),
                String.format(Locale.ROOT, "%.3f", hit.path("score").floatValue()), field(hit, "/sentence"),
                field(hit, "/speaker"), field(hit, "/cluster"), field(hit, "/article/id"), field(hit, "/statement"),
                field(hit, "/article/source"), field(hit, "/article/url"), field(hit, "/article/outlet"),
                field(hit, "/article/title"), field(hit, "/article/published"));
    }

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
