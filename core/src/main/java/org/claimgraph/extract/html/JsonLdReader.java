package org.claimgraph.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.claimgraph.extract.Bylines;

/**
 * The article object of a page's schema.org JSON-LD ({@code NewsArticle}, {@code BlogPosting}...), read leniently:
 * {@code @graph} containers, arrays, {@code @id} references and broken scripts (skipped) are all handled.
 */
final class JsonLdReader {

    /** What the JSON-LD says about the article; any field may be null, {@code authors} may be empty. */
    record ArticleData(String headline, List<String> authors, String published, String publisher, String url,
            String body) {
        static final ArticleData NONE = new ArticleData(null, List.of(), null, null, null, null);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private JsonLdReader() {}

    static ArticleData read(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                collect(MAPPER.readTree(json), objects, 0);
            } catch (JsonProcessingException e) {
                // A broken script says nothing; the page's other metadata still counts.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode object : objects) {
            String id = object.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, object);
            }
        }
        JsonNode article = null;
        for (JsonNode object : objects) {
            if (isArticle(object)) {
                article = object;
                break;
            }
        }
        if (article == null) {
            for (JsonNode object : objects) {
                if (object.hasNonNull("headline")) {
                    article = object;
                    break;
                }
            }
        }
        if (article == null) {
            return ArticleData.NONE;
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode author : list(article.path("author"))) {
            JsonNode resolved = resolve(author, byId);
            String name = resolved.isTextual() ? resolved.asText() : text(resolved.path("name"));
            authors.addAll(Bylines.fromValue(name));
        }
        JsonNode publisher = resolve(article.path("publisher"), byId);
        String publisherName = publisher.isTextual() ? publisher.asText() : text(publisher.path("name"));
        String url = text(article.path("url"));
        if (url == null) {
            JsonNode page2 = resolve(article.path("mainEntityOfPage"), byId);
            url = page2.isTextual() ? page2.asText() : text(page2.path("@id"));
        }
        return new ArticleData(text(article.path("headline")), authors, text(article.path("datePublished")),
                publisherName, url, text(article.path("articleBody")));
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (depth > 4 || node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode object) {
        for (JsonNode type : list(object.path("@type"))) {
            String name = type.asText("").toLowerCase(Locale.ROOT);
            if (name.contains("article") || name.contains("posting") || name.equals("report")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target == null ? node : target;
        }
        return node;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> result = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(result::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            result.add(node);
        }
        return result;
    }

    /** A string value, the first of an array of strings, else null. */
    private static String text(JsonNode node) {
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (!node.isTextual()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
