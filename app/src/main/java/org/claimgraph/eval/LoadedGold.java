package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.annotate.loaded.LoadedLexicon;
import org.claimgraph.model.LoadedWording;

/**
 * Reads a gold set in the layout of the Propaganda Techniques Corpus (SemEval-2020 Task 11): a folder holding the
 * articles as {@code train-articles/articleNNN.txt} (or {@code articles/}) and one labels file {@code *.labels} of
 * tab-separated lines {@code article-id TAB technique TAB start TAB end}, offsets in Unicode code points into the
 * article text. Only the techniques {@code Loaded_Language} and {@code Name_Calling,Labeling} are kept; the lines
 * of the other twelve are counted and skipped.
 */
public final class LoadedGold {

    /** The task's name of loaded language. */
    public static final String LOADED_LANGUAGE = "Loaded_Language";
    /** The task's name of name-calling and labelling. */
    public static final String NAME_CALLING = "Name_Calling,Labeling";

    private static final Pattern ARTICLE_FILE = Pattern.compile("article(\\w+)\\.txt");

    /** A gold set that cannot be read as it stands: the message names the input and says what to do. */
    public static final class GoldException extends Exception {
        private static final long serialVersionUID = 1L;

        public GoldException(String message) {
            super(message);
        }
    }

    /** One article: its id, its text and its gold spans (UTF-16 offsets, {@link LoadedWording}'s techniques). */
    public record Article(String id, String text, List<LoadedLexicon.GoldSpan> spans) {
        public Article {
            spans = List.copyOf(spans);
        }

        public LoadedLexicon.Example example() {
            return new LoadedLexicon.Example(text, spans);
        }
    }

    /** The articles in id order and how many label lines of other techniques were skipped. */
    public record GoldSet(List<Article> articles, int otherTechniques) {
        public GoldSet {
            articles = List.copyOf(articles);
        }
    }

    private LoadedGold() {}

    /** Reads the gold folder {@code folder}. */
    public static GoldSet read(Path folder) throws GoldException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new GoldException("the gold folder " + folder + " does not exist or is not a folder. Pass the"
                    + " PTC folder with --gold, e.g. --gold ../shared/eval/loaded-language-ptc-train");
        }
        Path articleFolder = folder.resolve("train-articles");
        if (!Files.isDirectory(articleFolder)) {
            articleFolder = folder.resolve("articles");
        }
        if (!Files.isDirectory(articleFolder)) {
            throw new GoldException("the gold folder " + folder + " has no train-articles/ (or articles/) folder"
                    + " of articleNNN.txt files. Pass the PTC folder with --gold.");
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(articleFolder)) {
            for (Path file : files.sorted().toList()) {
                Matcher matcher = ARTICLE_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    texts.put(matcher.group(1), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new GoldException("the folder " + articleFolder + " holds no articleNNN.txt file. Pass the PTC"
                    + " folder with --gold.");
        }
        return withLabels(texts, labelsFile(folder));
    }

    /** The articles with the spans of the labels file; a line that cannot be read stops with its number. */
    static GoldSet withLabels(Map<String, String> texts, Path labels) throws GoldException, IOException {
        Map<String, List<LoadedLexicon.GoldSpan>> spans = new LinkedHashMap<>();
        int other = 0;
        int number = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = labels.getFileName() + " line " + number + " ('" + line + "')";
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new GoldException(where + " has " + fields.length + " tab-separated fields, expected 4:"
                        + " article id, technique, start, end. Fix or remove the line.");
            }
            String technique = technique(fields[1].strip());
            if (technique == null) {
                other++;
                continue;
            }
            String text = texts.get(fields[0].strip());
            if (text == null) {
                throw new GoldException(where + " names article " + fields[0] + ", which has no article"
                        + fields[0] + ".txt in the articles folder. Fix the id or add the article.");
            }
            int start;
            int end;
            try {
                start = Integer.parseInt(fields[2].strip());
                end = Integer.parseInt(fields[3].strip());
            } catch (NumberFormatException e) {
                throw new GoldException(where + " has a start or end that is not a whole number. Offsets are"
                        + " code points into the article text.");
            }
            int length = text.codePointCount(0, text.length());
            if (start < 0 || end < start || end > length) {
                throw new GoldException(where + " needs 0 <= start <= end <= " + length + " (the article's length"
                        + " in code points). Fix the offsets.");
            }
            spans.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>()).add(new LoadedLexicon.GoldSpan(
                    text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end), technique));
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            articles.add(new Article(entry.getKey(), entry.getValue(),
                    spans.getOrDefault(entry.getKey(), List.of())));
        }
        return new GoldSet(articles, other);
    }

    /** {@link LoadedWording}'s name of a task technique, or null for the techniques not scored here. */
    static String technique(String taskName) {
        if (taskName.equals(LOADED_LANGUAGE)) {
            return LoadedWording.LOADED_LANGUAGE;
        }
        return taskName.equals(NAME_CALLING) ? LoadedWording.NAME_CALLING : null;
    }

    private static Path labelsFile(Path folder) throws GoldException, IOException {
        List<Path> labels;
        try (Stream<Path> files = Files.list(folder)) {
            labels = files.filter(f -> f.getFileName().toString().endsWith(".labels") && Files.isRegularFile(f))
                    .sorted().toList();
        }
        if (labels.size() != 1) {
            throw new GoldException("the gold folder " + folder + " must hold exactly one *.labels file (article id,"
                    + " technique, start, end, tab-separated), found " + labels.size() + ": " + labels);
        }
        return labels.get(0);
    }
}
