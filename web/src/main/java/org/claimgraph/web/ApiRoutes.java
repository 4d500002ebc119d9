package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.json.DocumentJson;
import org.claimgraph.model.Document;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;

/**
 * The JSON API under {@code /api}. Lists come as {@code {"items": [...], "total", "limit", "offset"}}; with {@code
 * format=jsonl} or {@code format=csv} (and {@code format=claimreview} for statements) the whole filtered list is given
 * as a download instead of one page.
 */
final class ApiRoutes {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The largest article body {@code POST /api/articles} takes. */
    static final int MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

    private final Corpus corpus;
    private final ArticleIntake intake;
    private final WriteAccess access;

    ApiRoutes(Corpus corpus, ArticleIntake intake, WriteAccess access) {
        this.corpus = corpus;
        this.intake = intake;
        this.access = access;
    }

    void register(Javalin app) {
        app.get("/api/articles", this::articles);
        app.get("/api/articles/{id}", this::article);
        app.post("/api/articles", this::ingest);
        app.get("/api/statements", this::statements);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{id}", this::entity);
        app.get("/api/clusters/{id}", this::cluster);
        app.get("/api/search", this::search);
        app.get("/api/stances", this::stances);
        app.get("/openapi.json", ctx -> Resources.send(ctx, "openapi.json"));
    }

    private void articles(Context ctx) {
        List<ObjectNode> articles = corpus.articles();
        if (!export(ctx, articles, Exports.ARTICLE_COLUMNS, Exports::articleRow, null)) {
            send(ctx, paged(Requests.page(ctx), articles, ApiRoutes::articleSummary));
        }
    }

    /** An article in the list: its metadata and counts, not its text. */
    static ObjectNode articleSummary(JsonNode document) {
        ObjectNode summary = JSON.createObjectNode();
        for (String field : List.of("id", "source", "url", "outlet", "title", "published", "language")) {
            summary.set(field, document.path(field).isMissingNode() ? null : document.get(field));
        }
        summary.set("authors", document.path("authors"));
        summary.put("version", document.path("version").asInt(1));
        summary.set("duplicate_of", document.get("duplicate_of"));
        summary.put("entities", document.path("entities").size());
        summary.put("statements", document.path("statements").size());
        return summary;
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Document document = corpus.document(id);
        if (document == null) {
            throw ApiException.notFound("article", id, "List the stored articles at /api/articles.");
        }
        send(ctx, DocumentJson.toJson(document));
    }

    private void statements(Context ctx) {
        List<ObjectNode> statements = corpus.statements(Requests.statementFilter(ctx), Requests.statementExtras(ctx));
        if (!export(ctx, statements, Exports.STATEMENT_COLUMNS, Exports::statementRow, statements)) {
            send(ctx, paged(Requests.page(ctx), statements, node -> node));
        }
    }

    private void entities(Context ctx) {
        List<ObjectNode> entities = corpus.entities(Requests.entityType(ctx), Requests.parameter(ctx, "name"));
        if (!export(ctx, entities, Exports.ENTITY_COLUMNS, Exports::entityRow, null)) {
            send(ctx, paged(Requests.page(ctx), entities, node -> node));
        }
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode entity = corpus.entity(id);
        if (entity == null) {
            throw ApiException.notFound("entity", id, "List the entities at /api/entities.");
        }
        ObjectNode result = entity.deepCopy();
        ArrayNode said = result.putArray("statements");
        corpus.statements(StatementFilter.ALL, statement -> id.equals(statement.path("speaker_entity").asText()))
                .forEach(said::add);
        send(ctx, result);
    }

    private void cluster(Context ctx) {
        String id = ctx.pathParam("id");
        List<ObjectNode> statements = clusterStatements(corpus, id);
        if (!export(ctx, statements, Exports.STATEMENT_COLUMNS, Exports::statementRow, statements)) {
            send(ctx, paged(Requests.page(ctx), statements, node -> node));
        }
    }

    /** Every statement of one cluster, across outlets; a 404 when there is none. */
    static List<ObjectNode> clusterStatements(Corpus corpus, String id) {
        List<ObjectNode> statements = corpus.statements(StatementFilter.ALL,
                statement -> id.equals(statement.path("cluster").asText()));
        if (statements.isEmpty()) {
            throw ApiException.notFound("statement cluster", id, "Each statement's 'cluster' field names its "
                    + "cluster: see /api/statements.");
        }
        return statements;
    }

    private void search(Context ctx) {
        String query = Requests.parameter(ctx, "q");
        if (query == null) {
            throw new ApiException(400, "'q' is missing: give a Lucene query, such as /api/search?q=bridge or "
                    + "q=speaker:Okafor AND vote.");
        }
        Page page = Requests.page(ctx);
        boolean download = Requests.parameter(ctx, "format") != null;
        List<ObjectNode> hits = new ArrayList<>(); // a download gives the best MAX_LIMIT, a page what it shows
        corpus.search(query, download ? Page.MAX_LIMIT : page.offset() + page.limit())
                .forEach(hit -> hits.add(Exports.hitJson(hit)));
        if (!export(ctx, hits, Exports.HIT_COLUMNS, Exports::hitRow, null)) {
            ObjectNode result = paged(page, hits, node -> node);
            result.put("total", hits.size()); // the matches found up to the end of this page
            send(ctx, result);
        }
    }

