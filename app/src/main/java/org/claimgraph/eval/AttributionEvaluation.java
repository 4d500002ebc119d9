package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * Scores attribution relations (Source, Cue, Content) against brat standoff gold in the PolNeAR layout:
 * {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}. Every {@code .ann} file is one gold document,
 * scored against the prediction for its text.
 *
 * <p>Scoring is per role over the distinct spans of each document, as a sequence labeller sees them: a Source shared
 * by two relations counts once, and the fragments of a discontinuous span are separate spans unless only white
 * space, punctuation or quote marks lie between them (a quote broken over paragraphs stays one span). Gold and
 * predicted spans are first normalised: a leading "that", quote marks, punctuation and white space at either end
 * are trimmed. Exact: the normalised spans are equal. Overlap: a one-to-one matching (largest overlap first) of
 * spans that share at least one word; token figures count the words shared by matched pairs.
 */
public final class AttributionEvaluation {

    /** The three roles of an attribution relation. */
    public enum Role {
        SOURCE,
        CUE,
        CONTENT
    }

    /** One relation; each role holds the fragments of its span (empty when the relation lacks the role). */
    public record Relation(List<Span> source, List<Span> cue, List<Span> content) {
        public Relation {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }

        List<Span> role(Role role) {
            if (role == Role.SOURCE) {
                return source;
            }
            return role == Role.CUE ? cue : content;
        }
    }

    /** One annotation file with the text it annotates. */
    public record GoldDocument(String name, String text, List<Relation> relations) {}

