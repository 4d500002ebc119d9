package org.claimgraph.annotate;

import org.claimgraph.annotate.nlp.CoreNlpAnnotator;

/** One CoreNLP pipeline for every test class in the JVM: the models take seconds and most of a gigabyte to load. */
public final class SharedNlp {
    public static final CoreNlpAnnotator NLP = new CoreNlpAnnotator();

    private SharedNlp() {}
}
