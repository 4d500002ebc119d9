package org.claimgraph.bench;

import org.claimgraph.eval.ExtractionEvaluation.Extracted;

/**
 * One extractor under comparison: page bytes in, body text, title and authors out. Implementations are used from one
 * thread at a time unless {@link #threadSafe()} says otherwise.
 */
public interface BodyExtractor {

    /** The name shown in the table. */
    String name();

    /** Whether the tool reports a title at all; if not, its title accuracy is shown as "n/a". */
    boolean givesTitle();

    /** Whether the tool reports authors at all; if not, its author accuracy is shown as "n/a". */
    boolean givesAuthors();

    /** Whether one instance may be called from several threads at once. */
    boolean threadSafe();

    /** Extracts one page. May throw anything: the caller counts that as an empty result for the page. */
    Extracted extract(BenchPage page) throws Exception;
}
