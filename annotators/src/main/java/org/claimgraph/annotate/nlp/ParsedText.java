package org.claimgraph.annotate.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.Objects;

/**
 * CoreNLP's analysis of one article's text: sentences, tokens with part of speech, lemma and named-entity tags,
 * normalised numbers and time expressions (SUTime, anchored at the publication date), and dependency parses.
 * Token offsets are UTF-16 offsets into the document's text. Later stages only read it.
 */
public record ParsedText(CoreDocument document) {
    public ParsedText {
        Objects.requireNonNull(document, "document");
    }
}
