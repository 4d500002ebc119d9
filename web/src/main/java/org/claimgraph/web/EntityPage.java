package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** One canonical entity: its names, roles, the articles that mention it, what it said, and when (a timeline). */
final class EntityPage {

    private EntityPage() {}

    /**
     * @param said the statements it made
     * @param about the statements of others whose words name it
     * @param titles the titles of the stored articles by id (an article without one shows its id)
     */
    static String html(JsonNode entity, List<? extends JsonNode> said, List<? extends JsonNode> about,
            java.util.Map<String, String> titles) {
        StringBuilder html = new StringBuilder("<h1>").append(escape(entity.path("name").asText()))
                .append(" <span class=\"small\">").append(escape(entity.path("type").asText())).append("</span></h1>")
                .append("<dl class=\"facts\">");
        if (entity.path("aliases").size() > 0) {
            html.append("<dt>Also named</dt><dd>").append(escape(Exports.joined(entity.path("aliases")))).append("</dd>");
        }
        if (entity.path("roles").size() > 0) {
            html.append("<dt>Roles</dt><dd>").append(escape(Exports.joined(entity.path("roles")))).append("</dd>");
        }
        html.append("<dt>Mentioned</dt><dd>").append(entity.path("mentions").size()).append(" times in ")
                .append(entity.path("articles").size()).append(" article(s):<ul>");
        for (JsonNode article : entity.path("articles")) {
            html.append("<li>").append(Layout.link("/articles/" + article.asText(),
                    titles.getOrDefault(article.asText(), article.asText()))).append("</li>");
        }
        html.append("</ul></dd></dl>");
        html.append("<h2>Timeline</h2>").append(timeline(said));
        html.append("<h2>What it said</h2>")
                .append(Layout.exports("/api/statements", "?speaker=" + Html.url(entity.path("name").asText()), true))
                .append(said.isEmpty() ? "<p>No stored statement has this speaker.</p>" : StatementTable.html(said));
        html.append("<h2>What others said about it</h2>")
                .append(about.isEmpty() ? "<p>No other speaker's stored statement names it.</p>"
                        : StatementTable.html(about));
        return html.toString();
    }

    /**
     * Whether a statement by someone else names the entity in its words: one of its names (of three letters or more)
     * as whole words, in any case.
     */
    static Predicate<JsonNode> namedBy(JsonNode entity) {
        List<String> names = new ArrayList<>();
        names.add(entity.path("name").asText());
        entity.path("aliases").forEach(alias -> names.add(alias.asText()));
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            if (name.strip().length() >= 3) {
                quoted.add(Pattern.quote(name.strip()));
            }
        }
        if (quoted.isEmpty()) {
            return statement -> false;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String id = entity.path("id").asText();
        return statement -> !id.equals(statement.path("speaker_entity").asText())
                && pattern.matcher(statement.path("content").path("text").asText()).find();
    }

    /** The dated statements, oldest first, one dot a statement on a line of days. */
    private static String timeline(List<? extends JsonNode> said) {
        List<JsonNode> dated = new ArrayList<>();
        said.forEach(statement -> {
            if (Exports.field(statement, "/said_on") != null) {
                dated.add(statement);
            }
        });
        if (dated.isEmpty()) {
            return "<p>None of its statements is dated.</p>";
        }
        dated.sort(Comparator.comparing(statement -> statement.path("said_on").asText()));
        StringBuilder html = new StringBuilder("<ol class=\"timeline\">");
        String day = null;
        for (JsonNode statement : dated) {
            String saidOn = statement.path("said_on").asText();
            if (!saidOn.equals(day)) {
                if (day != null) {
                    html.append("</ul></li>");
                }
                html.append("<li><time>").append(escape(saidOn)).append("</time><ul>");
                day = saidOn;
            }
            html.append("<li>").append(StatementTable.sentenceLink(statement)).append("</li>");
        }
        return html.append("</ul></li></ol>").toString();
    }
}
