package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Entity;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeExpression;
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
        appendAnnotations(out, document);
        if (!document.diagnostics().isEmpty()) {
            heading(out, "Diagnostics");
            for (Diagnostic diagnostic : document.diagnostics()) {
                out.append("  ").append(diagnostic.severity().jsonName()).append(" [").append(diagnostic.stage())
                        .append("] ").append(diagnostic.message()).append('\n');
            }
            out.append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private static void appendAnnotations(StringBuilder out, Document document) {
        String text = document.text();
        Annotations annotations = document.annotations();
        if (!annotations.statements().isEmpty()) {
            heading(out, "Statements (" + annotations.statements().size() + ")");
            for (Statement statement : annotations.statements()) {
                StringBuilder head = new StringBuilder();
                head.append(statement.speaker().name()).append(" [").append(statement.speaker().type()).append("]");
                if (statement.cue() != null) {
                    head.append(" ").append(statement.cue().coveredText(text));
                }
                head.append(" (").append(statement.kind().name().toLowerCase(Locale.ROOT)).append(")");
                out.append("  ").append(statement.id()).append("  ").append(head).append('\n');
                out.append("      > ").append(oneLine(statement.content().coveredText(text))).append('\n');
                List<String> notes = new ArrayList<>();
                statement.via().forEach(via -> notes.add("via " + via.name()));
                if (statement.channel() != null) {
                    notes.add("on " + statement.channel());
                }
                if (statement.date() != null) {
                    notes.add("said " + statement.date());
                }
                if (!statement.hedges().isEmpty()) {
                    notes.add("hedges: " + String.join(", ", statement.hedges()));
                }
                if (!notes.isEmpty()) {
                    out.append("      ").append(String.join("; ", notes)).append('\n');
                }
            }
            out.append('\n');
        }
        if (!annotations.entities().isEmpty()) {
            heading(out, "Entities (" + annotations.entities().size() + ")");
            for (Entity entity : annotations.entities()) {
                out.append("  ").append(entity.name()).append(" [").append(entity.type()).append("] ")
                        .append(entity.mentions().size()).append(" mention(s)");
                if (!entity.roles().isEmpty()) {
                    out.append("; ").append(String.join(", ", entity.roles()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!annotations.quantities().isEmpty()) {
            heading(out, "Numbers (" + annotations.quantities().size() + ")");
            for (Quantity quantity : annotations.quantities()) {
                out.append("  ").append(quantity.span().coveredText(text)).append("  = ")
                        .append(quantity.bound().jsonName()).append(' ').append(number(quantity.value()))
                        .append(quantity.unit() == null ? "" : " " + quantity.unit())
                        .append(quantity.statement() == null ? "" : "  (claimed in " + quantity.statement() + ")")
                        .append('\n');
            }
            out.append('\n');
        }
        if (!annotations.stances().isEmpty()) {
            heading(out, "Stances (" + annotations.stances().size() + ")");
            for (org.claimgraph.model.Stance stance : annotations.stances()) {
                out.append("  ").append(stance.holder()).append(": ").append(stance.position().jsonName())
                        .append(" on ").append(stance.topic()).append("  (").append(String.join(", ", stance.evidence()))
                        .append(")\n");
            }
            out.append('\n');
        }
        if (!annotations.times().isEmpty()) {
            heading(out, "Dates and times (" + annotations.times().size() + ")");
            for (TimeExpression time : annotations.times()) {
                out.append("  ").append(time.span().coveredText(text)).append("  = ")
                        .append(time.value() == null ? "(unresolved)" : time.value()).append('\n');
            }
            out.append('\n');
        }
        if (!annotations.loaded().isEmpty()) {
            heading(out, "Loaded wording (" + annotations.loaded().size() + ")");
            for (LoadedWording wording : annotations.loaded()) {
                out.append("  ").append(oneLine(wording.span().coveredText(text))).append("  ")
                        .append(wording.technique()).append('\n');
            }
            out.append('\n');
        }
    }

    private static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-10s %s%n", label + ":", value == null ? "-" : value));
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
