package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where each holder stands on one topic: the holder-by-position matrix over time (one column a month), each cell with
 * the quotes behind it, each quote linking to its sentence; then each holder's opposite positions and the numbers
 * claimed. The rows are those of {@code stances --format jsonl}.
 */
final class TopicPage {

    private final Corpus corpus;
    private final String name;

    TopicPage(Corpus corpus, String name) {
        this.corpus = corpus;
        this.name = name;
    }

    String html() {
        List<ObjectNode> rows = corpus.stances(name);
        if (rows == null) {
            throw new ApiException(404, "There is no topic '" + name + "'. Loaded topics: " + corpus.topics().keySet()
                    + ". Load one with 'serve --topic FILE'.");
        }
        var topic = corpus.topics().get(name).topic();
        StringBuilder html = new StringBuilder("<h1>").append(escape(topic.name())).append("</h1>");
        if (topic.description() != null) {
            html.append("<p>").append(escape(topic.description())).append("</p>");
        }
        html.append("<p class=\"exports\">Export: ").append(Layout.link("/api/stances?topic=" + Html.url(name)
                + "&format=jsonl", "JSON Lines")).append(" · ").append(Layout.link("/api/stances?topic="
                + Html.url(name) + "&format=csv", "CSV")).append("</p>");
        Map<String, Map<String, List<JsonNode>>> matrix = new LinkedHashMap<>();
        Map<String, JsonNode> holders = new LinkedHashMap<>();
        TreeSet<String> periods = new TreeSet<>((a, b) -> a.equals(b) ? 0 : a.equals("undated") ? 1
                : b.equals("undated") ? -1 : a.compareTo(b));
        List<JsonNode> contradictions = new ArrayList<>();
        List<JsonNode> claims = new ArrayList<>();
        for (JsonNode row : rows) {
            String kind = row.path("row").asText();
            if (kind.equals("stance")) {
                String holder = holderKey(row.path("holder"));
                holders.putIfAbsent(holder, row.path("holder"));
                periods.add(row.path("period").asText());
                matrix.computeIfAbsent(holder, key -> new LinkedHashMap<>())
                        .computeIfAbsent(row.path("period").asText(), key -> new ArrayList<>()).add(row);
            } else if (kind.equals("contradiction")) {
                contradictions.add(row);
            } else {
                claims.add(row);
            }
        }
        if (holders.isEmpty()) {
            return html.append("<p>No stored statement says one of the topic's phrases. Add phrases to the topic file, "
                    + "or ingest more articles.</p>").toString();
        }
        html.append(summary(rows, holders));
        html.append("<h2>Over time, with the statements behind each position</h2>");
        html.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>Holder</th>");
        periods.forEach(period -> html.append("<th>").append(escape(period)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Map.Entry<String, JsonNode> holder : holders.entrySet()) {
            html.append("<tr><th scope=\"row\">").append(holderLabel(holder.getValue())).append("</th>");
            for (String period : periods) {
                html.append("<td data-label=\"").append(escape(period)).append("\">");
                for (JsonNode cell : matrix.get(holder.getKey()).getOrDefault(period, List.of())) {
                    html.append(cell(cell));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
        if (!contradictions.isEmpty()) {
            html.append("<h2>Contradictions</h2><ul>");
            for (JsonNode row : contradictions) {
                html.append("<li>").append(contradiction(row)).append("</li>");
            }
            html.append("</ul>");
        }
        if (!claims.isEmpty()) {
            html.append("<h2>Numbers claimed, by what they count</h2>");
            for (JsonNode group : claims) {
                html.append("<h3>").append(escape(group.path("unit").asText())).append("</h3><ul>");
                for (JsonNode claim : group.path("claims")) {
                    html.append("<li><strong>").append(escape(claim.path("text").asText())).append("</strong> (")
                            .append(escape(claim.path("bound").asText())).append("), claimed by ")
                            .append(holderLabel(claim.path("holder"))).append(": ")
                            .append(StatementTable.sentenceLink(claim.path("statement"))).append("</li>");
                }
                html.append("</ul>");
            }
        }
        return html.toString();
    }

    /**
     * Who takes which side, at a glance: for each position, the holders with it and how many of their statements,
     * each linking down to the holder's row of the matrix.
     */
    private static String summary(List<? extends JsonNode> rows, Map<String, JsonNode> holders) {
        Map<String, Map<String, Integer>> byPosition = new LinkedHashMap<>();
        for (String position : List.of("oppose", "support", "conditional", "neutral")) {
            byPosition.put(position, new LinkedHashMap<>());
        }
        for (JsonNode row : rows) {
            if (row.path("row").asText().equals("stance")) {
                byPosition.computeIfAbsent(row.path("position").asText(), key -> new LinkedHashMap<>())
                        .merge(holderKey(row.path("holder")), row.path("statements").size(), Integer::sum);
            }
        }
        StringBuilder html = new StringBuilder("<h2>Who stands where</h2><dl class=\"summary\">");
        byPosition.forEach((position, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            html.append("<dt><span class=\"pos pos-").append(escape(position)).append("\">").append(escape(position))
                    .append("</span></dt><dd>");
            List<String> names = new ArrayList<>();
            counts.forEach((holder, count) -> names.add(holderLabel(holders.get(holder)) + " <span class=\"small\">("
                    + count + (count == 1 ? " statement" : " statements") + ")</span>"));
            html.append(String.join(" · ", names)).append("</dd>");
        });
        return html.append("</dl>").toString();
    }

    /** One contradiction row: a holder on both sides, different numbers for one thing, or a denial. */
    private static String contradiction(JsonNode row) {
        StringBuilder html = new StringBuilder();
        JsonNode statements = row.path("statements");
        switch (row.path("kind").asText()) {
            case "different-numbers":
                html.append("Different numbers for ").append(escape(row.path("unit").asText())).append(": ");
                for (JsonNode statement : statements) {
                    html.append(escape(statement.path("speaker").path("name").asText())).append(" says <strong>")
                            .append(escape(statement.path("claim").path("text").asText())).append("</strong> ")
                            .append(StatementTable.sentenceLink(statement)).append(' ');
                }
                break;
            case "denial":
                html.append(holderLabel(row.path("denied_holder"))).append(": ")
                        .append(StatementTable.sentenceLink(statements.path(0))).append(" <em>denied by</em> ")
                        .append(holderLabel(row.path("holder"))).append(": ")
                        .append(StatementTable.sentenceLink(statements.path(1)));
                break;
            default: // one holder on both sides
                html.append(holderLabel(row.path("holder"))).append(": ");
                for (JsonNode statement : statements) {
                    html.append("<span class=\"pos pos-").append(escape(statement.path("position").asText()))
                            .append("\">").append(escape(statement.path("position").asText())).append("</span> ")
                            .append(StatementTable.sentenceLink(statement)).append(' ');
                }
        }
        return html.toString();
    }

    private static String holderKey(JsonNode holder) {
        String entity = Exports.field(holder, "/entity");
        return entity != null ? entity : "name:" + holder.path("name").asText();
    }

    private static String holderLabel(JsonNode holder) {
        String entity = Exports.field(holder, "/entity");
        String name = holder.path("name").asText();
        return (entity == null ? escape(name) : Layout.link("/entities/" + entity, name)) + " <span class=\"small\">"
                + escape(holder.path("type").asText()) + (holder.path("roles").size() > 0 ? "; "
                        + escape(Exports.joined(holder.path("roles"))) : "") + "</span>";
    }

    private static String cell(JsonNode cell) {
        String position = cell.path("position").asText();
        StringBuilder html = new StringBuilder("<div class=\"cell\"><span class=\"pos pos-").append(escape(position))
                .append("\">").append(escape(position)).append(" ").append(cell.path("statements").size())
                .append("</span><ul class=\"quotes\">");
        for (JsonNode statement : cell.path("statements")) {
            html.append("<li>").append(StatementTable.sentenceLink(statement)).append(" <span class=\"small\">")
                    .append(escape(statement.path("reason").asText())).append("</span></li>");
        }
        return html.append("</ul></div>").toString();
    }
}
