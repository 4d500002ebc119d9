package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Stance.Position;

/**
 * The holder-by-position matrix of one topic over a corpus, with the statements behind each cell, the numbers those
 * statements claim, and the contradictions among them. Rows are added one judged statement at a time; the report is
 * written in one of the query formats.
 */
final class StanceReport {

    /** How finely positions are split over time. */
    enum Period {
        month(7),
        year(4),
        all(0);

        private final int length;

        Period(int length) {
            this.length = length;
        }

        String of(String date) {
            if (length == 0) {
                return "all";
            }
            return date == null ? "undated" : date.substring(0, Math.min(length, date.length()));
        }
    }

    /**
     * One statement that bears on the topic, as the store gives it back.
     *
     * @param row the statement in the statements command's shape (contract statement plus article, cluster,
     *     speaker_entity, said_on)
     * @param holder its speaker, as the store resolves it
     * @param claims the numbers it claims
     */
    record Row(TopicStances.Judged judged, ObjectNode row, Holder holder, List<Claim> claims, String text) {

        String saidOn() {
            return QueryFormat.field(row, "/said_on");
        }
    }

    /**
     * Who holds a position: the canonical entity of a statement's speaker (or its name where the store has no entity).
     *
     * @param key the canonical entity's id, or the name
     * @param roles the holder's roles ("French President"), joined with "; ", so that a person and the office or
     *     government they speak for stay apart but linked
     */
    record Holder(String key, String name, String type, String roles) {}

    /** A statement that denies another (both as the statements command gives them) and their holders. */
    record Denial(ObjectNode denying, Holder denier, ObjectNode denied, Holder deniedHolder) {}

    /**
     * A number a statement claims and what it counts: the quantity's own unit, else the unit of the number before it
     * in the same statement ("about 1,000 personnel ... to expand this number to at least 20,000").
     */
    record Claim(Quantity quantity, String unit) {

        /** The claims of one statement's quantities, in text order. */
        static List<Claim> of(List<Quantity> quantities) {
            List<Claim> claims = new ArrayList<>();
            String unit = null;
            for (Quantity quantity : quantities) {
                unit = quantity.unit() != null ? quantity.unit() : unit;
                claims.add(new Claim(quantity, unit));
            }
            return claims;
        }

        /** Claims about the same kind of thing meet under one key: people counted meet whatever word counts them. */
        String key() {
            if (unit == null) {
                return "(unit not given)";
            }
            String lower = unit.toLowerCase(Locale.ROOT);
            String singular = lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
            return PEOPLE.contains(lower) || PEOPLE.contains(singular) ? "people" : singular;
        }
    }

    /** Words that count people, whose numbers are compared with each other. */
    private static final Set<String> PEOPLE = Set.of("people", "person", "personnel", "soldier", "troop", "serviceman",
            "servicemen", "fighter", "instructor", "trainer", "mercenary", "mercenarie", "volunteer", "officer",
            "civilian", "resident", "refugee", "worker", "member", "staff", "recruit", "reservist", "contractor",
            "adviser", "advisor", "expert", "specialist");

    private final String topic;
    private final Period period;
    private final List<Row> rows = new ArrayList<>();

    StanceReport(String topic, Period period) {
        this.topic = topic;
        this.period = period;
    }

    private final List<Denial> denials = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    void add(Denial denial) {
        denials.add(denial);
    }

