package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.store.Store;
import org.claimgraph.web.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Writes out the stored corpus: the latest version of every article.",
            "",
            "  jsonl        one article a line in the contract's document shape, plus 'version', 'story' (the",
            "               id of its first version) and 'duplicate_of' (the original of a copy, else null)",
            "  csv          one article a row: id, source, url, outlet, title, published, language, version,",
            "               duplicate_of, entities, statements",
            "  claimreview  one schema.org Claim (JSON-LD) a line per reported utterance: its words, who said",
            "               them, when, and every article that carries them as an appearance. No rating:",
            "               claimgraph reports what was said, it never rules on what is true.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  The whole store as JSON Lines, to a file (written atomically):",
            "    ./claimgraph export --format jsonl --out corpus.jsonl",
            "  ClaimReview-ready claims for a fact-checking tool:",
            "    ./claimgraph export --format claimreview > claims.jsonl",
        })
public final class ExportCommand implements Callable<Integer> {

    /** Export formats. */
    public enum Format {
        jsonl,
        csv,
        claimreview
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the default), csv or claimreview.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. It is replaced only when the export ends.")
    Path out;

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return storeOptions.query(store -> export(store));
    }

    private void export(Store store) throws IOException {
        try (OutputTarget target = OutputTarget.open(out, spec.commandLine().getOut())) {
            PrintWriter writer = new PrintWriter(target.writer());
            switch (format) {
                case jsonl:
                    store.queries().articles(document -> writer.println(document.toString()));
                    break;
                case csv:
                    QueryFormat.csvRow(writer, Exports.ARTICLE_COLUMNS);
                    store.queries().articles(document -> QueryFormat.csvRow(writer, Exports.articleRow(document)));
                    break;
                case claimreview:
                    store.queries().claims(claim -> writer.println(claim.toString()));
                    break;
            }
            writer.flush();
            if (writer.checkError()) {
                throw new IOException("the output could not be written");
            }
            target.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("cannot write the export" + (out == null ? "" : " to " + out) + ": "
                    + e.getMessage(), e);
        }
    }
}