    private void stances(Context ctx) {
        String topic = Requests.parameter(ctx, "topic");
        List<ObjectNode> rows = topic == null ? null : corpus.stances(topic);
        if (rows == null) {
            throw new ApiException(topic == null ? 400 : 404, (topic == null ? "'topic' is missing. "
                    : "There is no topic '" + topic + "'. ") + "Loaded topics: " + corpus.topics().keySet()
                    + ". Load one with 'serve --topic FILE' or a file in the store folder's topics/ folder.");
        }
        if ("csv".equals(Requests.parameter(ctx, "format"))) {
            List<ObjectNode> cells = new ArrayList<>(); // one statement a row, with its cell's holder and position
            for (ObjectNode row : rows) {
                for (JsonNode statement : row.path("row").asText().equals("stance") ? row.path("statements")
                        : JSON.createArrayNode()) {
                    ObjectNode cell = ((ObjectNode) statement).deepCopy();
                    cell.put("holder", row.path("holder").path("name").asText()).put("period", row.path("period")
                            .asText());
                    cells.add(cell);
                }
            }
            export(ctx, cells, STANCE_COLUMNS, ApiRoutes::stanceRow, null);
        } else if (!export(ctx, rows, List.of(), row -> List.of(), null)) {
            ObjectNode result = paged(Requests.page(ctx), rows, node -> node);
            result.put("topic", corpus.topics().get(topic).topic().name());
            send(ctx, result);
        }
    }

    private static final List<String> STANCE_COLUMNS = stanceColumns();

    private static List<String> stanceColumns() {
        List<String> columns = new ArrayList<>(List.of("holder", "period", "position", "reason"));
        columns.addAll(Exports.STATEMENT_COLUMNS);
        return List.copyOf(columns);
    }

    private static List<String> stanceRow(JsonNode cell) {
        List<String> values = new ArrayList<>(List.of(cell.path("holder").asText(), cell.path("period").asText(),
                cell.path("position").asText(), cell.path("reason").asText()));
        values.addAll(Exports.statementRow(cell));
        return values;
    }

    private void ingest(Context ctx) {
        access.check(ctx.header("Authorization"));
        byte[] body = Requests.body(ctx, MAX_ARTICLE_BYTES);
        Document document = intake.analyse(body, ctx.contentType());
        Store.Ingested stored = corpus.ingest(document);
        ObjectNode result = JSON.createObjectNode().put("id", stored.id())
                .put("outcome", stored.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .put("related", stored.related()).put("statements", document.annotations().statements().size())
                .put("entities", document.annotations().entities().size());
        result.put("url", "/api/articles/" + stored.id());
        ctx.status(stored.outcome() == Store.Outcome.UNCHANGED ? 200 : 201);
        send(ctx, result);
    }

    private static <T> ObjectNode paged(Page page, List<T> items, Function<? super T, ? extends JsonNode> json) {
        ObjectNode result = JSON.createObjectNode();
        ArrayNode array = result.putArray("items");
        for (int i = page.offset(); i < items.size() && i < page.offset() + page.limit(); i++) {
            array.add(json.apply(items.get(i)));
        }
        result.put("total", items.size()).put("limit", page.limit()).put("offset", page.offset());
        return result;
    }

    /**
     * Answers with the whole list in the asked {@code format} when it is an export format; false for the JSON page.
     *
     * @param statements the statements behind the list, for {@code claimreview}; null where that format does not apply
     */
    private boolean export(Context ctx, List<ObjectNode> items, List<String> columns,
            Function<JsonNode, List<String>> row, List<ObjectNode> statements) {
        String format = Requests.parameter(ctx, "format");
        if (format == null || format.equals("json")) {
            return false;
        }
        StringBuilder out = new StringBuilder();
        switch (format) {
            case "jsonl":
                items.forEach(item -> out.append(item).append('\n'));
                ctx.contentType("application/x-ndjson; charset=utf-8");
                break;
            case "csv":
                out.append(Csv.row(columns));
                items.forEach(item -> out.append(Csv.row(row.apply(item))));
                ctx.contentType("text/csv; charset=utf-8");
                break;
            case "claimreview":
                if (statements == null) {
                    throw new ApiException(400, "format=claimreview is for statements (/api/statements, "
                            + "/api/clusters/{id}); use json, jsonl or csv here.");
                }
                Set<String> clusters = new LinkedHashSet<>();
                statements.forEach(statement -> clusters.add(statement.path("cluster").asText()));
                corpus.claims(clusters).forEach(claim -> out.append(claim).append('\n'));
                ctx.contentType("application/ld+json; charset=utf-8");
                break;
            default:
                throw new ApiException(400, "'format' must be json, jsonl, csv"
                        + (statements == null ? "" : " or claimreview") + ", got '" + format + "'.");
        }
        String name = ctx.path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        ctx.header("Content-Disposition", "attachment; filename=\"claimgraph-" + name + "."
                + (format.equals("csv") ? "csv" : "jsonl") + "\"");
        ctx.result(out.toString());
        return true;
    }

    static void send(Context ctx, JsonNode json) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(json.toString());
    }
}
