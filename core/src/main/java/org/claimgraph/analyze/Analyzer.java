package org.claimgraph.analyze;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.HtmlExtractor;
import org.claimgraph.extract.LanguageGuesser;
import org.claimgraph.extract.TextExtractor;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputException;
import org.claimgraph.read.InputFormat;
import org.claimgraph.read.InputLoader;
import org.claimgraph.read.Loaded;

/**
 * One input to one {@link Document}: read and decode, extract the body and metadata, then (in later stages) annotate.
 * Thread-safe: one instance serves all worker threads.
 */
public final class Analyzer {

    private final AnalyzeOptions options;
    private final InputLoader loader;
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor plainText = new TextExtractor();

    public Analyzer(AnalyzeOptions options) {
        this.options = options;
        this.loader = new InputLoader(options.maxBytes());
    }

    public Document analyze(Input input) throws InputException {
        Loaded loaded = loader.load(input);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        Extraction extraction = extract(loaded);
        diagnostics.addAll(extraction.diagnostics());
        String text = options.clean() ? extraction.text() : loaded.text();
        Metadata metadata = loaded.given().orElse(extraction.metadata());
        if (metadata.language() == null) {
            metadata = metadata.withLanguage(LanguageGuesser.guess(text));
        }
        if (metadata.published() == null && options.published() != null) {
            metadata = metadata.withPublished(options.published());
            diagnostics.add(Diagnostic.info("metadata",
                    "the article states no publication date; using --published " + options.published()));
        }
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.warning("extract", "no article body found: the text is empty. "
                    + "If the input is an article, try --no-clean to keep all of it."));
        }
        return new Document(loaded.id(), loaded.source(), metadata, text, Annotations.EMPTY, diagnostics);
    }

    private Extraction extract(Loaded loaded) {
        if (loaded.format() == InputFormat.JSONL) {
            return new Extraction(loaded.text(), Metadata.EMPTY, List.of()); // already extracted by whoever wrote it
        }
        if (loaded.format() == InputFormat.HTML) {
            String baseUri = loaded.source().startsWith("http") ? loaded.source() : "";
            return html.extract(loaded.text(), baseUri);
        }
        return plainText.extract(loaded.text());
    }
}
