package org.claimgraph.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.claimgraph.corpus.EntityKeys;
import org.claimgraph.json.DocumentJsonReader;
import org.claimgraph.model.Document;

/**
 * The queries over a store. Only current versions count, and a copy of an article counts once (as its original);
 * every value reaches SQL as a bound parameter. Results are JSON objects in the contract's shapes plus what the corpus
 * adds (the article, the cluster, the articles that mention an entity).
 */
public final class StoreQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The articles every query counts: the current version of each, copies left out. */
    private static final String COUNTED = "a.superseded_by IS NULL AND a.duplicate_of IS NULL";

    private final Connection connection;
    private final String where;

    StoreQueries(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /** Statements in the order their articles were stored, each in the contract's shape plus article and cluster. */
    public void statements(StatementFilter filter, Consumer<ObjectNode> sink) {
        statements(filter, Page.ALL, sink);
    }

    /** The statements of {@link #statements(StatementFilter, Consumer)}, only those of one page. */
    public void statements(StatementFilter filter, Page page, Consumer<ObjectNode> sink) {
        statements(filter, false, page, rows -> sink.accept(statementNode(rows)));
    }

    /**
     * The statements of {@link #statements(StatementFilter, Page, Consumer)}, each as its JSON line: the same text as
     * the object's {@code toString()}, written from the stored statement JSON without parsing it.
     */
    public void statementLines(StatementFilter filter, Page page, Consumer<String> sink) {
        statements(filter, false, page, rows -> sink.accept(statementLine(rows)));
    }

    /** Dated statements (the statement's date, else its article's), oldest first. */
    public void timeline(StatementFilter filter, Consumer<ObjectNode> sink) {
        timeline(filter, Page.ALL, sink);
    }

    /** The statements of {@link #timeline(StatementFilter, Consumer)}, only those of one page. */
    public void timeline(StatementFilter filter, Page page, Consumer<ObjectNode> sink) {
        statements(filter, true, page, rows -> sink.accept(statementNode(rows)));
    }

    /** The statements of {@link #timeline(StatementFilter, Page, Consumer)} as JSON lines (see {@link #statementLines}). */
    public void timelineLines(StatementFilter filter, Page page, Consumer<String> sink) {
        statements(filter, true, page, rows -> sink.accept(statementLine(rows)));
    }

    private void statements(StatementFilter filter, boolean timeline, Page page, RowHandler handler) {
        StringBuilder conditions = new StringBuilder(COUNTED);
        List<String> conditionValues = new ArrayList<>();
        if (filter.about() != null) {
            conditions.append(" AND LOWER(s.content) LIKE ? ESCAPE '!'");
            conditionValues.add("%" + likeEscaped(Store.lower(filter.about())) + "%");
        }
        if (filter.from() != null) {
            conditions.append(" AND s.said_on >= ?");
            conditionValues.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.append(" AND s.said_on <= ?");
            conditionValues.add(filter.to()); // said_on holds the day only, so the whole last day is in
        }
        if (timeline) {
            conditions.append(" AND s.said_on IS NOT NULL");
        }
        String select = "SELECT s.contract_json, s.cluster_id, s.speaker_entity, s.said_on, a.id, a.source, a.url, "
                + "a.outlet, a.title, a.published, a.seq, s.position FROM statement s "
                + "JOIN article a ON a.id = s.article_id WHERE " + conditions;
        StringBuilder sql = new StringBuilder();
        List<String> values = new ArrayList<>();
        if (filter.speaker() == null) {
            sql.append(select)
                    .append(timeline ? " ORDER BY s.said_on, a.seq, s.position" : " ORDER BY a.seq, s.position");
            values.addAll(conditionValues);
        } else {
            // One branch per way of naming the speaker, each through its own index (the second leaves out what the
            // first found): with the two conditions joined by OR, H2 reads every statement of the corpus instead.
            String key = EntityKeys.ofName(filter.speaker());
            String named = "SELECT entity_id FROM entity_name WHERE name_key = ?";
            sql.append("SELECT * FROM (").append(select).append(" AND s.speaker_entity IN (").append(named)
                    .append(") UNION ALL ").append(select).append(" AND s.speaker_key = ? AND (s.speaker_entity IS "
                            + "NULL OR s.speaker_entity NOT IN (").append(named).append("))) spoken")
                    .append(timeline ? " ORDER BY said_on, seq, position" : " ORDER BY seq, position");
            values.addAll(conditionValues);
            values.add(key);
            values.addAll(conditionValues);
            values.add(key);
            values.add(key);
        }
        sql.append(page.sql());
        query(sql.toString(), values, handler);
    }

    /** The keys a statement row adds to the stored statement JSON, in the order they are added. */
    private static final List<String> ADDED_KEYS = List.of("cluster", "speaker_entity", "said_on", "article");

    /** A statement row (see {@link #statements(StatementFilter, boolean, Page, RowHandler)}) as a JSON object. */
    private static ObjectNode statementNode(ResultSet rows) throws SQLException {
        ObjectNode statement = (ObjectNode) parse(rows.getString(1));
        statement.put("cluster", rows.getString(2));
        statement.put("speaker_entity", rows.getString(3));
        statement.put("said_on", rows.getString(4));
        ObjectNode article = statement.putObject("article");
        article.put("id", rows.getString(5));
        article.put("source", rows.getString(6));
        article.put("url", rows.getString(7));
        article.put("outlet", rows.getString(8));
        article.put("title", rows.getString(9));
        article.put("published", rows.getString(10));
        return statement;
    }

    /**
     * A statement row as the text of {@code statementNode(rows).toString()}, without parsing the stored JSON or
     * building the object: the stored JSON is Jackson's compact form ({@code ArticleWriter} writes it with {@code
     * toString()}), and a parse and a new {@code toString()} give it back unchanged, so the added keys are appended to
     * it. Should the stored object already hold a key that the row adds (never written so; {@code put} would replace
     * it where it stands), the row takes the slow path. The appended values are escaped as Jackson's generator does.
     */
    private static String statementLine(ResultSet rows) throws SQLException {
        String stored = rows.getString(1);
        if (!appendable(stored)) {
            return statementNode(rows).toString();
        }
        StringBuilder line = new StringBuilder(stored.length() + 300);
        line.append(stored, 0, stored.length() - 1);
        if (stored.length() > 2) {
            line.append(',');
        }
        field(line, "cluster", rows.getString(2)).append(',');
        field(line, "speaker_entity", rows.getString(3)).append(',');
        field(line, "said_on", rows.getString(4)).append(",\"article\":{");
        field(line, "id", rows.getString(5)).append(',');
        field(line, "source", rows.getString(6)).append(',');
        field(line, "url", rows.getString(7)).append(',');
        field(line, "outlet", rows.getString(8)).append(',');
        field(line, "title", rows.getString(9)).append(',');
        field(line, "published", rows.getString(10)).append("}}");
        return line.toString();
    }

    /**
     * Whether the stored JSON is an object that holds none of the added keys. In compact JSON a key is {@code
     * "name":}, which no string value can contain (its quotation marks are escaped), so a plain search finds every
     * key, at any depth; one found anywhere sends the row to the slow path, which is merely slower.
     */
    static boolean appendable(String stored) {
        if (stored.length() < 2 || stored.charAt(0) != '{' || stored.charAt(stored.length() - 1) != '}') {
            return false;
        }
        for (String key : ADDED_KEYS) {
            if (stored.contains("\"" + key + "\":")) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder field(StringBuilder line, String name, String value) {
        line.append('"').append(name).append("\":");
        if (value == null) {
            return line.append("null");
        }
        line.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, line);
        return line.append('"');
    }

    /**
     * Canonical entities, most mentioned first: the contract's entity shape (the most frequent name, every other name
     * as an alias, every role, every mention with its article) plus {@code articles}, the ids of the articles that
     * mention it.
     *
     * @param type an entity type (PERSON, ORGANIZATION...), or null for all
     * @param name a name the entity goes by, or null for all
     */
    public List<ObjectNode> entities(String type, String name) {
        StringBuilder sql = new StringBuilder("SELECT m.entity_id, m.name, m.entity_type, m.contract_json, a.id "
                + "FROM mention m JOIN article a ON a.id = m.article_id WHERE " + COUNTED
                + " AND m.entity_id IS NOT NULL");
        List<String> values = new ArrayList<>();
        if (name != null) {
            sql.append(" AND m.entity_id IN (SELECT entity_id FROM entity_name WHERE name_key = ?)");
            values.add(EntityKeys.ofName(name));
        }
        sql.append(" ORDER BY a.seq, m.local_id");
        Map<String, CanonicalEntity> entities = new LinkedHashMap<>();
        query(sql.toString(), values, rows -> entities.computeIfAbsent(rows.getString(1), CanonicalEntity::new)
                .add(rows.getString(2), rows.getString(3), parse(rows.getString(4)), rows.getString(5)));
        List<ObjectNode> result = new ArrayList<>();
        entities.values().stream()
                .filter(entity -> type == null || entity.type().equalsIgnoreCase(type))
                .sorted(Comparator.comparingInt(CanonicalEntity::articleCount).reversed()
                        .thenComparing(CanonicalEntity::name))
                .forEach(entity -> result.add(entity.toJson()));
        return result;
    }

    /** Every current article version in the contract's document shape, oldest first, plus its corpus links. */
    public void articles(Consumer<ObjectNode> sink) {
        query("SELECT a.document, a.version_number, a.story, a.duplicate_of, a.resemblance FROM article a "
                + "WHERE a.superseded_by IS NULL ORDER BY a.seq", List.of(), rows -> {
                    ObjectNode document = (ObjectNode) parse(rows.getString(1));
                    document.put("version", rows.getInt(2));
                    document.put("story", rows.getString(3));
                    document.put("duplicate_of", rows.getString(4));
                    sink.accept(document);
                });
    }

    /** An article version as the search index takes it: its words, and its statements' words and speakers. */
    public record IndexableArticle(String id, long seq, String story, boolean counted, String source, String url,
            String outlet, String title, String published, String body, List<IndexableStatement> statements) {}

    /** One statement as the search index takes it. */
    public record IndexableStatement(String id, String speaker, String content, String saidOn, String cluster) {}

    /**
     * The article versions stored after {@code seq}, in the order they were stored, at most {@code limit}. {@code
     * counted} is false for a copy of another article.
     */
    public List<IndexableArticle> storedAfter(long seq, int limit) {
        List<IndexableArticle> articles = new ArrayList<>();
        query("SELECT a.id, a.seq, a.story, a.duplicate_of, a.source, a.url, a.outlet, a.title, a.published, a.body "
                + "FROM article a WHERE a.seq > ? ORDER BY a.seq", List.of(seq), limit, rows -> articles.add(
                        new IndexableArticle(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4) == null, rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getString(9), rows.getString(10), List.of())));
        List<IndexableArticle> result = new ArrayList<>();
        for (IndexableArticle article : articles) {
            List<IndexableStatement> statements = new ArrayList<>();
            query("SELECT s.local_id, s.contract_json, s.content, s.said_on, s.cluster_id FROM statement s "
                    + "WHERE s.article_id = ? ORDER BY s.position", List.of(article.id()), rows -> statements.add(
                            new IndexableStatement(rows.getString(1),
                                    parse(rows.getString(2)).path("speaker").path("name").asText(),
                                    rows.getString(3), rows.getString(4), rows.getString(5))));
            result.add(new IndexableArticle(article.id(), article.seq(), article.story(), article.counted(),
                    article.source(), article.url(), article.outlet(), article.title(), article.published(),
                    article.body(), List.copyOf(statements)));
        }
        return result;
    }

    /** The stored article version with this id, read back whole; null when the store has none. */
    public Document document(String articleId) {
        List<Document> found = new ArrayList<>();
        query("SELECT a.document FROM article a WHERE a.id = ?", List.of(articleId),
                rows -> found.add(DocumentJsonReader.read(rows.getString(1))));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every stored version of the article with this id (its story), oldest first. */
    public List<ObjectNode> versions(String articleId) {
        List<ObjectNode> result = new ArrayList<>();
        query("SELECT a.document, a.version_number, a.superseded_by FROM article a WHERE a.story = "
                + "(SELECT story FROM article WHERE id = ?) ORDER BY a.version_number", List.of(articleId), rows -> {
                    ObjectNode document = (ObjectNode) parse(rows.getString(1));
                    document.put("version", rows.getInt(2));
                    document.put("superseded_by", rows.getString(3));
                    result.add(document);
                });
        return result;
    }

    /** How many article versions, counted articles, copies, canonical entities and statement clusters are stored. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("versions", count("SELECT COUNT(*) FROM article"));
        counts.put("articles", count("SELECT COUNT(*) FROM article a WHERE " + COUNTED));
        counts.put("copies", count("SELECT COUNT(*) FROM article a WHERE a.duplicate_of IS NOT NULL "
                + "AND a.superseded_by IS NULL"));
        counts.put("entities", count("SELECT COUNT(*) FROM entity"));
        counts.put("statements", count("SELECT COUNT(*) FROM statement s JOIN article a ON a.id = s.article_id "
                + "WHERE " + COUNTED));
        counts.put("clusters", count("SELECT COUNT(DISTINCT s.cluster_id) FROM statement s JOIN article a "
                + "ON a.id = s.article_id WHERE a.superseded_by IS NULL"));
        return counts;
    }

    /**
     * One schema.org {@code Claim} (JSON-LD) per statement cluster: the words, who said them, when, and every current
     * article that carries them (copies included) as an appearance. No rating: claimgraph reports, it never rules.
     */
    public void claims(Consumer<ObjectNode> sink) {
        String sql = "SELECT s.cluster_id, s.contract_json, s.said_on, a.url, a.source, a.title, a.outlet, "
                + "a.published FROM statement s JOIN article a ON a.id = s.article_id "
                + "WHERE a.superseded_by IS NULL ORDER BY s.cluster_id, a.seq, s.position";
        ClaimBuilder[] current = {null};
        query(sql, List.of(), rows -> {
            String cluster = rows.getString(1);
            if (current[0] == null || !current[0].cluster.equals(cluster)) {
                if (current[0] != null) {
                    sink.accept(current[0].toJson());
                }
                current[0] = new ClaimBuilder(cluster);
            }
            current[0].add(parse(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5),
                    rows.getString(6), rows.getString(7), rows.getString(8));
        });
        if (current[0] != null) {
            sink.accept(current[0].toJson());
        }
    }

    private static final class ClaimBuilder {
        final String cluster;
        JsonNode first;
        String date;
        final ArrayNode appearances = JSON.createArrayNode();
        final Set<String> seen = new LinkedHashSet<>();

        ClaimBuilder(String cluster) {
            this.cluster = cluster;
        }

        void add(JsonNode statement, String saidOn, String url, String source, String title, String outlet,
                String published) {
            if (first == null) {
                first = statement; // the earliest stored report speaks for the cluster
            }
            if (saidOn != null && (date == null || saidOn.compareTo(date) < 0)) {
                date = saidOn;
            }
            String address = url != null ? url : source;
            if (seen.add(address)) {
                ObjectNode appearance = appearances.addObject().put("@type", "CreativeWork");
                if (url != null) {
                    appearance.put("url", url);
                } else {
                    appearance.put("identifier", source);
                }
                if (title != null) {
                    appearance.put("headline", title);
                }
                if (outlet != null) {
                    appearance.putObject("publisher").put("@type", "Organization").put("name", outlet);
                }
                if (published != null) {
                    appearance.put("datePublished", published);
                }
            }
        }

        ObjectNode toJson() {
            ObjectNode claim = JSON.createObjectNode();
            claim.put("@context", "https://schema.org");
            claim.put("@type", "Claim");
            claim.put("identifier", cluster);
            claim.put("text", first.path("content").path("text").asText());
            JsonNode speaker = first.path("speaker");
            String speakerType = speaker.path("type").asText();
            if (!speakerType.equals("ANONYMOUS") && !speakerType.equals("UNKNOWN")) {
                claim.putObject("author").put("@type", speakerType.equals("PERSON") ? "Person" : "Organization")
                        .put("name", speaker.path("name").asText());
            }
            if (date != null) {
                claim.put("datePublished", date);
            }
            claim.set("appearance", appearances);
            return claim;
        }
    }

    /** The entities of many articles that resolve to one canonical entity. */
    private static final class CanonicalEntity {
        final String id;
        final Map<String, Integer> names = new HashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final ArrayNode mentions = JSON.createArrayNode();
        final Set<String> articles = new LinkedHashSet<>();

        CanonicalEntity(String id) {
            this.id = id;
        }

        void add(String name, String type, JsonNode json, String article) {
            int mentionCount = Math.max(1, json.path("mentions").size());
            names.merge(name, mentionCount, Integer::sum);
            types.merge(type, mentionCount, Integer::sum);
            aliases.add(name);
            json.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            json.path("roles").forEach(role -> roles.add(role.asText()));
            for (JsonNode mention : json.path("mentions")) {
                ((ObjectNode) mention).put("article", article);
                mentions.add(mention);
            }
            articles.add(article);
        }

        int articleCount() {
            return articles.size();
        }

        /** The name used most, the longest among equals ("Ines Okafor" over "Okafor" when as frequent). */
        String name() {
            return best(names);
        }

        String type() {
            return best(types);
        }

        private static String best(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparingInt(e -> e.getKey().length())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
        }

        ObjectNode toJson() {
            ObjectNode json = JSON.createObjectNode();
            String name = name();
            json.put("id", id).put("name", name).put("type", type());
            ArrayNode aliasArray = json.putArray("aliases");
            aliases.stream().filter(alias -> !alias.equals(name)).forEach(aliasArray::add);
            roles.forEach(json.putArray("roles")::add);
            json.set("mentions", mentions);
            articles.forEach(json.putArray("articles")::add);
            return json;
        }
    }

    /**
     * What breaks the store's invariants, one line each; empty for a consistent store. Each article version is written
     * in one transaction, so a killed ingest must leave this empty.
     */
    public List<String> consistencyProblems() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("mentions of missing articles", "SELECT COUNT(*) FROM mention m WHERE NOT EXISTS "
                + "(SELECT 1 FROM article a WHERE a.id = m.article_id)");
        checks.put("statements of missing articles", "SELECT COUNT(*) FROM statement s WHERE NOT EXISTS "
                + "(SELECT 1 FROM article a WHERE a.id = s.article_id)");
        checks.put("band keys of missing articles", "SELECT COUNT(*) FROM article_band b WHERE NOT EXISTS "
                + "(SELECT 1 FROM article a WHERE a.id = b.article_id)");
        checks.put("band keys of missing statements", "SELECT COUNT(*) FROM statement_band b WHERE NOT EXISTS "
                + "(SELECT 1 FROM statement s WHERE s.article_id = b.article_id AND s.local_id = b.local_id)");
        checks.put("mentions of missing entities", "SELECT COUNT(*) FROM mention m WHERE m.entity_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM entity e WHERE e.id = m.entity_id)");
        checks.put("keys of missing entities", "SELECT COUNT(*) FROM entity_key k WHERE NOT EXISTS "
                + "(SELECT 1 FROM entity e WHERE e.id = k.entity_id)");
        checks.put("weak keys of missing entities", "SELECT COUNT(*) FROM entity_weak_key k WHERE NOT EXISTS "
                + "(SELECT 1 FROM entity e WHERE e.id = k.entity_id)");
        checks.put("speakers that are missing entities", "SELECT COUNT(*) FROM statement s WHERE s.speaker_entity "
                + "IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entity e WHERE e.id = s.speaker_entity)");
        checks.put("versions superseded by missing articles", "SELECT COUNT(*) FROM article a WHERE "
                + "a.superseded_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article n WHERE n.id = a.superseded_by)");
        checks.put("copies of missing articles", "SELECT COUNT(*) FROM article a WHERE a.duplicate_of IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM article o WHERE o.id = a.duplicate_of)");
        checks.put("stories with more than one current version", "SELECT COUNT(*) FROM (SELECT a.story FROM "
                + "article a WHERE a.superseded_by IS NULL GROUP BY a.story HAVING COUNT(*) > 1) t");
        List<String> problems = new ArrayList<>();
        checks.forEach((what, sql) -> {
            long count = count(sql);
            if (count > 0) {
                problems.add(count + " " + what);
            }
        });
        List<String> mismatched = new ArrayList<>();
        query("SELECT a.id, a.document, (SELECT COUNT(*) FROM mention m WHERE m.article_id = a.id), "
                + "(SELECT COUNT(*) FROM statement s WHERE s.article_id = a.id) FROM article a", List.of(), rows -> {
                    JsonNode document = parse(rows.getString(2));
                    if (document.path("entities").size() != rows.getLong(3)
                            || document.path("statements").size() != rows.getLong(4)) {
                        mismatched.add(rows.getString(1));
                    }
                });
        if (!mismatched.isEmpty()) {
            problems.add(mismatched.size() + " articles whose entities or statements are not all stored: "
                    + mismatched.subList(0, Math.min(5, mismatched.size())));
        }
        return problems;
    }

    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }

    private void query(String sql, List<?> values, RowHandler handler) {
        query(sql, values, 0, handler);
    }

    /** Runs a query with bound values (strings and numbers), at most {@code maxRows} rows (0: all). */
    private void query(String sql, List<?> values, int maxRows, RowHandler handler) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            select.setMaxRows(maxRows);
            select.setFetchSize(200);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store at " + where + " (" + Store.firstLine(e.getMessage())
                    + "). Check that the database is reachable and is a claimgraph store.", e);
        }
    }

    private long count(String sql) {
        long[] result = {0};
        query(sql, List.of(), rows -> result[0] = rows.getLong(1));
        return result[0];
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the store holds JSON it cannot read back: " + e.getMessage(), e);
        }
    }

    /** The value with LIKE's wildcards taken literally (escape character '!'). */
    static String likeEscaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
