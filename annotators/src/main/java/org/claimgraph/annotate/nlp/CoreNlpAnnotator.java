package org.claimgraph.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.claimgraph.annotate.Layers;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Runs CoreNLP where it is strong: tokens, sentences, part of speech, lemmas, named entities (one CRF model, without
 * the fine-grained gazetteers whose regular expressions cost three quarters of NER time), numbers, SUTime and
 * dependency parses. No coreference and no quote annotator: both are far slower than the rules that replace them.
 *
 * <p>SUTime and the dependency parser, which take most of the time, run only on the sentences that need them
 * ({@link SentenceNeeds}): SUTime where a token can anchor a time expression, the parser where a later stage reads
 * the graph. A sentence left unparsed gets a graph with its words and no edges (every word a root), which the stages
 * read as "nothing found here". The property {@code claimgraph.selective} says which steps are selective:
 * {@code true} (both, the default), {@code sutime}, {@code depparse} or {@code false} (neither); the system property
 * of that name overrides it (e.g. {@code JAVA_OPTS="-Xmx3g -Dclaimgraph.selective=false"} to compare).
 *
 * <p>The models load once, on first use, on all cores at once, and one set of models serves all threads.
 */
public final class CoreNlpAnnotator implements org.claimgraph.pipeline.Annotator<ParsedText> {

    /** Property: which of SUTime and the parser run only on the sentences that need them (see the class comment). */
    public static final String SELECTIVE = "claimgraph.selective";

    private final Properties properties;
    private final SentenceNeeds needs;
    private volatile Models models;

    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    public CoreNlpAnnotator(Properties properties) {
        this.properties = properties;
        this.needs = SentenceNeeds.standard();
    }

    /** The settings chosen by measurement (see docs/BENCHMARKS.md). */
    public static Properties defaultProperties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.useSUTime", "true");
        properties.setProperty("ner.applyNumericClassifiers", "true");
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("sutime.includeRange", "true");
        // part of the parse cache key (app's AttributionParses): the word lists' version changes the parses
        properties.setProperty(SELECTIVE, "true");
        properties.setProperty("claimgraph.selective.version", "1");
        return properties;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Layer<ParsedText> produces() {
        return Layers.PARSE;
    }

    @Override
    public List<ParsedText> annotate(Inputs in) {
        return List.of(parse(in.text(), in.document().metadata().published()));
    }

