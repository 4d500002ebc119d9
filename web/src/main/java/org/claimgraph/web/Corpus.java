package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.model.Document;
import org.claimgraph.store.SearchIndex;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreQueries;

/**
 * The store as the server reads it: every query goes through {@link StoreQueries} (bound parameters only), one at a
 * time, since a store's connection serves one thread. The lists the pages and the API page through (articles,
 * statements by filter, entities) are kept for {@link #FRESH_MILLIS} so that a burst of requests reads the store once;
 * an ingest through the server drops them at once, and what another process writes (PostgreSQL) shows within that
 * time. The search index and the topics' stance reports follow the store the same way. The lists are shared: callers
 * copy a JSON object before they change it.
 */
public final class Corpus implements AutoCloseable {

    /** Gives a topic's stance report over the store as JSON rows (the rows of {@code stances --format jsonl}). */
    public interface StanceRows {
        List<ObjectNode> rows(Store store, TopicStances topic);
    }

    private final Store store;
    private final SearchIndex index;
    private final Map<String, TopicStances> topics;
    private final StanceRows stanceRows;
    private final Map<String, List<ObjectNode>> stanceCache = new LinkedHashMap<>();
    /** How long a list read from the store is given again without reading it anew. */
    static final long FRESH_MILLIS = 2000;
    private static final int KEPT_LISTS = 16;
    private final Map<Object, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
            return size() > KEPT_LISTS;
        }
    };
    private long indexedAt;
    private long stancesAt;

    /** A list read from the store, and when. */
    private record Kept(List<ObjectNode> list, long at) {}

    /**
     * @param topics the topics by the name they are asked for in URLs (a topic file's name without its extension)
     */
    public Corpus(Store store, Path searchFolder, Map<String, TopicStances> topics, StanceRows stanceRows) {
        this.store = store;
        this.index = SearchIndex.open(searchFolder);
        this.topics = Map.copyOf(topics);
        this.stanceRows = stanceRows;
    }

    /** Runs one read of the store; reads and writes take turns. */
    public synchronized <T> T read(Function<StoreQueries, T> query) {
        return query.apply(store.queries());
    }

    /** The current articles (copies included, marked by duplicate_of) in the contract's shape, oldest first. */
    public List<ObjectNode> articles() {
        return fresh("articles", queries -> {
            List<ObjectNode> articles = new ArrayList<>();
            queries.articles(articles::add);
            return articles;
        });
    }

    /** The list kept under {@code key} when read less than {@link #FRESH_MILLIS} ago, else read again. */
    private synchronized List<ObjectNode> fresh(Object key, Function<StoreQueries, List<ObjectNode>> query) {
        long now = System.currentTimeMillis();
        Kept found = kept.get(key);
        if (found != null && now - found.at() < FRESH_MILLIS) {
            return found.list();
        }
        List<ObjectNode> list = List.copyOf(query.apply(store.queries()));
        kept.put(key, new Kept(list, now));
        return list;
    }

    /** The stored article version with this id, or null. */
    public Document document(String id) {
        return read(queries -> queries.document(id));
    }

    /** The statements the filter selects, also kept by {@code also} (kind, hedges), in the store's order. */
    public List<ObjectNode> statements(StatementFilter filter, Predicate<JsonNode> also) {
        List<ObjectNode> all = fresh(filter, queries -> {
            List<ObjectNode> statements = new ArrayList<>();
            queries.statements(filter, statements::add);
            return statements;
        });
        List<ObjectNode> kept = new ArrayList<>();
        for (ObjectNode statement : all) {
            if (also.test(statement)) {
                kept.add(statement);
            }
        }
        return kept;
    }

    /** The canonical entities (of a type, or all when null), most mentioned first. */
    public List<ObjectNode> entities(String type, String name) {
        return fresh(List.of("entities", String.valueOf(type), String.valueOf(name)),
                queries -> queries.entities(type, name));
    }

    /** The canonical entity with this id, or null. */
    public ObjectNode entity(String id) {
        for (ObjectNode entity : entities(null, null)) {
            if (entity.path("id").asText().equals(id)) {
                return entity;
            }
        }
        return null;
    }

    /** The ClaimReview claims (schema.org JSON-LD) of these statement clusters, in cluster order. */
    public List<ObjectNode> claims(Set<String> clusters) {
        return read(queries -> {
            List<ObjectNode> claims = new ArrayList<>();
            queries.claims(claim -> {
                if (clusters.contains(claim.path("identifier").asText())) {
                    claims.add(claim);
                }
            });
            return claims;
        });
    }

    /**
     * The best {@code limit} matches of a Lucene query, after adding what was ingested since the last search.
     *
     * @throws ApiException (400) when the query does not parse
     */
    public List<SearchIndex.Hit> search(String query, int limit) {
        synchronized (this) {
            long now = System.currentTimeMillis();
            if (now - indexedAt >= FRESH_MILLIS) {
                index.update(store);
                indexedAt = now;
            }
        }
        try { // the index opens its own reader for each search: searches run side by side
            return index.search(query, limit);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    /** The topics loaded at start, by the name used in URLs. */
    public Map<String, TopicStances> topics() {
        return topics;
    }

    /** A loaded topic's stance rows, computed again after an ingest or when 20 s old; null for an unknown topic. */
    public synchronized List<ObjectNode> stances(String topic) {
        TopicStances found = topics.get(topic);
        if (found == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        if (now - stancesAt >= 10 * FRESH_MILLIS) { // judging every article again takes a while: less often
            stanceCache.clear();
            stancesAt = now;
        }
        return stanceCache.computeIfAbsent(topic, name -> List.copyOf(stanceRows.rows(store, found)));
    }

    /** Stores one analysed article (in one transaction); the stance reports are computed again on their next use. */
    public synchronized Store.Ingested ingest(Document document) {
        Store.Ingested result = store.ingest(document);
        stanceCache.clear();
        kept.clear();
        indexedAt = 0;
        return result;
    }

    /** Where the store is, for messages. */
    public String where() {
        return store.where();
    }

    @Override
    public synchronized void close() {
        index.close();
        store.close();
    }
}
