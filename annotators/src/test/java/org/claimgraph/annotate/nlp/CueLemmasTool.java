package org.claimgraph.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Regenerates {@code annotators/src/main/resources/org/claimgraph/annotate/nlp/cue-lemmas.txt}: the lemmas of the
 * head words ({@link #head}) of the gold Cue spans of an attribution training split in brat standoff (PolNeAR), seen
 * at least {@link #MIN_COUNT} times (or as often as the optional third argument says), plus the cue words of the
 * statement rules
 * ({@code statements.Lexicon}'s verb lists and {@code CueCandidates.NOUN_CUES}, read by reflection: they are package
 * private there). Auxiliaries ("be", "have", "do") are left out. See DEVELOPMENT.md for the command.
 *
 * <p>Arguments: the split's folder (with {@code text/} and {@code attributions/}), the output file, optionally the
 * least count.
 */
public final class CueLemmasTool {

    static final int MIN_COUNT = 2;
    static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    static final List<String> LEXICON_SETS = List.of("CLAUSE_VERBS", "OBJECT_VERBS", "QUOTE_VERBS",
            "INFINITIVE_VERBS", "HEDGING_CUES");

    private CueLemmasTool() {}

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: CueLemmasTool SPLIT_FOLDER OUTPUT_FILE [MIN_COUNT]");
            System.exit(2);
        }
        int minCount = args.length == 3 ? Integer.parseInt(args[2]) : MIN_COUNT;
        Path split = Path.of(args[0]);
        Path output = Path.of(args[1]);
        RedwoodConfiguration.errorLevel().apply();
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(properties);
        Map<String, Integer> counts = new TreeMap<>();
        int cues = 0;
        List<Path> annotationFiles;
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            annotationFiles = files.filter(f -> f.toString().endsWith(".ann")).sorted().toList();
        }
        if (annotationFiles.isEmpty()) {
            throw new IllegalArgumentException("no .ann files in " + split.resolve("attributions")
                    + "; give the folder of a brat attribution split (with text/ and attributions/)");
        }
        Map<Path, List<CoreLabel>> tagged = new TreeMap<>();
        for (Path annotations : annotationFiles) {
            String name = annotations.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            Path text = split.resolve("text").resolve(stem + ".txt");
            List<CoreLabel> tokens = tagged.computeIfAbsent(text, t -> tag(tagger, t));
            for (String line : Files.readAllLines(annotations, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length < 2 || !fields[1].startsWith("Cue ")) {
                    continue;
                }
                cues++;
                List<CoreLabel> words = new ArrayList<>();
                for (String range : fields[1].substring(4).split(";")) {
                    String[] bounds = range.trim().split(" ");
                    int begin = Integer.parseInt(bounds[0]);
                    int end = Integer.parseInt(bounds[1]);
                    for (CoreLabel token : tokens) {
                        if (token.beginPosition() >= begin && token.endPosition() <= end) {
                            words.add(token);
                        }
                    }
                }
                String head = head(words);
                if (head != null) {
                    counts.merge(head, 1, Integer::sum);
                }
            }
        }
        Set<String> kept = new TreeSet<>();
        counts.forEach((lemma, count) -> {
            if (count >= minCount && !AUXILIARIES.contains(lemma)) {
                kept.add(lemma);
            }
        });
        int fromGold = kept.size();
        for (String set : LEXICON_SETS) {
            kept.addAll(packageSet("org.claimgraph.annotate.statements.Lexicon", set));
        }
        kept.addAll(packageSet("org.claimgraph.annotate.statements.CueCandidates", "NOUN_CUES"));
        List<String> lines = new ArrayList<>();
        lines.add("# Lemmas that can head an attribution cue: a sentence with one of them gets a dependency parse");
        lines.add("# (SentenceNeeds). Generated by the test-scope tool org.claimgraph.annotate.nlp.CueLemmasTool");
        lines.add("# (see DEVELOPMENT.md) from the gold Cue spans of the PolNeAR training split (" + cues + " cues):");
        lines.add("# the lemmas of their head words (first verb that is not an auxiliary, else last common noun, else");
        lines.add("# first adjective) seen at least " + minCount + " times (" + fromGold + "), and the statement rules'"
                + " cue words.");
        lines.addAll(kept);
        Files.write(output, lines, StandardCharsets.UTF_8);
        System.out.println(cues + " cues, " + counts.size() + " lemmas, " + fromGold + " kept from the gold, "
                + kept.size() + " written to " + output);
    }

    private static List<CoreLabel> tag(StanfordCoreNLP tagger, Path text) {
        try {
            Annotation annotation = new Annotation(Files.readString(text, StandardCharsets.UTF_8));
            tagger.annotate(annotation);
            return annotation.get(CoreAnnotations.TokensAnnotation.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the text " + text + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lemma of the word that heads a cue span: its first verb that is not an auxiliary, else its last common
     * noun, else its first adjective; null if it has none of these.
     */
    static String head(List<CoreLabel> words) {
        for (CoreLabel word : words) {
            String lemma = lemma(word);
            if (tag(word).startsWith("VB") && !AUXILIARIES.contains(lemma)) {
                return lemma;
            }
        }
        String noun = null;
        for (CoreLabel word : words) {
            if (tag(word).equals("NN") || tag(word).equals("NNS")) {
                noun = lemma(word);
            }
        }
        if (noun != null) {
            return noun;
        }
        for (CoreLabel word : words) {
            if (tag(word).startsWith("JJ")) {
                return lemma(word);
            }
        }
        return null;
    }

    private static String tag(CoreLabel word) {
        return word.tag() == null ? "" : word.tag();
    }

    private static String lemma(CoreLabel word) {
        return (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
    }

    /** A package-private static set of words of another package, read by reflection. */
    static Collection<String> packageSet(String className, String field) throws ReflectiveOperationException {
        Field declared = Class.forName(className).getDeclaredField(field);
        declared.setAccessible(true);
        Collection<?> values = (Collection<?>) declared.get(null);
        List<String> words = new ArrayList<>();
        for (Object value : values) {
            words.add(value.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