    /** Holders in the order of their number of statements on the topic, then by name. */
    private Map<String, List<Row>> byHolder() {
        Map<String, List<Row>> holders = new LinkedHashMap<>();
        for (Row row : rows) {
            holders.computeIfAbsent(row.holder().key(), key -> new ArrayList<>()).add(row);
        }
        List<Map.Entry<String, List<Row>>> sorted = new ArrayList<>(holders.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, List<Row>> entry) -> -entry.getValue().size())
                .thenComparing(entry -> entry.getValue().get(0).holder().name()));
        Map<String, List<Row>> ordered = new LinkedHashMap<>();
        sorted.forEach(entry -> ordered.put(entry.getKey(), byDate(entry.getValue())));
        return ordered;
    }

    private static List<Row> byDate(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::saidOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** The cells of one holder: period, then position, each with its rows. */
    private Map<String, Map<Position, List<Row>>> cells(List<Row> holderRows) {
        Map<String, Map<Position, List<Row>>> cells = new LinkedHashMap<>();
        for (Row row : holderRows) {
            cells.computeIfAbsent(period.of(row.saidOn()), key -> new EnumMap<>(Position.class))
                    .computeIfAbsent(row.judged().position(), key -> new ArrayList<>()).add(row);
        }
        return cells;
    }

    /**
     * Opposite positions of one holder: a position for the proposition (support or conditional) and one against it.
     * Each pair is the first statement of each side, in date order.
     */
    private List<Row[]> changes(List<Row> holderRows) {
        Row open = null;
        Row against = null;
        for (Row row : holderRows) {
            Position position = row.judged().position();
            if (open == null && (position == Position.SUPPORT || position == Position.CONDITIONAL)) {
                open = row;
            } else if (against == null && position == Position.OPPOSE) {
                against = row;
            }
        }
        return open != null && against != null ? List.<Row[]>of(new Row[] {open, against}) : List.of();
    }

    /** The numbers claimed in statements on the topic, by what they count, each with its statement. */
    private Map<String, List<Map.Entry<Claim, Row>>> claimsByUnit() {
        Map<String, List<Map.Entry<Claim, Row>>> units = new LinkedHashMap<>();
        for (Row row : rows) {
            for (Claim claim : row.claims()) {
                units.computeIfAbsent(claim.key(), key -> new ArrayList<>()).add(Map.entry(claim, row));
            }
        }
        return units;
    }

    /**
     * Different numbers for one kind of thing from different holders: pairs of claims in one group whose values differ
     * by more than a tenth of the larger (at most a few pairs a group). Bounds are given with them: "at least 410
     * million" and "500 million" may both hold, which the reader judges.
     */
    private static List<Map.Entry<Claim, Row>[]> differentNumbers(List<Map.Entry<Claim, Row>> group) {
        List<Map.Entry<Claim, Row>[]> pairs = new ArrayList<>();
        for (int i = 0; i < group.size() && pairs.size() < MAX_NUMBER_PAIRS; i++) {
            for (int j = i + 1; j < group.size() && pairs.size() < MAX_NUMBER_PAIRS; j++) {
                Map.Entry<Claim, Row> a = group.get(i);
                Map.Entry<Claim, Row> b = group.get(j);
                double x = a.getKey().quantity().value();
                double y = b.getKey().quantity().value();
                if (!a.getValue().holder().key().equals(b.getValue().holder().key())
                        && Math.abs(x - y) > 0.1 * Math.max(Math.abs(x), Math.abs(y))) {
                    @SuppressWarnings("unchecked")
                    Map.Entry<Claim, Row>[] pair = new Map.Entry[] {a, b};
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static final int MAX_NUMBER_PAIRS = 5;

    /** The words that count the claims of one group: "personnel / soldiers". */
    private static String units(List<Map.Entry<Claim, Row>> claims) {
        Set<String> units = new java.util.LinkedHashSet<>();
        claims.forEach(claim -> units.add(claim.getKey().unit() == null ? "(unit not given)" : claim.getKey().unit()));
        return String.join(" / ", units);
    }

    void write(PrintWriter out, QueryFormat format) {
        switch (format) {
            case jsonl:
                writeJson(out);
                break;
            case csv:
                writeCsv(out);
                break;
            case text:
                writeText(out);
                break;
        }
        out.flush();
    }

    private void writeJson(PrintWriter out) {
        jsonRows().forEach(out::println);
    }

    /**
     * The report's rows as JSON objects, as {@code stances --format jsonl} writes them one a line: a 'stance' row a
     * cell (holder, period, position and the statements behind it) and a 'contradiction' row for each holder on both
     * sides; then 'claims' rows (the numbers claimed, by what they count) each followed by its 'different-numbers'
     * contradictions; then the 'denial' contradictions.
     */
    List<ObjectNode> jsonRows() {
        List<ObjectNode> lines = new ArrayList<>();
        for (Map.Entry<String, List<Row>> holder : byHolder().entrySet()) {
            Row first = holder.getValue().get(0);
            for (Map.Entry<String, Map<Position, List<Row>>> when : cells(holder.getValue()).entrySet()) {
                for (Map.Entry<Position, List<Row>> cell : when.getValue().entrySet()) {
                    ObjectNode line = JsonNodeFactory.instance.objectNode().put("row", "stance").put("topic", topic);
                    holderJson(line, first);
                    line.put("period", when.getKey()).put("position", cell.getKey().jsonName());
                    ArrayNode statements = line.putArray("statements");
                    cell.getValue().forEach(row -> statements.add(statementJson(row)));
                    lines.add(line);
                }
            }
            for (Row[] pair : changes(holder.getValue())) {
                ObjectNode line = JsonNodeFactory.instance.objectNode().put("row", "contradiction").put("topic", topic)
                        .put("kind", "holder-positions");
                holderJson(line, first);
                line.putArray("statements").add(statementJson(pair[0])).add(statementJson(pair[1]));
                lines.add(line);
            }
        }
        for (List<Map.Entry<Claim, Row>> group : claimsByUnit().values()) {
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("row", "claims").put("topic", topic)
                    .put("unit", units(group));
            ArrayNode claims = line.putArray("claims");
            for (Map.Entry<Claim, Row> entry : group) {
                Quantity quantity = entry.getKey().quantity();
                Row row = entry.getValue();
                ObjectNode claim = claims.addObject().put("value", quantity.value()).put("unit", entry.getKey().unit())
                        .put("bound", quantity.bound().jsonName()).put("text", quantity.span().coveredText(row.text()));
                holderJson(claim, row);
                claim.set("statement", statementJson(row));
            }
            lines.add(line);
            for (Map.Entry<Claim, Row>[] pair : differentNumbers(group)) {
                ObjectNode contradiction = JsonNodeFactory.instance.objectNode().put("row", "contradiction")
                        .put("topic", topic).put("kind", "different-numbers").put("unit", units(group));
                ArrayNode statements = contradiction.putArray("statements");
                for (Map.Entry<Claim, Row> side : pair) {
                    ObjectNode statement = statementJson(side.getValue());
                    statement.putObject("claim").put("value", side.getKey().quantity().value())
                            .put("bound", side.getKey().quantity().bound().jsonName())
                            .put("text", side.getKey().quantity().span().coveredText(side.getValue().text()));
                    statements.add(statement);
                }
                lines.add(contradiction);
            }
        }
        for (Denial denial : denials) {
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("row", "contradiction").put("topic", topic)
                    .put("kind", "denial");
            holderJson(line, "holder", denial.denier(), denial.denying());
            holderJson(line, "denied_holder", denial.deniedHolder(), denial.denied());
            line.putArray("statements").add(denial.denied()).add(denial.denying());
            lines.add(line);
        }
        return lines;
    }

    private static void holderJson(ObjectNode line, Row row) {
        holderJson(line, "holder", row.holder(), row.row());
    }

    private static void holderJson(ObjectNode line, String field, Holder holder, ObjectNode statement) {
        ObjectNode node = line.putObject(field).put("name", holder.name()).put("type", holder.type())
                .put("entity", QueryFormat.field(statement, "/speaker_entity"));
        ArrayNode roles = node.putArray("roles");
        if (!holder.roles().isEmpty()) {
            for (String role : holder.roles().split("; ")) {
                roles.add(role);
            }
        }
    }

    private static ObjectNode statementJson(Row row) {
        ObjectNode statement = row.row().deepCopy();
        statement.put("position", row.judged().position().jsonName())
                .put("stance_confidence", row.judged().confidence())
                .put("topic_phrase", row.judged().phrase())
                .put("by_sentence", row.judged().bySentence())
                .put("reason", row.judged().reason());
        return statement;
    }

    private static final List<String> COLUMNS = List.of("holder", "holder_type", "holder_roles", "period", "position", "said_on",
            "speaker", "cue", "content", "hedges", "via", "reason", "stance_confidence", "article_id", "url", "outlet",
            "title", "published");

    private void writeCsv(PrintWriter out) {
        QueryFormat.csvRow(out, COLUMNS);
        for (List<Row> holderRows : byHolder().values()) {
            for (Map.Entry<String, Map<Position, List<Row>>> when : cells(holderRows).entrySet()) {
                for (Map.Entry<Position, List<Row>> cell : when.getValue().entrySet()) {
                    for (Row row : cell.getValue()) {
                        ObjectNode r = row.row();
                        List<String> via = new ArrayList<>();
                        r.path("via").forEach(link -> via.add(link.path("name").asText()));
                        QueryFormat.csvRow(out, List.of(row.holder().name(), row.holder().type(), row.holder().roles(), when.getKey(),
                                cell.getKey().jsonName(), nullToEmpty(row.saidOn()),
                                nullToEmpty(QueryFormat.field(r, "/speaker/name")),
                                nullToEmpty(QueryFormat.field(r, "/cue/text")),
                                nullToEmpty(QueryFormat.field(r, "/content/text")), QueryFormat.joined(r.path("hedges")),
                                String.join("; ", via), row.judged().reason(),
                                String.format(Locale.ROOT, "%.2f", row.judged().confidence()),
                                nullToEmpty(QueryFormat.field(r, "/article/id")),
                                nullToEmpty(QueryFormat.field(r, "/article/url")),
                                nullToEmpty(QueryFormat.field(r, "/article/outlet")),
                                nullToEmpty(QueryFormat.field(r, "/article/title")),
                                nullToEmpty(QueryFormat.field(r, "/article/published"))));
                    }
                }
            }
        }
    }

    private void writeText(PrintWriter out) {
        Map<String, List<Row>> holders = byHolder();
        Set<String> articles = new HashSet<>();
        rows.forEach(row -> articles.add(QueryFormat.field(row.row(), "/article/id")));
        out.printf("Topic: %s. %d statements in %d articles bear on it, from %d holders.%n%n", topic, rows.size(),
                articles.size(), holders.size());
        if (rows.isEmpty()) {
            out.println("No stored statement says one of the topic's phrases. Add phrases to the topic file (the ways "
                    + "people put the question), or ingest more articles.");
            return;
        }
        int width = Math.min(44, holders.values().stream().mapToInt(list -> shortLabel(list.get(0)).length()).max()
                .orElse(10));
        out.printf("%-" + width + "s  %7s  %11s  %6s  %7s%n", "holder", "support", "conditional", "oppose", "neutral");
        for (List<Row> holderRows : holders.values()) {
            Map<Position, Integer> counts = new EnumMap<>(Position.class);
            holderRows.forEach(row -> counts.merge(row.judged().position(), 1, Integer::sum));
            out.printf("%-" + width + "s  %7s  %11s  %6s  %7s%n", cut(shortLabel(holderRows.get(0)), width),
                    count(counts, Position.SUPPORT), count(counts, Position.CONDITIONAL),
                    count(counts, Position.OPPOSE), count(counts, Position.NEUTRAL));
        }
        for (List<Row> holderRows : holders.values()) {
            out.printf("%n%s%n", label(holderRows.get(0)));
            for (Map.Entry<String, Map<Position, List<Row>>> when : cells(holderRows).entrySet()) {
                for (Map.Entry<Position, List<Row>> cell : when.getValue().entrySet()) {
                    out.printf("  %s, %s:%n", cell.getKey().jsonName(), when.getKey());
                    for (Row row : cell.getValue()) {
                        out.printf("    %s%n", sentence(row));
                        out.printf("      (%s) in %s%n", row.judged().reason(), where(row));
                    }
                }
            }
            for (Row[] pair : changes(holderRows)) {
                out.printf("  contradiction: %s (%s) and %s (%s)%n", pair[0].judged().position().jsonName(),
                        nullTo(pair[0].saidOn(), "undated"), pair[1].judged().position().jsonName(),
                        nullTo(pair[1].saidOn(), "undated"));
            }
        }
        Map<String, List<Map.Entry<Claim, Row>>> claims = claimsByUnit();
        if (!claims.isEmpty()) {
            out.printf("%nNumbers claimed in these statements, by what they count:%n");
            for (List<Map.Entry<Claim, Row>> group : claims.values()) {
                out.printf("  %s:%n", units(group));
                for (Map.Entry<Claim, Row> entry : group) {
                    Quantity quantity = entry.getKey().quantity();
                    Row row = entry.getValue();
                    String hedges = QueryFormat.joined(row.row().path("hedges"));
                    out.printf("    %s \"%s\" (%s), claimed by %s, %s%s%n", number(quantity.value()),
                            quantity.span().coveredText(row.text()), quantity.bound().jsonName(), row.holder().name(),
                            nullTo(row.saidOn(), "undated"), hedges.isEmpty() ? "" : "; hedges: " + hedges);
                }
                for (Map.Entry<Claim, Row>[] pair : differentNumbers(group)) {
                    out.printf("    different numbers: %s says \"%s\", %s says \"%s\"%n",
                            pair[0].getValue().holder().name(),
                            pair[0].getKey().quantity().span().coveredText(pair[0].getValue().text()),
                            pair[1].getValue().holder().name(),
                            pair[1].getKey().quantity().span().coveredText(pair[1].getValue().text()));
                }
            }
        }
        if (!denials.isEmpty()) {
            out.printf("%nDenials:%n");
            for (Denial denial : denials) {
                out.printf("  %s: %s%n    denied by %s: %s%n", denial.deniedHolder().name(),
                        QueryFormat.field(denial.denied(), "/content/text"), denial.denier().name(),
                        sentenceOf(denial.denying()));
            }
        }
    }

    private static String shortLabel(Row row) {
        return row.holder().name() + " (" + row.holder().type() + ")";
    }

    private static String label(Row row) {
        return row.holder().name() + " (" + row.holder().type() + (row.holder().roles().isEmpty() ? "" : "; " + row.holder().roles()) + ")";
    }

    private static String sentence(Row row) {
        return sentenceOf(row.row());
    }

    private static String sentenceOf(ObjectNode r) {
        String cue = QueryFormat.field(r, "/cue/text");
        String content = QueryFormat.field(r, "/content/text");
        List<String> via = new ArrayList<>();
        r.path("via").forEach(link -> via.add(link.path("name").asText()));
        return QueryFormat.field(r, "/speaker/name") + (cue == null ? ": " : " " + cue + ": ") + content
                + (via.isEmpty() ? "" : " (via " + String.join(", ", via) + ")");
    }

    private static String where(Row row) {
        ObjectNode r = row.row();
        String title = QueryFormat.field(r, "/article/title");
        String outlet = QueryFormat.field(r, "/article/outlet");
        return (title != null ? title : QueryFormat.field(r, "/article/source")) + (outlet != null ? ", " + outlet : "")
                + " [" + QueryFormat.field(r, "/article/id") + " " + row.judged().statement().id() + "]";
    }

    private static String count(Map<Position, Integer> counts, Position position) {
        Integer count = counts.get(position);
        return count == null ? "-" : count.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String nullTo(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
