package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.model.Document;
import org.claimgraph.model.Stance;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputException;
import org.claimgraph.read.InputFormat;

/**
 * Turns the body of {@code POST /api/articles} into an analysed document, exactly as {@code ingest} analyses a file:
 * a JSON object {@code {text, title?, url?, published?, outlet?}} is read as one JSON Lines record (its text taken as
 * already extracted), anything else as an article file (plain text or HTML, by its Content-Type or its content). The topics loaded at start fill its stances.
 */
final class ArticleIntake {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("text", "title", "url", "published", "outlet");

    private final Analyzer analyzer = new Analyzer(AnalyzeOptions.defaults());
    private final UnaryOperator<Document> annotation;
    private final List<TopicStances> topics;

    /** @param annotation the language analysis (CoreNLP's models load on its first use) */
    ArticleIntake(UnaryOperator<Document> annotation, List<TopicStances> topics) {
        this.annotation = annotation;
        this.topics = List.copyOf(topics);
    }

    /** The analysed article; a body that is no article is an {@link ApiException} (400) saying what to send. */
    Document analyse(byte[] body, String contentType) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new ApiException(400, "The request body is empty. Send the article as JSON {\"text\": \"...\", "
                    + "\"title\": \"...\", \"url\": \"...\", \"published\": \"2025-03-03\", \"outlet\": \"...\"} "
                    + "(only text is required) or as plain text.");
        }
        String source = "api:" + HexFormat.of().formatHex(sha256(body), 0, 8);
        Input input = isJson(body, contentType) ? new Input.JsonLine(source, 1, checkedRecord(body))
                : new Input.BytesInput(source, body, format(contentType));
        Document document;
        try {
            document = annotation.apply(analyzer.analyze(input));
        } catch (InputException e) {
            throw new ApiException(400, e.getMessage());
        }
        if (topics.isEmpty()) {
            return document;
        }
        List<Stance> stances = new ArrayList<>();
        topics.forEach(topic -> stances.addAll(topic.stances(document)));
        return document.withAnnotations(document.annotations().withStances(stances));
    }

    /** TEXT for text/plain, HTML for text/html, else null: the reader then tells them apart itself. */
    private static InputFormat format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return InputFormat.TEXT;
        }
        return type.startsWith("text/html") ? InputFormat.HTML : null;
    }

    /** JSON by its Content-Type, or by its first character unless it says it is text (curl -d sends a form type). */
    private static boolean isJson(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return !type.startsWith("text/") && start.startsWith("{");
    }

    /** The JSON object on one line, with only the fields the API takes; anything else is a 400 naming the field. */
    private static byte[] checkedRecord(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(400, "The request body is not valid JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + "). Send {\"text\": \"...\"} with the article's text, or send plain text with "
                    + "Content-Type: text/plain.");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "The request body is JSON but not an object. Send {\"text\": \"...\"}.");
        }
        ObjectNode record = JSON.createObjectNode();
        node.fields().forEachRemaining(field -> {
            if (!FIELDS.contains(field.getKey())) {
                throw new ApiException(400, "The field '" + field.getKey() + "' is not one the API takes. Send "
                        + "only " + String.join(", ", FIELDS) + " (text required).");
            }
            record.set(field.getKey(), field.getValue());
        });
        return record.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
