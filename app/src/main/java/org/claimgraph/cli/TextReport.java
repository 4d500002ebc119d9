package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Document;
import org.claimgraph.model.Metadata;

/** A document as a report for a person to read ({@code --format text}). */
final class TextReport {

    private static final int WIDTH = 100;

    private TextReport() {}

    static String render(Document document) {
        Metadata metadata = document.metadata();
        StringBuilder out = new StringBuilder();
        String title = metadata.title() == null ? "(no title)" : metadata.title();
        out.append(title).append('\n').append("=".repeat(Math.min(WIDTH, Math.max(3, title.length())))).append('\n');
        line(out, "source", document.source());
        line(out, "id", document.id());
        line(out, "authors", metadata.authors().isEmpty() ? null : String.join("; ", metadata.authors()));
        line(out, "published", metadata.published());
        line(out, "outlet", metadata.outlet());
        line(out, "url", metadata.url());
        line(out, "language", metadata.language());
        out.append('\n');
        for (String paragraph : document.text().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                wrap(out, paragraph.strip().replaceAll("\\s+", " "));
                out.append('\n');
            }
        }
        if (!document.diagnostics().isEmpty()) {
            out.append("Diagnostics\n-----------\n");
            for (Diagnostic diagnostic : document.diagnostics()) {
                out.append("  ").append(diagnostic.severity().jsonName()).append(" [").append(diagnostic.stage())
                        .append("] ").append(diagnostic.message()).append('\n');
            }
            out.append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(java.util.Locale.ROOT, "%-10s %s%n", label + ":", value == null ? "-" : value));
    }

    private static void wrap(StringBuilder out, String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        lines.forEach(l -> out.append(l).append('\n'));
    }
}
