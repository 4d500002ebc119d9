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
 * time, since a store's connection serves one thread. The search index and the topics' stance reports follow the
 * store: they are brought up to date (or computed again) after an ingest.
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
        return read(queries -> {
            List<ObjectNode> articles = new ArrayList<>();
            queries.articles(articles::add);
            return articles;
        });
    }

    /** The stored article version with this id, or null. */
    public Document document(String id) {
        return read(queries -> queries.document(id));
    }

    /** The statements the filter selects, also kept by {@code also} (kind, hedges), in the store's order. */
    public List<ObjectNode> statements(StatementFilter filter, Predicate<JsonNode> also) {
        return read(queries -> {
            List<ObjectNode> statements = new ArrayList<>();
            queries.statements(filter, statement -> {
                if (also.test(statement)) {
                    statements.add(statement);
                }
            });
            return statements;
        });
    }

    /** The canonical entities (of a type, or all when null), most mentioned first. */
    public List<ObjectNode> entities(String type, String name) {
        return read(queries -> queries.entities(type, name));
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
    public synchronized List<SearchIndex.Hit> search(String query, int limit) {
        index.update(store);
        try {
            return index.search(query, limit);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    /** The topics loaded at start, by the name used in URLs. */
    public Map<String, TopicStances> topics() {
        return topics;
    }

    /** A loaded topic's stance rows, computed again only after an ingest; null when no topic has that name. */
    public synchronized List<ObjectNode> stances(String topic) {
        TopicStances found = topics.get(topic);
        if (found == null) {
            return null;
        }
        return stanceCache.computeIfAbsent(topic, name -> stanceRows.rows(store, found));
    }

    /** Stores one analysed article (in one transaction); the stance reports are computed again on their next use. */
    public synchronized Store.Ingested ingest(Document document) {
        Store.Ingested result = store.ingest(document);
        stanceCache.clear();
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
