package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
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
        return options.store.query(store -> {
            StatementLines lines = new StatementLines(out, options.format);
            if (timeline) {
                store.queries().timeline(filter, lines);
            } else {
                store.queries().statements(filter, lines);
            }
            lines.finish();
        });
    }
}
