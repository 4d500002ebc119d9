package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.store.SearchIndex;
import org.claimgraph.web.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Full-text search over the stored articles and their statements, best matches first, each with the",
            "sentence that matches best. Only the latest version of an article is searched, and a copy of an",
            "article counts once. The index (Lucene) follows the store: each search first adds what was",
            "ingested since the last one.",
            "",
            "QUERY uses Lucene's syntax: words, \"a phrase\", AND, OR, NOT, and the fields title:, body:,",
            "content: (a statement's words) and speaker:.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Articles and statements about a subject, for people:",
            "    ./claimgraph search 'bridge costs' --format text",
            "  What one speaker said about it, as JSON Lines:",
            "    ./claimgraph search 'speaker:Okafor AND vote'",
            "  A PostgreSQL store, with the index in a folder of your choice:",
            "    ./claimgraph search --db jdbc:postgresql://localhost/news?user=me --index ~/news-index harbour",
        })
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for (Lucene query syntax).")
    String queryText;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many results at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The search index's folder (default: 'search' in the --store folder, or "
                    + "./claimgraph-search with --db). It is rebuilt from the store when deleted.")
    Path index;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1, got " + limit + ".");
        }
        return query.store.query(store -> {
            List<SearchIndex.Hit> hits;
            try (SearchIndex opened = SearchIndex.open(query.store.searchIndex(index))) {
                opened.update(store);
                try {
                    hits = opened.search(queryText, limit);
                } catch (IllegalArgumentException e) {
                    throw new UserException(e.getMessage());
                }
            }
            print(hits, spec.commandLine().getOut());
        });
    }

    private void print(List<SearchIndex.Hit> hits, PrintWriter out) {
        if (query.format == QueryFormat.csv) {
            QueryFormat.csvRow(out, Exports.HIT_COLUMNS);
        }
        for (SearchIndex.Hit hit : hits) {
            switch (query.format) {
                case jsonl:
                    out.println(Exports.hitJson(hit).toString());
                    break;
                case csv:
                    QueryFormat.csvRow(out, Exports.hitRow(Exports.hitJson(hit)));
                    break;
                case text:
                    out.printf(Locale.ROOT, "%5.2f  %s%s%n       in %s%s%n", hit.score(),
                            hit.speaker() != null ? hit.speaker() + ": " : "", hit.sentence(),
                            hit.title() != null ? hit.title() : hit.source(),
                            hit.outlet() != null ? " (" + hit.outlet() + ")" : "");
                    break;
            }
        }
        if (query.format == QueryFormat.text) {
            out.println(hits.size() + (hits.size() == 1 ? " result" : " results"));
        }
        out.flush();
    }
}
