package org.claimgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.corpus.EntityKeys;
import org.claimgraph.corpus.NearDuplicates;
import org.claimgraph.corpus.StatementKeys;
import org.claimgraph.json.DocumentJson;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Statement;

/**
 * Writes one analysed article inside the caller's transaction: finds the article it is a new version or a copy of,
 * resolves its entities to canonical entities (merging two canonical entities that a new entity bridges), and
 * clusters its statements with the same utterance reported elsewhere. Every value reaches SQL as a bound parameter.
 */
final class ArticleWriter {

    /** Texts at least this alike are copies of one article (syndication, republication). */
    static final double COPY_RESEMBLANCE = 0.8;
    /** Candidates compared at most per article or statement: bounds the work a crowded band can cause. */
    private static final int MAX_CANDIDATES = 64;
    /**
     * Longest key, source or URL kept in an indexed column: longer names are not names, and PostgreSQL refuses index
     * entries over about 2,700 bytes (600 characters are at most 2,400 bytes of UTF-8). The document keeps them whole.
     */
    private static final int MAX_KEY = 600;
    private static final Pattern JSON_LINE = Pattern.compile("(?s).*\\.jsonl(\\.gz)?:\\d+");
    private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Connection connection;

    ArticleWriter(Connection connection) {
        this.connection = connection;
    }

    Store.Ingested write(Document document) throws SQLException {
        Metadata metadata = document.metadata();
        ObjectNode json = DocumentJson.toJson(document);
        long seq = nextSeq("article");
        Previous previous = previousVersion(document);
        String story = previous == null ? document.id() : previous.story();
        int version = previous == null ? 1 : previous.version() + 1;
        List<String> bands = NearDuplicates.bandKeys(document.text());
        Copy copy = previous == null ? copyOf(document.text(), bands) : null;
        if (previous != null) {
            update("UPDATE article SET superseded_by = ? WHERE story = ? AND superseded_by IS NULL", document.id(),
                    story);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article (id, seq, source, url, "
                + "outlet, title, published, language, story, version_number, superseded_by, duplicate_of, "
                + "resemblance, body, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)")) {
            insert.setString(1, document.id());
            insert.setLong(2, seq);
            insert.setString(3, clip(document.source(), MAX_KEY));
            insert.setString(4, clip(metadata.url(), MAX_KEY));
            insert.setString(5, clip(metadata.outlet(), 1000));
            insert.setString(6, clip(metadata.title(), 4000));
            insert.setString(7, clip(metadata.published(), 64));
            insert.setString(8, clip(metadata.language(), 32));
            insert.setString(9, story);
            insert.setInt(10, version);
            insert.setString(11, copy == null ? null : copy.original());
            if (copy == null) {
                insert.setNull(12, java.sql.Types.DOUBLE);
            } else {
                insert.setDouble(12, copy.resemblance());
            }
            insert.setString(13, document.text());
            insert.setString(14, json.toString());
            insert.executeUpdate();
        }
        for (String band : bands) {
            update("INSERT INTO article_band (band, article_id) VALUES (?, ?)", band, document.id());
        }
        Map<String, String> canonical = writeEntities(document, json.get("entities"));
        writeStatements(document, json.get("statements"), canonical);
        if (previous != null) {
            return new Store.Ingested(Store.Outcome.NEW_VERSION, document.id(), previous.id());
        }
        if (copy != null) {
            return new Store.Ingested(Store.Outcome.COPY, document.id(), copy.original());
        }
        return new Store.Ingested(Store.Outcome.ADDED, document.id(), null);
    }

    private record Previous(String id, String story, int version) {}

    private record Copy(String original, double resemblance) {}

