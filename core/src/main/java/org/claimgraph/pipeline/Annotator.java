package org.claimgraph.pipeline;

import java.util.List;
import java.util.Set;

/**
 * One stage of analysis: reads the layers it declares, produces one layer. Pure: the same inputs give the same
 * output, and the input is never changed. Instances are shared by all worker threads.
 */
public interface Annotator<T> {

    /** Stable id, used in configuration, provenance and error messages. */
    String name();

    /** The layers this stage reads (beyond the document's text and metadata, which every stage may read). */
    Set<Layer<?>> requires();

    /** The layer this stage writes. */
    Layer<T> produces();

    /** Annotates one article. Per-article problems go to {@link Inputs#report}, never into exceptions. */
    List<T> annotate(Inputs in);
}
