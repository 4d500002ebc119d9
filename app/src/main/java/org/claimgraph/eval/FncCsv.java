package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer for the FNC-1 files: fields separated by commas, records by CRLF or LF; a field in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""} stands for one {@code "}). Each record
 * keeps the line on which it starts, so errors can name it.
 */
public final class FncCsv {

    /** One record: its fields and the 1-based line of the file on which it starts. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private FncCsv() {}

    /**
     * Parses a whole file's text. A byte order mark at the start is skipped; empty lines are skipped.
     *
     * @throws IllegalArgumentException when a quoted field is never closed, or a closing quote is followed by
     *     something other than a comma or a line break; the message names the line
     */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean recordStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                recordStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordStarted || field.length() > 0 || afterQuote) {
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, fields));
                }
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                recordStarted = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new IllegalArgumentException(("line %d: '%c' after the closing quote of a field; a quoted field "
                        + "must end at a comma or a line break, and a quote inside it is written twice (\"\")")
                        .formatted(line, c));
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteLine = line;
                recordStarted = true;
            } else {
                field.append(c);
                recordStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(("line %d: a quoted field starts here and is never closed; check for a "
                    + "missing closing quote (a quote inside a field is written twice: \"\")").formatted(quoteLine));
        }
        if (recordStarted || field.length() > 0 || afterQuote) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, fields));
        }
        return rows;
    }

    /** One record as a line of CSV (without the line break), quoting the fields that need it. */
    public static String format(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        return line.toString();
    }
}