    /** The current version of the same article (same source or same URL), or null. */
    private Previous previousVersion(Document document) throws SQLException {
        String source = versionable(document.source()) ? document.source() : null;
        String url = document.metadata().url();
        if (source == null && url == null) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, story, version_number FROM article "
                + "WHERE superseded_by IS NULL AND (source = ? OR url = ?) ORDER BY seq DESC")) {
            select.setString(1, source == null ? null : clip(source, MAX_KEY));
            select.setString(2, url == null ? null : clip(url, MAX_KEY));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Previous(rows.getString(1), rows.getString(2), rows.getInt(3)) : null;
            }
        }
    }

    /**
     * Whether a source names an article: standard input does not, and neither does a line number in a JSON Lines file
     * ({@code feed.jsonl:12}), a position that the next export of the same feed gives to another article. Such
     * articles are versions of each other only through their URL.
     */
    static boolean versionable(String source) {
        return !source.equals("-") && !source.startsWith("-:") && !JSON_LINE.matcher(source).matches();
    }

    /** The stored article this text is a copy of (the first one stored), or null. */
    private Copy copyOf(String text, List<String> bands) throws SQLException {
        if (bands.isEmpty()) {
            return null;
        }
        Copy best = null;
        for (String candidate : candidates(bands)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT body, duplicate_of FROM article WHERE id = ?")) {
                select.setString(1, candidate);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        continue;
                    }
                    double resemblance = NearDuplicates.resemblance(text, rows.getString(1));
                    if (resemblance >= COPY_RESEMBLANCE && (best == null || resemblance > best.resemblance())) {
                        String original = rows.getString(2) != null ? rows.getString(2) : candidate;
                        best = new Copy(original, resemblance);
                    }
                }
            }
        }
        return best;
    }

    /**
     * Ids of the articles that share band keys with {@code bands}, those sharing most first (the likeliest copies), at
     * most {@link #MAX_CANDIDATES}.
     */
    private List<String> candidates(List<String> bands) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT article_id FROM article_band WHERE band IN "
                + placeholders(bands.size()) + " GROUP BY article_id ORDER BY COUNT(*) DESC, article_id")) {
            for (int i = 0; i < bands.size(); i++) {
                select.setString(i + 1, bands.get(i));
            }
            select.setMaxRows(MAX_CANDIDATES);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** {@code (?, ?, ?)} for {@code count} values. */
    private static String placeholders(int count) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(')').toString();
    }

    /** Resolves each entity of the article to a canonical entity; returns local id to canonical id. */
    private Map<String, String> writeEntities(Document document, JsonNode entitiesJson) throws SQLException {
        Map<String, String> canonical = new HashMap<>();
        List<Entity> entities = document.annotations().entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            List<String> all = EntityKeys.of(entity, document.metadata());
            boolean shortName = EntityKeys.isShortName(all);
            List<String> keys = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            for (String key : all) {
                if (key.length() > MAX_KEY || shortName && (key.startsWith("person:") || key.startsWith("person~:"))) {
                    continue; // a surname alone is no stronger than its weak key, whatever its prefix
                }
                (EntityKeys.isWeak(key) ? weak : keys).add(key);
            }
            String entityId = keys.isEmpty() && weak.isEmpty() ? null : resolve(keys, weak, shortName);
            if (entityId != null) {
                canonical.put(entity.id(), entityId);
                Set<String> names = new LinkedHashSet<>();
                names.add(EntityKeys.ofName(entity.name()));
                entity.aliases().forEach(alias -> names.add(EntityKeys.ofName(alias)));
                keys.forEach(key -> names.add(EntityKeys.namePart(key)));
                for (String name : names) {
                    if (!name.isEmpty() && name.length() <= MAX_KEY && !exists(
                            "SELECT 1 FROM entity_name WHERE name_key = ? AND entity_id = ?", name, entityId)) {
                        update("INSERT INTO entity_name (name_key, entity_id) VALUES (?, ?)", name, entityId);
                    }
                }
            }
            if (!exists("SELECT 1 FROM mention WHERE article_id = ? AND local_id = ?", document.id(), entity.id())) {
                update("INSERT INTO mention (article_id, local_id, entity_id, name, entity_type, contract_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", document.id(), clip(entity.id(), 128), entityId,
                        clip(entity.name(), 1000), entity.type().name(), entitiesJson.get(i).toString());
            }
        }
        return canonical;
    }

    /**
     * The canonical entity for these keys: the one they lead to, a new one when they lead to none, and when they lead
     * to several (the new entity bridges them) the oldest, with the others merged into it. Every key then leads to it.
     */
    private String resolve(List<String> keys, List<String> weak, boolean shortName) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        for (String key : keys) {
            String id = single("SELECT entity_id FROM entity_key WHERE lookup_key = ?", key);
            if (id != null) {
                found.add(id);
            }
        }
        if (found.isEmpty() && shortName) {
            String only = onlyFullNameWith(weak);
            if (only != null) {
                found.add(only);
            }
        }
        String winner;
        if (found.isEmpty()) {
            String first = keys.isEmpty() ? weak.get(0) : keys.get(0);
            winner = "E" + hash(first);
            if (exists("SELECT 1 FROM entity WHERE id = ?", winner)) {
                winner = "E" + hash(first + "#" + nextSeq("entity"));
            }
            update("INSERT INTO entity (id, seq) VALUES (?, ?)", winner, nextSeq("entity"));
        } else {
            winner = oldest(found);
            for (String loser : found) {
                if (!loser.equals(winner)) {
                    merge(loser, winner);
                }
            }
        }
        for (String key : keys) {
            if (!exists("SELECT 1 FROM entity_key WHERE lookup_key = ?", key)) {
                update("INSERT INTO entity_key (lookup_key, entity_id) VALUES (?, ?)", key, winner);
            }
        }
        for (String key : weak) {
            if (!exists("SELECT 1 FROM entity_weak_key WHERE weak_key = ? AND entity_id = ? AND full_name = ?",
                    key, winner, !shortName)) {
                update("INSERT INTO entity_weak_key (weak_key, entity_id, full_name) VALUES (?, ?, ?)",
                        key, winner, !shortName);
            }
            if (!shortName) {
                adoptShortNames(key, winner);
            }
        }
        return winner;
    }

    /** The one entity holding a full name with one of these weak keys; null with none or with two or more. */
    private String onlyFullNameWith(List<String> weak) throws SQLException {
        Set<String> holders = new LinkedHashSet<>();
        for (String key : weak) {
            holders.addAll(strings("SELECT DISTINCT entity_id FROM entity_weak_key WHERE weak_key = ? AND full_name = ?",
                    key, true));
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /**
     * When {@code holder} is now the only full name with this weak key, the entities known only by short names with
     * that key join it, so the order of ingestion does not matter; with a second full name they stay apart.
     */
    private void adoptShortNames(String weakKey, String holder) throws SQLException {
        List<String> fullNames = strings(
                "SELECT DISTINCT entity_id FROM entity_weak_key WHERE weak_key = ? AND full_name = ?", weakKey, true);
        if (fullNames.size() != 1 || !fullNames.get(0).equals(holder)) {
            return;
        }
        for (String shortOnly : strings("SELECT DISTINCT w.entity_id FROM entity_weak_key w WHERE w.weak_key = ? "
                + "AND w.full_name = ? AND w.entity_id <> ? AND NOT EXISTS (SELECT 1 FROM entity_weak_key f "
                + "WHERE f.entity_id = w.entity_id AND f.full_name = ?)", weakKey, false, holder, true)) {
            merge(shortOnly, holder);
        }
    }

    private String oldest(Set<String> ids) throws SQLException {
        String oldest = null;
        long oldestSeq = Long.MAX_VALUE;
        for (String id : ids) {
            String seq = single("SELECT seq FROM entity WHERE id = ?", id);
            long value = seq == null ? Long.MAX_VALUE : Long.parseLong(seq);
            if (oldest == null || value < oldestSeq) {
                oldest = id;
                oldestSeq = value;
            }
        }
        return oldest;
    }

    /** Everything that points at {@code loser} points at {@code winner} afterwards; {@code loser} is gone. */
    private void merge(String loser, String winner) throws SQLException {
        update("UPDATE entity_key SET entity_id = ? WHERE entity_id = ?", winner, loser);
        update("INSERT INTO entity_weak_key (weak_key, entity_id, full_name) SELECT w.weak_key, ?, w.full_name "
                + "FROM entity_weak_key w WHERE w.entity_id = ? AND NOT EXISTS (SELECT 1 FROM entity_weak_key o "
                + "WHERE o.entity_id = ? AND o.weak_key = w.weak_key AND o.full_name = w.full_name)",
                winner, loser, winner);
        update("DELETE FROM entity_weak_key WHERE entity_id = ?", loser);
        update("INSERT INTO entity_name (name_key, entity_id) SELECT n.name_key, ? FROM entity_name n "
                + "WHERE n.entity_id = ? AND NOT EXISTS (SELECT 1 FROM entity_name o WHERE o.entity_id = ? "
                + "AND o.name_key = n.name_key)", winner, loser, winner);
        update("DELETE FROM entity_name WHERE entity_id = ?", loser);
        update("UPDATE mention SET entity_id = ? WHERE entity_id = ?", winner, loser);
        update("UPDATE statement SET speaker_entity = ? WHERE speaker_entity = ?", winner, loser);
        update("DELETE FROM entity WHERE id = ?", loser);
    }

    private void writeStatements(Document document, JsonNode statementsJson, Map<String, String> canonical)
            throws SQLException {
        List<Statement> statements = document.annotations().statements();
        String text = document.text();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            String localId = clip(statement.id(), 128);
            if (exists("SELECT 1 FROM statement WHERE article_id = ? AND local_id = ?", document.id(), localId)) {
                continue;
            }
            String speakerKey = EntityKeys.ofName(statement.speaker().name());
            String speakerEntity = statement.speaker().entity() == null ? null
                    : canonical.get(statement.speaker().entity());
            if (speakerEntity == null && !speakerKey.isEmpty() && speakerKey.length() <= MAX_KEY) {
                speakerEntity = onlyEntityNamed(speakerKey);
            }
            String content = StatementKeys.content(statement, text);
            List<String> bands = StatementKeys.of(statement, text);
            String cluster = cluster(document.id(), content, bands);
            if (cluster == null) {
                cluster = "C" + hash(document.id() + "/" + statement.id());
            }
            String said = statement.date() != null ? statement.date() : document.metadata().published();
            update("INSERT INTO statement (article_id, local_id, position, speaker_entity, speaker_key, cluster_id, "
                    + "said_on, content, contract_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", document.id(), localId,
                    i, speakerEntity, clip(speakerKey, MAX_KEY), cluster, day(said), clip(content, 20000),
                    statementsJson.get(i).toString());
            for (String band : bands) {
                update("INSERT INTO statement_band (band, article_id, local_id) VALUES (?, ?, ?)", band,
                        document.id(), localId);
            }
        }
    }

    /** The entity named so when exactly one has that name, else null (a bare name must not guess). */
    private String onlyEntityNamed(String nameKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT entity_id FROM entity_name WHERE name_key = ?")) {
            select.setString(1, nameKey);
            try (ResultSet rows = select.executeQuery()) {
                String first = rows.next() ? rows.getString(1) : null;
                return rows.next() ? null : first;
            }
        }
    }

    /** The cluster of the most alike statement of another article, when alike enough; else null. */
    private String cluster(String articleId, String content, List<String> bands) throws SQLException {
        if (bands.isEmpty()) {
            return null;
        }
        String best = null;
        double bestResemblance = 0;
        // the statements of other articles sharing most band keys first: the likeliest reports of the same words
        String sql = "SELECT s.cluster_id, s.content FROM statement_band b JOIN statement s "
                + "ON s.article_id = b.article_id AND s.local_id = b.local_id WHERE b.article_id <> ? AND b.band IN "
                + placeholders(bands.size()) + " GROUP BY s.article_id, s.local_id, s.cluster_id, s.content "
                + "ORDER BY COUNT(*) DESC, s.article_id, s.local_id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, articleId);
            for (int i = 0; i < bands.size(); i++) {
                select.setString(i + 2, bands.get(i));
            }
            select.setMaxRows(MAX_CANDIDATES);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String other = rows.getString(2);
                    double resemblance = NearDuplicates.resemblance(content, other);
                    if (StatementKeys.sameUtterance(content, other) && resemblance > bestResemblance) {
                        best = rows.getString(1);
                        bestResemblance = resemblance;
                    }
                }
            }
        }
        return best;
    }

    /** The date part of an ISO-8601 value ("2024-05-28", "2024-05", "2024"), or null when it has none. */
    static String day(String value) {
        if (value == null || value.length() < 4) {
            return null;
        }
        String prefix = value.length() >= 10 ? value.substring(0, 10) : value;
        while (!prefix.isEmpty() && !DAY.matcher(prefix).matches()) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix.length() >= 4 ? prefix : null;
    }

    private long nextSeq(String table) throws SQLException {
        String max = single("SELECT MAX(seq) FROM " + table);
        return max == null ? 1 : Long.parseLong(max) + 1;
    }

    private boolean exists(String sql, Object... values) throws SQLException {
        return single(sql, values) != null;
    }

    private String single(String sql, Object... values) throws SQLException {
        List<String> found = firstColumn(sql, 1, values);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first column of every row the query gives. */
    private List<String> strings(String sql, Object... values) throws SQLException {
        return firstColumn(sql, 0, values);
    }

    private List<String> firstColumn(String sql, int maxRows, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            select.setMaxRows(maxRows);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    update.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    update.setObject(i + 1, values[i]);
                }
            }
            update.executeUpdate();
        }
    }

    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