    /** Parses a text; relative dates are anchored at {@code published} (ISO-8601) when it is given. */
    public ParsedText parse(String text, String published) {
        Annotation annotation = new Annotation(text);
        if (published != null && published.length() >= 10) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.substring(0, 10));
        }
        Models loaded = models();
        loaded.base().annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (loaded.plainNer() == null) {
            loaded.timedNer().annotate(annotation);
        } else {
            annotateSome(loaded.timedNer(), annotation, sentences, needs::mayHoldTime);
            annotateSome(loaded.plainNer(), annotation, sentences, sentence -> !needs.mayHoldTime(sentence));
        }
        loaded.mentions().annotate(annotation);
        if (loaded.selectiveParse()) {
            annotateSome(loaded.parser(), annotation, sentences, needs::needsParse);
            for (CoreMap sentence : sentences) {
                if (!sentence.containsKey(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)) {
                    setUnparsed(sentence);
                }
            }
        } else {
            loaded.parser().annotate(annotation);
        }
        return new ParsedText(new CoreDocument(annotation));
    }

    /** Loads the models now rather than on the first article (they take seconds). */
    public void load() {
        models();
    }

    /**
     * Runs a sentence-level annotator on the sentences that pass {@code which}, as a document of their own that shares
     * the sentences and tokens (so the results land on them).
     */
    private static void annotateSome(Annotator annotator, Annotation document, List<CoreMap> sentences,
            Predicate<CoreMap> which) {
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (which.test(sentence)) {
                chosen.add(sentence);
                tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        if (chosen.size() == sentences.size()) {
            annotator.annotate(document);
            return;
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        part.set(CoreAnnotations.DocIDAnnotation.class, document.get(CoreAnnotations.DocIDAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotator.annotate(part);
    }

    /** The graphs of a sentence the parser skipped: its words, no edges, every word a root. */
    static void setUnparsed(CoreMap sentence) {
        SemanticGraph graph = new SemanticGraph();
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            graph.addRoot(new IndexedWord(token));
        }
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, graph);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
        sentence.set(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class, graph);
        sentence.set(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class, graph);
    }

    private Models models() {
        Models loaded = models;
        if (loaded == null) {
            synchronized (this) {
                loaded = models;
                if (loaded == null) {
                    RedwoodConfiguration.errorLevel().apply();
                    loaded = Models.load(properties);
                    models = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The annotators: tokenizer to lemmas in one CoreNLP pipeline, NER with SUTime (and, when selective, without),
     * the entity mention builder and the dependency parser.
     */
    private record Models(StanfordCoreNLP base, NERCombinerAnnotator timedNer, NERCombinerAnnotator plainNer,
            EntityMentionsAnnotator mentions, DependencyParseAnnotator parser, boolean selectiveParse) {

        /** Loads the models side by side, one task each, on as many threads as there are cores (at least two). */
        static Models load(Properties properties) {
            String steps = System.getProperty(SELECTIVE, properties.getProperty(SELECTIVE, "false"));
            if (!Set.of("true", "false", "sutime", "depparse").contains(steps)) {
                throw new IllegalArgumentException("the property " + SELECTIVE + " is '" + steps
                        + "'; give true, false, sutime or depparse");
            }
            boolean selectiveTime = steps.equals("true") || steps.equals("sutime");
            boolean selectiveParse = steps.equals("true") || steps.equals("depparse");
            Properties base = new Properties();
            base.putAll(properties);
            base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            Properties timed = nerProperties(properties, true);
            Properties plain = nerProperties(properties, false);
            Properties mentionProperties = PropertiesUtils.extractPrefixedProperties(properties,
                    "ner.entitymentions.", true);
            Properties parserProperties = PropertiesUtils.extractPrefixedProperties(properties, "depparse.", true);
            int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "claimgraph-model-load");
                thread.setDaemon(true);
                return thread;
            });
            try {
                // longest first: the parser's embeddings and the two CRF models, then the tagger
                Future<DependencyParseAnnotator> parser =
                        pool.submit(() -> new DependencyParseAnnotator(parserProperties));
                Future<NERCombinerAnnotator> timedNer = pool.submit(ner(timed));
                Future<NERCombinerAnnotator> plainNer = selectiveTime ? pool.submit(ner(plain)) : null;
                Future<StanfordCoreNLP> pipeline = pool.submit(() -> new StanfordCoreNLP(base));
                Future<EntityMentionsAnnotator> mentions = pool.submit(
                        () -> new EntityMentionsAnnotator("ner.entitymentions", mentionProperties));
                return new Models(pipeline.get(), timedNer.get(), plainNer == null ? null : plainNer.get(),
                        mentions.get(), parser.get(), selectiveParse);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("cannot load the CoreNLP models: " + cause.getMessage() + " (the models"
                        + " jar edu.stanford.nlp:stanford-corenlp:models must be on the class path)", cause);
            } finally {
                pool.shutdownNow();
            }
        }

        private static Callable<NERCombinerAnnotator> ner(Properties properties) {
            return () -> {
                try {
                    return new NERCombinerAnnotator(properties);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the NER model "
                            + properties.getProperty("ner.model") + ": " + e.getMessage(), e);
                }
            };
        }

        /** NER settings with or without SUTime; mentions are built once for the whole document afterwards. */
        private static Properties nerProperties(Properties properties, boolean sutime) {
            Properties ner = new Properties();
            ner.putAll(properties);
            ner.setProperty("ner.useSUTime", Boolean.toString(sutime));
            ner.setProperty("ner.buildEntityMentions", "false");
            return ner;
        }
    }
}
