package org.claimgraph.bench;

import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.model.Document;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputFormat;

/** claimgraph itself: exactly what {@code claimgraph analyze --only text} does per page, decoding included. */
public final class ClaimgraphExtractor implements BodyExtractor {

    private final Analyzer analyzer = new Analyzer(AnalyzeOptions.defaults());

    @Override
    public String name() {
        return "claimgraph";
    }

    @Override
    public boolean givesTitle() {
        return true;
    }

    @Override
    public boolean givesAuthors() {
        return true;
    }

    @Override
    public boolean threadSafe() {
        return true; // Analyzer is documented as thread-safe
    }

    @Override
    public Extracted extract(BenchPage page) throws Exception {
        Document document = analyzer.analyze(new Input.BytesInput(page.source(), page.bytes(), InputFormat.HTML));
        return new Extracted(document.text(), document.metadata().title(), document.metadata().authors());
    }
}
