package org.claimgraph.web;

import java.util.List;

/** CSV records (RFC 4180 quoting, CRLF line ends), as the query commands and the export links write them. */
public final class Csv {

    private Csv() {}

    /** One record, its line end included; a null value is an empty field. */
    public static String row(List<String> values) {
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
        return line.append("\r\n").toString();
    }
}
