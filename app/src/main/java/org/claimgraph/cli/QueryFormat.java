package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.claimgraph.web.Csv;
import org.claimgraph.web.Exports;

/** How the query commands write their results: JSON Lines, CSV with a header, or text for people. */
enum QueryFormat {
    jsonl,
    csv,
    text;

    /** Writes one CSV record (RFC 4180 quoting). */
    static void csvRow(PrintWriter out, List<String> values) {
        out.print(Csv.row(values));
    }

    /** The text of a JSON field, or null when it is missing or null. */
    static String field(JsonNode node, String pointer) {
        return Exports.field(node, pointer);
    }

    /** The texts of a JSON array joined with "; ". */
    static String joined(JsonNode array) {
        return Exports.joined(array);
    }
}
