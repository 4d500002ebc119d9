package org.claimgraph.annotate.loaded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.model.LoadedWording;

/**
 * Words and word pairs counted by how often they fall inside gold spans of each technique: for each key (a
 * lower-cased word, or two adjacent words joined by a space) the number of times it occurs in the training texts and
 * the number of those occurrences inside a loaded-language span and inside a name-calling span. {@link #share}
 * turns the counts into a smoothed share, pulled towards the share of all words when a key is rare.
 *
 * <p>Learned by {@link #learn} from texts with gold spans; the lexicon in the resources is retrained by
 * {@code claimgraph train loaded} (see DEVELOPMENT.md). The file is gzipped lines {@code key TAB occurrences TAB
 * loaded TAB name-calling} after a header. Immutable; shared by all threads.
 *
 * <pre>{@code
 * LoadedLexicon lexicon = LoadedLexicon.learn(List.of(new LoadedLexicon.Example(text, goldSpans)), 2);
 * double share = lexicon.share("disgraceful", LoadedWording.LOADED_LANGUAGE);
 * }</pre>
 */
public final class LoadedLexicon {

    /** The lexicon in the resources, next to this class. */
    public static final String RESOURCE = "loaded-model.tsv.gz";
    private static final String HEADER = "# claimgraph loaded-wording lexicon v1";
    /** How many occurrences' worth of the overall share a key's own counts are mixed with. */
    private static final double SMOOTHING = 1.5;

    /** One gold span in a training text: UTF-16 offsets and the technique ({@link LoadedWording}'s constants). */
    public record GoldSpan(int begin, int end, String technique) {}

    /** A training text and its gold spans. */
    public record Example(String text, List<GoldSpan> spans) {
        public Example {
            spans = List.copyOf(spans);
        }
    }

    /** How often a key occurs, and how often inside each technique's spans. */
    record Counts(int occurrences, int loaded, int nameCalling) {
        int inside(String technique) {
            return technique.equals(LoadedWording.NAME_CALLING) ? nameCalling : loaded;
        }
    }

    /** The lexicon of no words: the finder then runs on its rules alone. */
    public static final LoadedLexicon EMPTY = new LoadedLexicon(Map.of(), new Counts(1, 0, 0));

    private final Map<String, Counts> counts;
    private final Counts all;

    private LoadedLexicon(Map<String, Counts> counts, Counts all) {
        this.counts = Map.copyOf(counts);
        this.all = all;
    }

