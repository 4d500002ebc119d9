package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How the query commands write their results: JSON Lines, CSV with a header, or text for people. */
enum QueryFormat {
    jsonl,
    csv,
    text;

    /** Writes one CSV record (RFC 4180 quoting). */
    static void csvRow(PrintWriter out, List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        out.print(line.append("\r\n"));
    }

    /** The text of a JSON field, or null when it is missing or null. */
    static String field(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The texts of a JSON array joined with "; ". */
    static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join("; ", values);
    }
}
