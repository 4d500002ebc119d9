package org.claimgraph.web;

import static org.claimgraph.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.json.DocumentJson;
import org.claimgraph.model.Document;
import org.claimgraph.store.SearchIndex;
import org.claimgraph.store.StatementFilter;

/** The HTML pages: the articles, one article read with its highlights, statements, an entity, a cluster, search. */
final class PageRoutes {

    private final Corpus corpus;

    PageRoutes(Corpus corpus) {
        this.corpus = corpus;
    }

    void register(Javalin app) {
        app.get("/", this::index);
        app.get("/articles/{id}", this::article);
        app.get("/statements", this::statements);
        app.get("/entities", this::entities);
        app.get("/entities/{id}", this::entity);
        app.get("/clusters/{id}", this::cluster);
        app.get("/search", this::search);
        app.get("/topics/{name}", ctx -> send(ctx, "Topic", new TopicPage(corpus, ctx.pathParam("name")).html()));
    }

    static void send(Context ctx, String title, String body) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Layout.page(title, body));
    }

    private void index(Context ctx) {
        Page page = Requests.page(ctx);
        List<ObjectNode> articles = corpus.articles();
        StringBuilder body = new StringBuilder("<h1>Articles</h1>");
        if (!corpus.topics().isEmpty()) {
            body.append("<p class=\"topics\">Topics: ");
            corpus.topics().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(topic -> body
                    .append(Layout.link("/topics/" + Html.url(topic.getKey()), topic.getValue().topic().name()))
                    .append(' '));
            body.append("</p>");
        }
        body.append(Layout.exports("/api/articles", "", false)).append(Layout.pager("/", "", page, articles.size()))
                .append("<table class=\"list\"><thead><tr><th>Title</th><th>Outlet</th><th>Published</th>"
                        + "<th>Statements</th></tr></thead><tbody>");
        for (int i = page.offset(); i < articles.size() && i < page.offset() + page.limit(); i++) {
            JsonNode article = articles.get(i);
            String title = Exports.field(article, "/title");
            String copy = Exports.field(article, "/duplicate_of");
            body.append("<tr><td data-label=\"Title\">")
                    .append(Layout.link("/articles/" + article.path("id").asText(),
                            title != null ? title : article.path("source").asText()))
                    .append(copy == null ? "" : " <span class=\"small\">(copy of "
                            + Layout.link("/articles/" + copy, "another article") + ")</span>")
                    .append("</td><td data-label=\"Outlet\">").append(escape(Exports.field(article, "/outlet")))
                    .append("</td><td data-label=\"Published\">").append(escape(Exports.field(article, "/published")))
                    .append("</td><td data-label=\"Statements\">").append(article.path("statements").size())
                    .append("</td></tr>");
        }
        send(ctx, "Articles", body.append("</tbody></table>").toString());
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Document document = corpus.document(id);
        if (document == null) {
            throw ApiException.notFound("article", id, "See the list of articles on the first page.");
        }
        Map<String, JsonNode> stored = new HashMap<>();
        corpus.statements(StatementFilter.ALL, statement -> id.equals(statement.path("article").path("id").asText()))
                .forEach(statement -> stored.put(statement.path("id").asText(), statement));
        Map<String, String> canonical = new HashMap<>();
        for (ObjectNode entity : corpus.entities(null, null)) {
            for (JsonNode mention : entity.path("mentions")) {
                if (id.equals(mention.path("article").asText())) {
                    canonical.put(mention.path("start").asInt() + ":" + mention.path("end").asInt(),
                            entity.path("id").asText());
                }
            }
        }
        ObjectNode json = DocumentJson.toJson(document);
        send(ctx, document.metadata().title() != null ? document.metadata().title() : document.source(),
                new ArticlePage(json, stored, canonical).html());
    }

    private void statements(Context ctx) {
        Page page = Requests.page(ctx);
        List<ObjectNode> statements = corpus.statements(Requests.statementFilter(ctx), Requests.statementExtras(ctx));
        String query = query(ctx, "speaker", "about", "from", "to", "kind", "hedge");
        StringBuilder body = new StringBuilder("<h1>Statements</h1><form class=\"filters\" method=\"get\" "
                + "action=\"/statements\">");
        for (String[] field : new String[][] {{"speaker", "Speaker", "text"}, {"about", "About (words)", "text"},
            {"from", "From", "date"}, {"to", "To", "date"}, {"hedge", "Hedge (any, none, words)", "text"}}) {
            body.append("<label>").append(field[1]).append(" <input type=\"").append(field[2]).append("\" name=\"")
                    .append(field[0]).append("\" value=\"").append(escape(Requests.parameter(ctx, field[0])))
                    .append("\"></label>");
        }
        String kind = Requests.parameter(ctx, "kind");
        body.append("<label>Kind <select name=\"kind\"><option value=\"\">any</option>");
        for (String option : List.of("direct", "indirect", "mixed")) {
            body.append("<option").append(option.equals(kind) ? " selected" : "").append('>').append(option)
                    .append("</option>");
        }
        body.append("</select></label><button type=\"submit\">Filter</button></form>")
                .append(Layout.exports("/api/statements", query, true))
                .append(Layout.pager("/statements", query, page, statements.size()))
                .append(StatementTable.html(statements.subList(Math.min(page.offset(), statements.size()),
                        Math.min(statements.size(), page.offset() + page.limit()))));
        send(ctx, "Statements", body.toString());
    }

    /** The request's parameters among {@code names}, as a query string ("?a=b&c=d", or empty), for links. */
    private static String query(Context ctx, String... names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            String value = Requests.parameter(ctx, name);
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(Html.url(value));
            }
        }
        return query.toString();
    }

    private void entities(Context ctx) {
        Page page = Requests.page(ctx);
        String type = Requests.entityType(ctx);
        List<ObjectNode> entities = corpus.entities(type, Requests.parameter(ctx, "name"));
        String query = query(ctx, "type", "name");
        StringBuilder body = new StringBuilder("<h1>Entities</h1><form class=\"filters\" method=\"get\" "
                + "action=\"/entities\"><label>Name <input type=\"text\" name=\"name\" value=\"")
                .append(escape(Requests.parameter(ctx, "name"))).append("\"></label><label>Type <select name=\"type\">"
                        + "<option value=\"\">any</option>");
        for (org.claimgraph.model.Entity.Type option : org.claimgraph.model.Entity.Type.values()) {
            body.append("<option value=\"").append(option.name().toLowerCase(java.util.Locale.ROOT)).append('"')
                    .append(option.name().equals(type) ? " selected" : "").append('>')
                    .append(option.name().toLowerCase(java.util.Locale.ROOT)).append("</option>");
        }
        body.append("</select></label><button type=\"submit\">Filter</button></form>")
                .append(Layout.exports("/api/entities", query, false))
                .append(Layout.pager("/entities", query, page, entities.size()))
                .append("<table class=\"list\"><thead><tr><th>Name</th><th>Type</th><th>Also named</th>"
                        + "<th>Roles</th><th>Articles</th></tr></thead><tbody>");
        for (int i = page.offset(); i < entities.size() && i < page.offset() + page.limit(); i++) {
            JsonNode entity = entities.get(i);
            body.append("<tr><td data-label=\"Name\">").append(Layout.link("/entities/" + entity.path("id").asText(),
                    entity.path("name").asText())).append("</td><td data-label=\"Type\">")
                    .append(escape(entity.path("type").asText())).append("</td><td data-label=\"Also\">")
                    .append(escape(Exports.joined(entity.path("aliases")))).append("</td><td data-label=\"Roles\">")
                    .append(escape(Exports.joined(entity.path("roles")))).append("</td><td data-label=\"Articles\">")
                    .append(entity.path("articles").size()).append("</td></tr>");
        }
        send(ctx, "Entities", body.append("</tbody></table>").toString());
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode entity = corpus.entity(id);
        if (entity == null) {
            throw ApiException.notFound("entity", id, "Entities are linked from the article pages.");
        }
        List<ObjectNode> said = corpus.statements(StatementFilter.ALL,
                statement -> id.equals(statement.path("speaker_entity").asText()));
        Map<String, String> titles = new HashMap<>();
        for (ObjectNode article : corpus.articles()) {
            String title = Exports.field(article, "/title");
            titles.put(article.path("id").asText(), title != null ? title : article.path("source").asText());
        }
        List<ObjectNode> about = corpus.statements(StatementFilter.ALL, EntityPage.namedBy(entity));
        send(ctx, entity.path("name").asText(), EntityPage.html(entity, said, about, titles));
    }

    private void cluster(Context ctx) {
        String id = ctx.pathParam("id");
        List<ObjectNode> statements = ApiRoutes.clusterStatements(corpus, id);
        StringBuilder body = new StringBuilder("<h1>One utterance, every report of it</h1><p>")
                .append(statements.size()).append(" report").append(statements.size() == 1 ? "" : "s")
                .append(" in ").append(statements.stream().map(s -> s.path("article").path("id").asText()).distinct()
                        .count()).append(" article(s).</p>")
                .append(Layout.exports("/api/clusters/" + Html.url(id), "", true))
                .append(StatementTable.html(statements));
        send(ctx, "Cluster", body.toString());
    }

    private void search(Context ctx) {
        String q = Requests.parameter(ctx, "q");
        StringBuilder body = new StringBuilder("<h1>Search</h1><form class=\"filters\" action=\"/search\" "
                + "method=\"get\"><label>Query <input id=\"q\" type=\"search\" name=\"q\" value=\"").append(escape(q))
                .append("\"></label><button type=\"submit\">Search</button></form><p class=\"small\">Lucene syntax: "
                        + "words, &quot;a phrase&quot;, AND, OR, NOT, and the fields title:, body:, content:, "
                        + "speaker:.</p>");
        if (q != null) {
            Page page = Requests.page(ctx);
            List<SearchIndex.Hit> hits = corpus.search(q, page.offset() + page.limit());
            body.append(Layout.exports("/api/search", "?q=" + Html.url(q), false))
                    .append(Layout.pager("/search", "?q=" + Html.url(q), page, hits.size())).append("<ol class=\"hits\">");
            for (SearchIndex.Hit hit : hits.subList(Math.min(page.offset(), hits.size()), hits.size())) {
                String href = "/articles/" + hit.articleId() + (hit.statementId() == null ? "" : "#s" + hit.statementId());
                body.append("<li class=\"hit\"><p>").append(hit.speaker() == null ? ""
                        : "<strong>" + escape(hit.speaker()) + "</strong>: ").append(Layout.link(href, hit.sentence()))
                        .append("</p><p class=\"small\">").append(escape(hit.kind())).append(" in ")
                        .append(escape(hit.title() != null ? hit.title() : hit.source()))
                        .append(hit.outlet() == null ? "" : " (" + escape(hit.outlet()) + ")").append("</p></li>");
            }
            body.append("</ol>");
        }
        send(ctx, q == null ? "Search" : "Search: " + q, body.toString());
    }
}
