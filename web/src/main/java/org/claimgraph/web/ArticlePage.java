package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An article's text with its statements, speakers, entities, numbers, dates and loaded wording highlighted at their
 * offsets, each highlight explained by a note in the side panel. The contract's offsets count code points; they are
 * turned into the string's UTF-16 offsets before the text is cut.
 *
 * <p>Highlights may overlap (a name inside a quote), so the text is cut at every highlight's start and end, and each
 * piece is one {@code <span>} carrying the notes of every highlight that covers it. The first piece of a statement
 * has the id {@code "s" + its id}, the target of {@code /articles/ID#s<statement id>} links.
 */
final class ArticlePage {

    /** One highlight: UTF-16 offsets, its kind (a CSS class), its note, and its statement's id for a statement. */
    private record Mark(int start, int end, String kind, int note, String statement) {}

    private final JsonNode document;
    private final String text;
    private final CodePoints offsets;
    private final Map<String, JsonNode> storedStatements;
    private final Map<String, String> canonicalEntities;
    private final List<Mark> marks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param document the article in the contract's shape
     * @param storedStatements the store's rows of its statements by statement id (cluster, canonical speaker)
     * @param canonicalEntities the canonical entity id of each of its mentions, by "start:end" (code points)
     */
    ArticlePage(JsonNode document, Map<String, JsonNode> storedStatements, Map<String, String> canonicalEntities) {
        this.document = document;
        this.text = document.path("text").asText();
        this.offsets = new CodePoints(text);
        this.storedStatements = storedStatements;
        this.canonicalEntities = canonicalEntities;
        collect();
    }

    String html() {
        StringBuilder body = new StringBuilder();
        String title = Exports.field(document, "/title");
        body.append("<article class=\"reader\"><h1>").append(escape(title != null ? title : document.path("source")
                .asText())).append("</h1><p class=\"meta\">").append(metadata()).append("</p>")
                .append("<p class=\"legend\">").append(legend()).append("</p>")
                .append("<div class=\"layout\"><div id=\"text\" class=\"text\">").append(markedText())
                .append("</div><aside id=\"panel\" class=\"panel\" aria-live=\"polite\">")
                .append("<p class=\"hint\">Click a highlight to see what it is and where it leads.</p>");
        for (int i = 0; i < notes.size(); i++) {
            body.append("<div class=\"note\" id=\"n").append(i).append("\" hidden>").append(notes.get(i))
                    .append("</div>");
        }
        body.append("</aside></div></article>");
        return body.toString();
    }

    private String metadata() {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("outlet", "published", "language")) {
            String value = Exports.field(document, "/" + field);
            if (value != null) {
                parts.add(escape(value));
            }
        }
        if (document.path("authors").size() > 0) {
            parts.add("by " + escape(Exports.joined(document.path("authors"))));
        }
        String url = Exports.field(document, "/url");
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            parts.add("<a rel=\"noreferrer noopener\" href=\"" + escape(url) + "\">original</a>");
        }
        parts.add(Layout.link("/api/articles/" + document.path("id").asText(), "JSON"));
        return String.join(" · ", parts);
    }

    private static String legend() {
        return "<span class=\"m k-statement\">statement</span> <span class=\"m k-speaker\">speaker</span> "
                + "<span class=\"m k-entity\">entity</span> <span class=\"m k-number\">number</span> "
                + "<span class=\"m k-time\">date</span> <span class=\"m k-loaded\">loaded wording</span>";
    }

    private void collect() {
        String articleId = document.path("id").asText();
        for (JsonNode statement : document.path("statements")) {
            String id = statement.path("id").asText();
            JsonNode content = statement.path("content");
            int start = content.path("start").asInt();
            int end = content.path("end").asInt();
            JsonNode cue = statement.path("cue");
            if (cue.isObject()) {
                start = Math.min(start, cue.path("start").asInt());
                end = Math.max(end, cue.path("end").asInt());
            }
            add(start, end, "statement", statementNote(articleId, statement), id);
            JsonNode speaker = statement.path("speaker").path("mention");
            if (speaker.isObject()) {
                add(speaker.path("start").asInt(), speaker.path("end").asInt(), "speaker",
                        "<h3>Speaker</h3><p>" + escape(speaker.path("text").asText()) + " → "
                                + speakerLink(statement) + "</p><p>of statement " + escape(id) + "</p>", null);
            }
        }
        for (JsonNode entity : document.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                add(mention.path("start").asInt(), mention.path("end").asInt(), "entity", entityNote(entity, mention),
                        null);
            }
        }
        for (JsonNode quantity : document.path("quantities")) {
            add(quantity.path("start").asInt(), quantity.path("end").asInt(), "number", "<h3>Number</h3><p>"
                    + escape(quantity.path("text").asText()) + "</p><dl>" + term("value", quantity.path("value"))
                    + term("unit", quantity.path("unit")) + term("bound", quantity.path("bound"))
                    + term("claimed in statement", quantity.path("statement")) + "</dl>", null);
        }
        for (JsonNode time : document.path("times")) {
            add(time.path("start").asInt(), time.path("end").asInt(), "time", "<h3>Date or time</h3><p>"
                    + escape(time.path("text").asText()) + "</p><dl>" + term("type", time.path("type"))
                    + term("value (TIMEX3)", time.path("value")) + "</dl>", null);
        }
        for (JsonNode loaded : document.path("loaded")) {
            add(loaded.path("start").asInt(), loaded.path("end").asInt(), "loaded", "<h3>Loaded wording</h3><p>"
                    + escape(loaded.path("text").asText()) + "</p><dl>" + term("technique", loaded.path("technique"))
                    + "</dl><p class=\"small\">Wording that carries a judgement; claimgraph flags it, it does not rule "
                    + "on it.</p>", null);
        }
    }

    private void add(int startCodePoint, int endCodePoint, String kind, String note, String statement) {
        int start = offsets.utf16(startCodePoint);
        int end = offsets.utf16(endCodePoint);
        if (end <= start) {
            return;
        }
        notes.add(note);
        marks.add(new Mark(start, end, kind, notes.size() - 1, statement));
    }

    private String statementNote(String articleId, JsonNode statement) {
        String id = statement.path("id").asText();
        JsonNode stored = storedStatements.get(id);
        StringBuilder note = new StringBuilder("<h3>Statement ").append(escape(id)).append(" (")
                .append(escape(statement.path("kind").asText())).append(")</h3><blockquote>")
                .append(escape(statement.path("content").path("text").asText())).append("</blockquote><dl>")
                .append("<dt>speaker</dt><dd>").append(speakerLink(statement)).append(" (")
                .append(escape(statement.path("speaker").path("type").asText())).append(")</dd>")
                .append(term("cue", statement.path("cue").path("text")))
                .append(term("date", statement.path("date")))
                .append(term("channel", statement.path("channel")));
        List<String> via = new ArrayList<>();
        statement.path("via").forEach(link -> via.add(link.path("name").asText()));
        if (!via.isEmpty()) {
            note.append("<dt>via</dt><dd>").append(escape(String.join(" ← ", via))).append("</dd>");
        }
        if (statement.path("hedges").size() > 0) {
            note.append("<dt>hedges</dt><dd>").append(escape(Exports.joined(statement.path("hedges")))).append("</dd>");
        }
        note.append(term("confidence", statement.path("confidence")));
        String cluster = stored == null ? null : Exports.field(stored, "/cluster");
        if (cluster != null) {
            note.append("<dt>cluster</dt><dd>").append(Layout.link("/clusters/" + cluster,
                    "every report of these words")).append("</dd>");
        }
        note.append("</dl><p class=\"small\">").append(Layout.link("/articles/" + articleId + "#s" + id,
                "link to this statement")).append("</p>");
        return note.toString();
    }

    private String speakerLink(JsonNode statement) {
        String name = statement.path("speaker").path("name").asText();
        JsonNode stored = storedStatements.get(statement.path("id").asText());
        String entity = stored == null ? null : Exports.field(stored, "/speaker_entity");
        return entity == null ? escape(name) : Layout.link("/entities/" + entity, name);
    }

    private String entityNote(JsonNode entity, JsonNode mention) {
        String canonical = canonicalEntities.get(mention.path("start").asInt() + ":" + mention.path("end").asInt());
        String name = entity.path("name").asText();
        StringBuilder note = new StringBuilder("<h3>").append(canonical == null ? escape(name)
                : Layout.link("/entities/" + canonical, name)).append("</h3><dl>")
                .append(term("type", entity.path("type")));
        if (entity.path("aliases").size() > 0) {
            note.append("<dt>also</dt><dd>").append(escape(Exports.joined(entity.path("aliases")))).append("</dd>");
        }
        if (entity.path("roles").size() > 0) {
            note.append("<dt>roles</dt><dd>").append(escape(Exports.joined(entity.path("roles")))).append("</dd>");
        }
        return note.append(term("here", mention.path("text"))).append("</dl>").toString();
    }

    private static String term(String name, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return "";
        }
        return "<dt>" + escape(name) + "</dt><dd>" + escape(value.asText()) + "</dd>";
    }

    /** The text, cut at every highlight's ends, each covered piece in a span naming its notes. */
    private String markedText() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            appendPiece(html, from, to);
            from = to;
        }
        return html.toString();
    }

    private void appendPiece(StringBuilder html, int from, int to) {
        String piece = escape(text.substring(from, to));
        List<Mark> covering = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.start() <= from && to <= mark.end()) {
                covering.add(mark);
            }
        }
        if (covering.isEmpty()) {
            html.append(piece);
            return;
        }
        TreeSet<String> kinds = new TreeSet<>();
        List<String> noteIds = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        List<String> anchors = new ArrayList<>(); // the statements that start here
        for (Mark mark : covering) {
            kinds.add("k-" + mark.kind());
            noteIds.add("n" + mark.note());
            if (mark.statement() != null) {
                statements.add("s" + mark.statement());
                if (mark.start() == from) {
                    anchors.add("s" + mark.statement());
                }
            }
        }
        // one element has one id: a second statement that starts at the same place gets an empty anchor of its own
        for (String anchor : anchors.subList(Math.min(1, anchors.size()), anchors.size())) {
            html.append("<span class=\"m anchor\" id=\"").append(escape(anchor)).append("\" data-s=\"")
                    .append(escape(anchor)).append("\" data-notes=\"").append(escape(String.join(" ", noteIds)))
                    .append("\"></span>");
        }
        html.append("<span class=\"m ").append(String.join(" ", kinds)).append("\" data-notes=\"")
                .append(escape(String.join(" ", noteIds))).append('"');
        if (!statements.isEmpty()) {
            html.append(" data-s=\"").append(escape(String.join(" ", statements))).append('"');
        }
        if (!anchors.isEmpty()) {
            html.append(" id=\"").append(escape(anchors.get(0))).append('"');
        }
        html.append(" tabindex=\"0\">").append(piece).append("</span>");
    }
}
