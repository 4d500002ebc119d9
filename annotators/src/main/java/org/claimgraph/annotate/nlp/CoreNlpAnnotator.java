package org.claimgraph.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Runs CoreNLP where it is strong: tokens, sentences, part of speech, lemmas, named entities (one CRF model, without
 * the fine-grained gazetteers whose regular expressions cost three quarters of NER time), numbers, SUTime and
 * dependency parses. No coreference and no quote annotator: both are far slower than the rules that replace them.
 *
 * <p>The models load once, on first use, and one pipeline serves all threads.
 */
public final class CoreNlpAnnotator implements Annotator<ParsedText> {

    private final Properties properties;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    public CoreNlpAnnotator(Properties properties) {
        this.properties = properties;
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
        pipeline().annotate(annotation);
        return new ParsedText(new CoreDocument(annotation));
    }

    /** Loads the models now rather than on the first article (they take seconds). */
    public void load() {
        pipeline();
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                loaded = pipeline;
                if (loaded == null) {
                    RedwoodConfiguration.errorLevel().apply();
                    loaded = new StanfordCoreNLP(properties);
                    pipeline = loaded;
                }
            }
        }
        return loaded;
    }
}
