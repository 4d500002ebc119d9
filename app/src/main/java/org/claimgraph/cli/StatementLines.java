package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.claimgraph.store.Page;
import org.claimgraph.store.StatementFilter;
import org.claimgraph.web.Exports;

/** Writes statements (from the statements and timeline commands) in the chosen format. */
final class StatementLines implements Consumer<ObjectNode> {

    private final PrintWriter out;
    private final QueryFormat format;
    private int count;

    StatementLines(PrintWriter out, QueryFormat format) {
        this.out = out;
        this.format = format;
        if (format == QueryFormat.csv) {
            QueryFormat.csvRow(out, Exports.STATEMENT_COLUMNS);
        }
    }

    @Override
    public void accept(ObjectNode statement) {
        count++;
        switch (format) {
            case jsonl:
                out.println(statement.toString());
                break;
            case csv:
                QueryFormat.csvRow(out, Exports.statementRow(statement));
                break;
            case text:
                String date = QueryFormat.field(statement, "/said_on");
                String where = QueryFormat.field(statement, "/article/title");
                String outlet = QueryFormat.field(statement, "/article/outlet");
                out.printf("%-10s  %s: %s%n            in %s%s [%s]%n", date == null ? "undated" : date,
                        QueryFormat.field(statement, "/speaker/name"),
                        quoted(QueryFormat.field(statement, "/content/text")),
                        where != null ? where : QueryFormat.field(statement, "/article/source"),
                        outlet != null ? " (" + outlet + ")" : "", QueryFormat.field(statement, "/cluster"));
                break;
        }
    }

    /** Takes a statement as its JSON line (the jsonl format only). */
    void acceptLine(String line) {
        count++;
        out.println(line);
    }

    /** The words in quotation marks, unless they carry their own. */
    private static String quoted(String words) {
        return words.startsWith("\"") || words.startsWith("\u201c") ? words : "\"" + words + "\"";
    }

    /** Ends the output: in text, a closing count. */
    void finish() {
        if (format == QueryFormat.text) {
            out.println(count + (count == 1 ? " statement" : " statements"));
        }
        out.flush();
    }

    /** Writes the statements the filter keeps: in article order, or in date order for a timeline. */
    static int print(QueryOptions options, PrintWriter out, StatementFilter filter, boolean timeline) {
        return print(options, out, filter, Page.ALL, timeline);
    }

    /**
     * Writes the page of the statements the filter keeps. In jsonl each statement goes out as the store gives its line,
     * without being parsed into an object and written again (the same text, at a fraction of the cost).
     */
    static int print(QueryOptions options, PrintWriter out, StatementFilter filter, Page page, boolean timeline) {
        return options.store.query(store -> {
            StatementLines lines = new StatementLines(out, options.format);
            if (options.format == QueryFormat.jsonl) {
                if (timeline) {
                    store.queries().timelineLines(filter, page, lines::acceptLine);
                } else {
                    store.queries().statementLines(filter, page, lines::acceptLine);
                }
            } else if (timeline) {
                store.queries().timeline(filter, page, lines);
            } else {
                store.queries().statements(filter, page, lines);
            }
            lines.finish();
        });
    }
}
