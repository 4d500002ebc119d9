package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over a store's articles and statements (Lucene), ranked, each hit with the sentence that matches
 * best. The index follows the store: {@link #update} adds what was stored since its last commit (the store's order
 * number is kept in the commit), so it never needs a separate ingest step and a killed update simply resumes. Only
 * the latest version of an article is searchable, and a copy of an article is left out (counted once).
 */
public final class SearchIndex implements AutoCloseable {

    /** One search result: an article or one of its statements. */
    public record Hit(String kind, float score, String articleId, String statementId, String title, String source,
            String url, String outlet, String published, String speaker, String cluster, String sentence) {}

    private static final String SEQ = "claimgraph.seq";
    private static final int BATCH = 200;
    private static final int MAX_SENTENCE = 400;

    private final FSDirectory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final String where;

    private SearchIndex(FSDirectory directory, IndexWriter writer, String where) {
        this.directory = directory;
        this.writer = writer;
        this.where = where;
    }

    /** Opens (creating it when missing) the index in {@code folder}. */
    public static SearchIndex open(Path folder) {
        String where = "'" + folder + "'";
        try {
            Files.createDirectories(folder);
            FSDirectory directory = FSDirectory.open(folder);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            return new SearchIndex(directory, writer, where);
        } catch (IOException e) {
            throw new StoreException("Cannot open the search index at " + where + " (" + e.getMessage() + "). "
                    + "Check that the folder is writable and no other claimgraph search is running, or pass "
                    + "another one with --index.", e);
        }
    }

    /** Adds to the index what the store holds beyond it; returns how many article versions were read. */
    public int update(Store store) {
        try {
            long seq = committedSeq();
            int read = 0;
            while (true) {
                List<StoreQueries.IndexableArticle> batch = store.queries().storedAfter(seq, BATCH);
                if (batch.isEmpty()) {
                    return read;
                }
                for (StoreQueries.IndexableArticle article : batch) {
                    add(article);
                    seq = article.seq();
                }
                read += batch.size();
                writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new StoreException("Cannot update the search index at " + where + " (" + e.getMessage() + "). "
                    + "Check the disk space, or delete the folder to rebuild it.", e);
        }
    }

    private long committedSeq() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(SEQ)) {
                return Long.parseLong(entry.getValue());
            }
        }
        return 0;
    }

    private void add(StoreQueries.IndexableArticle article) throws IOException {
        // a new version replaces every document of the same article; re-adding after a killed update replaces too
        writer.deleteDocuments(new Term("story", article.story()));
        if (!article.counted()) {
            return;
        }
        Document document = common(article, "article", article.id());
        if (article.title() != null) {
            document.add(new TextField("title", article.title(), Field.Store.YES));
        }
        document.add(new TextField("body", article.body(), Field.Store.YES));
        writer.addDocument(document);
        for (StoreQueries.IndexableStatement statement : article.statements()) {
            Document indexed = common(article, "statement", article.id() + "/" + statement.id());
            indexed.add(new StoredField("statement", statement.id()));
            indexed.add(new TextField("content", statement.content(), Field.Store.YES));
            indexed.add(new TextField("speaker", statement.speaker(), Field.Store.YES));
            indexed.add(new StoredField("cluster", statement.cluster()));
            if (statement.saidOn() != null) {
                indexed.add(new StoredField("said_on", statement.saidOn()));
            }
            writer.addDocument(indexed);
        }
    }

    private static Document common(StoreQueries.IndexableArticle article, String kind, String id) {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.YES));
        document.add(new StringField("kind", kind, Field.Store.YES));
        document.add(new StringField("story", article.story(), Field.Store.NO));
        document.add(new StoredField("article", article.id()));
        document.add(new StoredField("source", article.source()));
        storeIfPresent(document, "url", article.url());
        storeIfPresent(document, "outlet", article.outlet());
        storeIfPresent(document, "published", article.published());
        if (article.title() != null) {
            document.add(new StoredField("article_title", article.title()));
        }
        return document;
    }

    private static void storeIfPresent(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }

    /**
     * The best {@code limit} articles and statements for a query in Lucene's syntax ({@code troops AND "border"},
     * {@code speaker:okafor}), best first.
     *
     * @throws IllegalArgumentException when the query is not valid; the message says why
     */
    public List<Hit> search(String queryText, int limit) {
        Query query;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    new String[] {"title", "body", "content", "speaker"}, analyzer,
                    Map.of("title", 2f, "body", 1f, "content", 1.5f, "speaker", 1f));
            query = parser.parse(queryText);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("'" + queryText + "' is not a search query claimgraph can read ("
                    + Store.firstLine(String.valueOf(e.getMessage())) + "). Use words, \"a phrase\", AND, OR, NOT, "
                    + "or a field such as speaker:NAME.", e);
        }
        Set<String> terms = terms(queryText);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(query, Math.max(1, limit)).scoreDocs) {
                Document document = searcher.storedFields().document(scored.doc);
                boolean statement = document.get("kind").equals("statement");
                String sentence = statement ? document.get("content") : bestSentence(document.get("body"), terms);
                hits.add(new Hit(document.get("kind"), scored.score, document.get("article"),
                        document.get("statement"), document.get("article_title"), document.get("source"),
                        document.get("url"), document.get("outlet"), document.get("published"),
                        document.get("speaker"), document.get("cluster"), clip(sentence)));
            }
            return hits;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index at " + where, e);
        }
    }

    /** The analysed words of a query, to find the sentence that holds most of them. */
    private Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terms.removeAll(Set.of("and", "or", "not"));
        return terms;
    }

    /** The sentence of {@code body} that holds the most query words (the first of equals). */
    private String bestSentence(String body, Set<String> terms) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(body);
        String best = "";
        int bestCount = -1;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            String sentence = body.substring(start, end).strip();
            int count = 0;
            for (String word : terms(sentence)) {
                if (terms.contains(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = sentence;
                bestCount = count;
            }
        }
        return best;
    }

    private static String clip(String sentence) {
        return sentence.length() <= MAX_SENTENCE ? sentence : sentence.substring(0, MAX_SENTENCE - 1) + "\u2026";
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index at " + where, e);
        }
    }
}
