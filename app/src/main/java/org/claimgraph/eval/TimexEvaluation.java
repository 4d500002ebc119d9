package org.claimgraph.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Scores time expressions against TimeML gold files (TempEval-3). The text is the content of the {@code TEXT} element
 * with every tag stripped; gold spans are character offsets into it. The document creation time (the TIMEX3 with
 * {@code functionInDocument="CREATION_TIME"}) anchors the system and is not scored.
 *
 * <p>A predicted expression matches a gold one when their spans overlap, one to one (exact matches first, then the
 * largest overlap). Summed over all documents: relaxed span precision, recall and F1 from those matches; strict span
 * F1 from exact offsets; type accuracy over the matches; and, as TempEval-3 does, value precision = matches with the
 * same value / predicted, value recall = matches with the same value / gold.
 */
public final class TimexEvaluation {

    /** One time expression: a span into the stripped text, a TIMEX3 type and value (null when unresolved). */
    public record Timex(int begin, int end, String type, String value) {
        public boolean overlaps(Timex other) {
            return begin < other.end && other.begin < end;
        }

        int overlap(Timex other) {
            return Math.min(end, other.end) - Math.max(begin, other.begin);
        }

        boolean sameSpan(Timex other) {
            return begin == other.begin && end == other.end;
        }
    }

    /**
     * One TimeML document: its plain text, its creation date (or null), its gold expressions, and the spans of the
     * creation time where it is written inside the text (not scored: predictions over them are ignored).
     */
    public record GoldDocument(String name, String text, String creationTime, List<Timex> timexes, List<Timex> unscored) {
        public GoldDocument {
            timexes = List.copyOf(timexes);
            unscored = List.copyOf(unscored);
        }

        /** The predictions that count: those not over the creation time. */
        public List<Timex> scored(List<Timex> predicted) {
            return predicted.stream().filter(p -> unscored.stream().noneMatch(p::overlaps)).toList();
        }
    }

    /** A gold and a predicted expression paired by overlap. */
    public record Match(Timex gold, Timex predicted) {
        public boolean sameValue() {
            return gold.value() != null && gold.value().equals(predicted.value());
        }

        public boolean sameType() {
            return Objects.equals(gold.type(), predicted.type());
        }
    }

    /** The outcome on one document. */
    public record DocumentScore(String name, List<Timex> gold, List<Timex> predicted, List<Match> matches) {
        public int strict() {
            return (int) matches.stream().filter(m -> m.gold().sameSpan(m.predicted())).count();
        }

        public int typeRight() {
            return (int) matches.stream().filter(Match::sameType).count();
        }

        public int valueRight() {
            return (int) matches.stream().filter(Match::sameValue).count();
        }

        public List<Timex> missed() {
            return gold.stream().filter(g -> matches.stream().noneMatch(m -> m.gold() == g)).toList();
        }

        public List<Timex> spurious() {
            return predicted.stream().filter(p -> matches.stream().noneMatch(m -> m.predicted() == p)).toList();
        }
    }

    /** Totals over a gold set. */
    public record Report(List<DocumentScore> documents) {
        public int gold() {
            return documents.stream().mapToInt(d -> d.gold().size()).sum();
        }

        public int predicted() {
            return documents.stream().mapToInt(d -> d.predicted().size()).sum();
        }

        public int relaxed() {
            return documents.stream().mapToInt(d -> d.matches().size()).sum();
        }

        public int strict() {
            return documents.stream().mapToInt(DocumentScore::strict).sum();
        }

        public int valueRight() {
            return documents.stream().mapToInt(DocumentScore::valueRight).sum();
        }

        public int typeRight() {
            return documents.stream().mapToInt(DocumentScore::typeRight).sum();
        }

        public double relaxedPrecision() {
            return ratio(relaxed(), predicted());
        }

        public double relaxedRecall() {
            return ratio(relaxed(), gold());
        }

        public double relaxedF1() {
            return f1(relaxedPrecision(), relaxedRecall());
        }

        public double strictPrecision() {
            return ratio(strict(), predicted());
        }

        public double strictRecall() {
            return ratio(strict(), gold());
        }

        public double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        public double typeAccuracy() {
            return ratio(typeRight(), relaxed());
        }

        public double valuePrecision() {
            return ratio(valueRight(), predicted());
        }

        public double valueRecall() {
            return ratio(valueRight(), gold());
        }

        public double valueF1() {
            return f1(valuePrecision(), valueRecall());
        }
    }

    private TimexEvaluation() {}

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The {@code .tml} files of a folder, in name order. */
    public static List<GoldDocument> readGold(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .tml files in " + folder);
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            documents.add(readTimeMl(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return documents;
    }

    /** Parses one TimeML document. */
    public static GoldDocument readTimeMl(String name, String xml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        List<Timex> creationSpans = new ArrayList<>();
        String creationTime = null;
        int insideText = 0;
        int timexBegin = -1;
        String type = null;
        String value = null;
        boolean creation = false;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("TEXT")) {
                        insideText++;
                    } else if (element.equals("TIMEX3")) {
                        timexBegin = text.length();
                        type = reader.getAttributeValue(null, "type");
                        value = reader.getAttributeValue(null, "value");
                        creation = "CREATION_TIME".equals(reader.getAttributeValue(null, "functionInDocument"));
                        if (creation && creationTime == null) {
                            creationTime = value;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("TEXT")) {
                        insideText--;
                    } else if (element.equals("TIMEX3") && insideText > 0 && timexBegin >= 0) {
                        if (creation) {
                            creationSpans.add(new Timex(timexBegin, text.length(), type, value));
                        } else if (text.length() > timexBegin) {
                            timexes.add(new Timex(timexBegin, text.length(), type, value));
                        }
                        timexBegin = -1;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE)
                        && insideText > 0) {
                    text.append(reader.getText());
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException(name + " is not well-formed TimeML: " + e.getMessage(), e);
        }
        return new GoldDocument(name, text.toString(), creationTime, timexes, creationSpans);
    }

    /**
     * Pairs predictions with gold expressions one to one: exact spans first, then by largest overlap, then by position.
     * Predictions that overlap the unscored creation time inside the text should be removed by the caller.
     */
    public static DocumentScore score(String name, List<Timex> gold, List<Timex> predicted) {
        record Candidate(Timex gold, Timex predicted, boolean exact, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Timex g : gold) {
            for (Timex p : predicted) {
                if (g.overlaps(p)) {
                    candidates.add(new Candidate(g, p, g.sameSpan(p), g.overlap(p)));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.exact())
                .thenComparing(c -> -c.overlap())
                .thenComparingInt(c -> c.gold().begin())
                .thenComparingInt(c -> c.predicted().begin()));
        List<Match> matches = new ArrayList<>();
        List<Timex> usedGold = new ArrayList<>();
        List<Timex> usedPredicted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (containsSame(usedGold, candidate.gold()) || containsSame(usedPredicted, candidate.predicted())) {
                continue;
            }
            usedGold.add(candidate.gold());
            usedPredicted.add(candidate.predicted());
            matches.add(new Match(candidate.gold(), candidate.predicted()));
        }
        matches.sort(Comparator.comparingInt(m -> m.gold().begin()));
        return new DocumentScore(name, List.copyOf(gold), List.copyOf(predicted), matches);
    }

    private static boolean containsSame(List<Timex> list, Timex timex) {
        for (Timex element : list) {
            if (element == timex) {
                return true;
            }
        }
        return false;
    }
}
