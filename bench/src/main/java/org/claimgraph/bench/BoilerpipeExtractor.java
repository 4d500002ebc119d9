package org.claimgraph.bench;

import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.StringReader;
import java.util.List;
import org.claimgraph.eval.ExtractionEvaluation.Extracted;
import org.claimgraph.read.Decoder;
import org.claimgraph.read.InputFormat;
import org.xml.sax.InputSource;

/**
 * boilerpipe 1.1.0's {@link ArticleExtractor} on the page decoded by claimgraph's {@link Decoder}. This does what
 * {@code ArticleExtractor.INSTANCE.getText(html)} does, but keeps the parsed {@link TextDocument} so its title (the
 * page's {@code <title>}, as boilerpipe reads it) can be scored too. boilerpipe finds no authors.
 */
public final class BoilerpipeExtractor implements BodyExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public boolean givesTitle() {
        return true;
    }

    @Override
    public boolean givesAuthors() {
        return false;
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    @Override
    public Extracted extract(BenchPage page) throws Exception {
        String html = Decoder.decode(page.source(), page.bytes(), InputFormat.HTML).text();
        TextDocument document = new BoilerpipeSAXInput(new InputSource(new StringReader(html))).getTextDocument();
        ArticleExtractor.INSTANCE.process(document);
        return new Extracted(document.getContent(), document.getTitle(), List.of());
    }
}