    /** The number of keys. */
    public int size() {
        return counts.size();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /**
     * The smoothed share of the occurrences of {@code key} that lie inside spans of {@code technique}; 0 for a key the
     * lexicon does not hold (seen fewer than the minimum number of times, or never inside a span).
     */
    public double share(String key, String technique) {
        Counts entry = counts.get(key);
        if (entry == null) {
            return 0;
        }
        double prior = (double) all.inside(technique) / all.occurrences();
        return (entry.inside(technique) + SMOOTHING * prior) / (entry.occurrences() + SMOOTHING);
    }

    /**
     * Learns the lexicon: every word and pair of adjacent words (with nothing but spaces between them) of the texts
     * is counted, and counted inside a technique when it overlaps a gold span of that technique. Keys seen fewer than
     * {@code minOccurrences} times, or inside fewer than two spans' words, are dropped. So are, to keep the lexicon
     * about how things are put and not about whom: words written with a capital in at least half of their
     * occurrences (names of people, parties, countries, peoples and faiths) and words naming a political side
     * ({@code LoadedRules.SIDE_WORDS}, with their families), with every pair holding one. Besides each word, its
     * family ({@code Words.family}: "smeared" counts for "~smear") is counted, so that inflections share evidence.
     */
    public static LoadedLexicon learn(List<Example> examples, int minOccurrences) {
        Map<String, int[]> tally = new HashMap<>();
        Map<String, int[]> capitals = new HashMap<>();
        Set<String> sideWords = new HashSet<>();
        int[] total = new int[3];
        for (Example example : examples) {
            List<Words.Word> words = Words.of(example.text());
            boolean[][] inside = new boolean[words.size()][];
            for (int i = 0; i < words.size(); i++) {
                inside[i] = insideFlags(words.get(i), example.spans());
                count(total, inside[i]);
                List<String> keys = List.of(words.get(i).key(), Words.family(words.get(i).key()));
                if (LoadedRules.SIDE_WORDS.contains(keys.get(0))) {
                    sideWords.addAll(keys);
                }
                for (String key : keys) {
                    count(tally.computeIfAbsent(key, k -> new int[3]), inside[i]);
                    int[] capital = capitals.computeIfAbsent(key, k -> new int[2]);
                    capital[0]++;
                    capital[1] += words.get(i).capitalised() ? 1 : 0;
                }
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).gapAfter() != Words.Gap.SPACE) {
                    continue;
                }
                boolean[] both = {inside[i][0] && inside[i + 1][0], inside[i][1] && inside[i + 1][1]};
                count(tally.computeIfAbsent(pair(words.get(i), words.get(i + 1)), k -> new int[3]), both);
            }
        }
        Map<String, Counts> kept = new HashMap<>();
        for (Map.Entry<String, int[]> entry : tally.entrySet()) {
            int[] c = entry.getValue();
            if (c[0] >= minOccurrences && Math.max(c[1], c[2]) >= 2
                    && aboutHowNotWhom(entry.getKey(), capitals, sideWords)) {
                kept.put(entry.getKey(), new Counts(c[0], c[1], c[2]));
            }
        }
        return new LoadedLexicon(kept, new Counts(Math.max(1, total[0]), total[1], total[2]));
    }

    /** Whether no word of the key is mostly written with a capital or names a political side. */
    private static boolean aboutHowNotWhom(String key, Map<String, int[]> capitals, Set<String> sideWords) {
        for (String word : key.split(" ")) {
            int[] capital = capitals.get(word);
            if (sideWords.contains(word) || 2 * capital[1] >= capital[0]) {
                return false;
            }
        }
        return true;
    }

    /** The key of two adjacent words. */
    static String pair(Words.Word first, Words.Word second) {
        return first.key() + " " + second.key();
    }

    private static boolean[] insideFlags(Words.Word word, List<GoldSpan> spans) {
        boolean[] flags = new boolean[2];
        for (GoldSpan span : spans) {
            if (span.begin() < word.end() && word.begin() < span.end()) {
                flags[span.technique().equals(LoadedWording.NAME_CALLING) ? 1 : 0] = true;
            }
        }
        return flags;
    }

    private static void count(int[] counter, boolean[] inside) {
        counter[0]++;
        counter[1] += inside[0] ? 1 : 0;
        counter[2] += inside[1] ? 1 : 0;
    }

    /** The lexicon in the resources, or the empty lexicon when none ships. */
    public static LoadedLexicon shipped() {
        try (InputStream in = LoadedLexicon.class.getResourceAsStream(RESOURCE)) {
            return in == null ? EMPTY : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the loaded-wording lexicon " + RESOURCE
                    + " from the annotators jar; rebuild it with 'claimgraph train loaded' (see DEVELOPMENT.md)", e);
        }
    }

    /** Reads a lexicon written by {@link #write}. */
    public static LoadedLexicon read(InputStream gzipped) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (!HEADER.equals(line)) {
            throw new IOException("not a loaded-wording lexicon: the first line is '" + line + "', expected '"
                    + HEADER + "'");
        }
        Counts all = null;
        Map<String, Counts> counts = new HashMap<>();
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IOException("line " + number + " of the loaded-wording lexicon has " + fields.length
                        + " fields, expected 4 (key, occurrences, loaded, name-calling): '" + line + "'");
            }
            Counts entry;
            try {
                entry = new Counts(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]));
            } catch (NumberFormatException e) {
                throw new IOException("line " + number + " of the loaded-wording lexicon has a count that is not"
                        + " a whole number: '" + line + "'", e);
            }
            if (all == null) {
                all = entry;
            } else {
                counts.put(fields[0], entry);
            }
        }
        if (all == null) {
            throw new IOException("the loaded-wording lexicon has no totals line after its header");
        }
        return new LoadedLexicon(counts, all);
    }

    /** Writes the header, the totals line (key {@code *}) and the keys in sorted order. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        writer.write(HEADER + "\n");
        writer.write(line("*", all));
        for (Map.Entry<String, Counts> entry : new TreeMap<>(counts).entrySet()) {
            writer.write(line(entry.getKey(), entry.getValue()));
        }
        writer.flush();
        gzip.finish();
    }

    private static String line(String key, Counts counts) {
        return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\n", key, counts.occurrences(), counts.loaded(),
                counts.nameCalling());
    }

    /** The keys, for tests and reports. */
    List<String> keys() {
        return new ArrayList<>(new TreeMap<>(counts).keySet());
    }
}
