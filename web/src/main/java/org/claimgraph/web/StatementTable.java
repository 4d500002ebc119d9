package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A table of statements (in the statements command's shape), each row linking to its sentence in its article. */
final class StatementTable {

    private StatementTable() {}

    static String html(List<? extends JsonNode> statements) {
        StringBuilder html = new StringBuilder("<table class=\"list statements\"><thead><tr><th>Date</th>"
                + "<th>Speaker</th><th>What was said</th><th>Kind</th><th>Hedges</th><th>Article</th></tr></thead>"
                + "<tbody>");
        for (JsonNode statement : statements) {
            html.append(row(statement));
        }
        return html.append("</tbody></table>").toString();
    }

    /** One row; the words link to {@code /articles/ID#s<statement id>}. */
    static String row(JsonNode statement) {
        String entity = Exports.field(statement, "/speaker_entity");
        String speaker = statement.path("speaker").path("name").asText();
        String title = Exports.field(statement, "/article/title");
        String outlet = Exports.field(statement, "/article/outlet");
        String cluster = Exports.field(statement, "/cluster");
        return "<tr><td data-label=\"Date\">" + escape(Exports.field(statement, "/said_on"))
                + "</td><td data-label=\"Speaker\">" + (entity == null ? escape(speaker)
                        : Layout.link("/entities/" + entity, speaker))
                + "</td><td data-label=\"Said\">" + sentenceLink(statement)
                + (cluster == null ? "" : " <span class=\"small\">" + Layout.link("/clusters/" + cluster,
                        "all reports") + "</span>")
                + "</td><td data-label=\"Kind\">" + escape(statement.path("kind").asText())
                + "</td><td data-label=\"Hedges\">" + escape(Exports.joined(statement.path("hedges")))
                + "</td><td data-label=\"Article\">" + escape(title != null ? title
                        : Exports.field(statement, "/article/source"))
                + (outlet == null ? "" : " <span class=\"small\">(" + escape(outlet) + ")</span>") + "</td></tr>";
    }

    /** The statement's words as a link to its sentence in its article. */
    static String sentenceLink(JsonNode statement) {
        return "<a class=\"quote\" href=\"" + escape("/articles/" + statement.path("article").path("id").asText()
                + "#s" + statement.path("id").asText()) + "\">" + escape(statement.path("content").path("text")
                .asText()) + "</a>";
    }
}