    /** Counts for one role, summed over documents. */
    public record Counts(int gold, int predicted, int exact, int overlap, int goldWords, int predictedWords,
            int sharedWords) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, exact + other.exact,
                    overlap + other.overlap, goldWords + other.goldWords, predictedWords + other.predictedWords,
                    sharedWords + other.sharedWords);
        }

        public double exactPrecision() {
            return ratio(exact, predicted);
        }

        public double exactRecall() {
            return ratio(exact, gold);
        }

        public double exactF1() {
            return f1(exactPrecision(), exactRecall());
        }

        public double overlapF1() {
            return f1(ratio(overlap, predicted), ratio(overlap, gold));
        }

        public double tokenF1() {
            return f1(ratio(sharedWords, predictedWords), ratio(sharedWords, goldWords));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Totals over the gold set, per role. */
    public static final class Report {
        private final Map<Role, Counts> counts = new EnumMap<>(Role.class);
        private int documents;

        public Report() {
            for (Role role : Role.values()) {
                counts.put(role, Counts.ZERO);
            }
        }

        public void add(Map<Role, Counts> document) {
            documents++;
            for (Map.Entry<Role, Counts> entry : document.entrySet()) {
                counts.merge(entry.getKey(), entry.getValue(), Counts::plus);
            }
        }

        public Counts get(Role role) {
            return counts.get(role);
        }

        public int documents() {
            return documents;
        }
    }

    private static final Pattern ID_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t?.*$");
    private static final Pattern EVENT_LINE = Pattern.compile("^E\\d+\\t(.*)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String QUOTES = "\"'“”‘’«»„‚`";

    private AttributionEvaluation() {}

    /** Reads every {@code attributions/*.ann} with its text, in file name order; {@code limit <= 0} reads all. */
    public static List<GoldDocument> readGold(Path directory, int limit) throws IOException {
        Path annotations = directory.resolve("attributions");
        if (!Files.isDirectory(annotations) || !Files.isDirectory(directory.resolve("text"))) {
            throw new IOException("no attributions/ and text/ folders in " + directory
                    + ". Pass the PolNeAR gold folder, e.g. --gold ../shared/eval/attribution-polnear-dev");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(annotations)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<GoldDocument> documents = new ArrayList<>();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            if (limit > 0 && documents.size() >= limit) {
                break;
            }
            String name = file.getFileName().toString();
            String base = name.substring(0, name.length() - ".ann".length());
            int underscore = base.lastIndexOf('_');
            Path textFile = directory.resolve("text").resolve(base.substring(0, underscore) + ".txt");
            if (!Files.isRegularFile(textFile)) {
                throw new IOException("annotation file " + file + " has no text " + textFile);
            }
            String text = texts.computeIfAbsent(textFile, AttributionEvaluation::read);
            documents.add(new GoldDocument(base, text,
                    parseBrat(Files.readString(file, StandardCharsets.UTF_8), text.length())));
        }
        return documents;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Parses brat standoff: text-bound annotations ({@code T1\tSource 89 106\tThe...}, fragments separated by
     * {@code ;}) and events ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}). Other lines (notes, the
     * continuation lines of span texts that hold a line break) are skipped. Spans past {@code textLength} are dropped.
     */
    public static List<Relation> parseBrat(String annotation, int textLength) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : annotation.split("\n")) {
            Matcher id = ID_LINE.matcher(line);
            if (id.matches()) {
                List<Span> fragments = new ArrayList<>();
                for (String fragment : id.group(3).trim().split(";")) {
                    String[] bounds = fragment.trim().split(" ");
                    int begin = Integer.parseInt(bounds[0]);
                    int end = Integer.parseInt(bounds[1]);
                    if (end <= textLength && begin <= end) {
                        fragments.add(new Span(begin, end));
                    }
                }
                spans.put(id.group(1), fragments);
                continue;
            }
            Matcher event = EVENT_LINE.matcher(line);
            if (event.matches()) {
                events.add(event.group(1));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (String event : events) {
            List<Span> source = List.of();
            List<Span> cue = List.of();
            List<Span> content = List.of();
            for (String argument : event.trim().split("\\s+")) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = argument.substring(0, colon);
                List<Span> value = spans.getOrDefault(argument.substring(colon + 1), List.of());
                if (role.equals("Source")) {
                    source = value;
                } else if (role.equals("Cue")) {
                    cue = value;
                } else if (role.equals("Content")) {
                    content = value;
                }
            }
            relations.add(new Relation(source, cue, content));
        }
        return relations;
    }

    /** The relations claimgraph's statements express: speaker mention, cue and content. */
    public static List<Relation> relations(List<Statement> statements) {
        List<Relation> relations = new ArrayList<>();
        for (Statement statement : statements) {
            Span mention = statement.speaker().mention();
            relations.add(new Relation(mention == null ? List.of() : List.of(mention),
                    statement.cue() == null ? List.of() : List.of(statement.cue()), List.of(statement.content())));
        }
        return relations;
    }

    /** Scores one document: per role, exact and overlap counts. */
    public static Map<Role, Counts> score(String text, List<Relation> gold, List<Relation> predicted) {
        Map<Role, Counts> result = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            result.put(role, scoreRole(text, units(text, gold, role), units(text, predicted, role)));
        }
        return result;
    }

    /** The distinct normalised spans of one role, as they are scored. */
    public static Set<Span> unitsOf(String text, List<Relation> relations, Role role) {
        return units(text, relations, role);
    }

    static Set<Span> units(String text, List<Relation> relations, Role role) {
        Set<Span> units = new TreeSet<>();
        for (Relation relation : relations) {
            List<Span> fragments = new ArrayList<>(relation.role(role));
            fragments.sort(null);
            Span current = null;
            for (Span fragment : fragments) {
                if (current != null && onlySeparators(text, current.end(), fragment.begin())) {
                    current = new Span(current.begin(), Math.max(current.end(), fragment.end()));
                    continue;
                }
                addNormalised(text, current, units);
                current = fragment;
            }
            addNormalised(text, current, units);
        }
        return units;
    }

    private static void addNormalised(String text, Span span, Set<Span> units) {
        if (span != null) {
            Span normalised = normalise(text, span);
            if (normalised.length() > 0) {
                units.add(normalised);
            }
        }
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Trims white space, punctuation and quote marks from both ends of a span, and a leading "that" (as a word),
     * until nothing more comes off.
     */
    public static Span normalise(String text, Span span) {
        int begin = span.begin();
        int end = span.end();
        boolean changed = true;
        while (changed && begin < end) {
            changed = false;
            while (begin < end && trimmable(text.charAt(begin))) {
                begin++;
                changed = true;
            }
            while (end > begin && trimmable(text.charAt(end - 1))) {
                end--;
                changed = true;
            }
            if (end - begin > 4 && text.regionMatches(true, begin, "that", 0, 4)
                    && !Character.isLetterOrDigit(text.charAt(begin + 4))) {
                begin += 4;
                changed = true;
            }
        }
        return new Span(begin, end);
    }

    private static boolean trimmable(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || QUOTES.indexOf(c) >= 0) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static Counts scoreRole(String text, Set<Span> gold, Set<Span> predicted) {
        Set<Span> exact = new LinkedHashSet<>(gold);
        exact.retainAll(predicted);
        // one-to-one matching, pairs with the most shared words first
        List<int[]> pairs = new ArrayList<>();
        List<Span> goldList = new ArrayList<>(gold);
        List<Span> predictedList = new ArrayList<>(predicted);
        for (int g = 0; g < goldList.size(); g++) {
            for (int p = 0; p < predictedList.size(); p++) {
                int shared = sharedWords(text, goldList.get(g), predictedList.get(p));
                if (shared > 0) {
                    pairs.add(new int[] {g, p, shared});
                }
            }
        }
        pairs.sort((a, b) -> b[2] != a[2] ? Integer.compare(b[2], a[2])
                : a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        boolean[] goldUsed = new boolean[goldList.size()];
        boolean[] predictedUsed = new boolean[predictedList.size()];
        int overlap = 0;
        int sharedWords = 0;
        for (int[] pair : pairs) {
            if (!goldUsed[pair[0]] && !predictedUsed[pair[1]]) {
                goldUsed[pair[0]] = true;
                predictedUsed[pair[1]] = true;
                overlap++;
                sharedWords += pair[2];
            }
        }
        int goldWords = gold.stream().mapToInt(s -> words(text, s).size()).sum();
        int predictedWords = predicted.stream().mapToInt(s -> words(text, s).size()).sum();
        return new Counts(gold.size(), predicted.size(), exact.size(), overlap, goldWords, predictedWords,
                sharedWords);
    }

    private static int sharedWords(String text, Span a, Span b) {
        if (!a.overlaps(b)) {
            return 0;
        }
        Set<Span> common = new TreeSet<>(words(text, a));
        common.retainAll(words(text, b));
        return common.size();
    }

    /** The words (letter and digit runs) whose characters lie inside the span, by their offsets. */
    private static List<Span> words(String text, Span span) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(span.begin(), span.end());
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end()));
        }
        return words;
    }

    /** Exact F1 published for the PolNeAR test split, for comparison (Source, Cue, Content; NaN when not given). */
    public record Published(String system, double source, double cue, double content) {}

    public static final List<Published> PUBLISHED = List.of(
            new Published("CoreNLP quote annotator", 13.9, Double.NaN, 17.5),
            new Published("BiLSTM-CRF", 69.6, 66.7, 59.0),
            new Published("BERT-CofeNet", 83.2, 75.3, 72.9));

    /** The report as a table (percentages). */
    public static String table(Report report, int statements, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "gold documents %d, predicted statements %d, %.0f s%n%n",
                report.documents(), statements, seconds));
        out.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %9s %9s%n", "role", "gold", "pred",
                "exactP", "exactR", "exactF", "overlapF", "tokenF"));
        for (Role role : Role.values()) {
            Counts c = report.get(role);
            out.append(String.format(Locale.ROOT, "%-8s %6d %6d %6.1f %6.1f %6.1f %9.1f %9.1f%n",
                    role.name().toLowerCase(Locale.ROOT), c.gold(), c.predicted(), 100 * c.exactPrecision(),
                    100 * c.exactRecall(), 100 * c.exactF1(), 100 * c.overlapF1(), 100 * c.tokenF1()));
        }
        out.append(String.format(Locale.ROOT, "%nexact F1                 %6s %6s %6s%n", "source", "cue", "content"));
        out.append(String.format(Locale.ROOT, "%-24s %6.1f %6.1f %6.1f   (this gold set, this run)%n", "claimgraph",
                100 * report.get(Role.SOURCE).exactF1(), 100 * report.get(Role.CUE).exactF1(),
                100 * report.get(Role.CONTENT).exactF1()));
        for (Published published : PUBLISHED) {
            out.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s   (published, PolNeAR test)%n", published.system(),
                    figure(published.source()), figure(published.cue()), figure(published.content())));
        }
        return out.toString();
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
