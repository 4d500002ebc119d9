package org.claimgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.claimgraph.analyze.AnalyzeOptions;
import org.claimgraph.analyze.Analyzer;
import org.claimgraph.annotate.ArticleAnnotator;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.model.Document;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.read.Input;
import org.claimgraph.read.InputException;
import org.claimgraph.read.InputFormat;

/**
 * The child JVM of {@code bench analyze}: measures one system over the given article files and prints one
 * {@code BENCH-RESULT} line. Arguments: {@code claimgraph|corenlp THREADS FILE...}. Each pass reads the files again.
 */
public final class AnalyzeBenchChild {

    /** The systems the benchmark compares. */
    enum Contender {
        /** claimgraph's {@code analyze}: read, extract the body and metadata, then the article pipeline. */
        claimgraph,
        /** CoreNLP's own pipeline with its default settings and the annotators below. */
        corenlp
    }

    static final String CORENLP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private AnalyzeBenchChild() {}

    public static void main(String[] args) throws InterruptedException {
        Contender system = Contender.valueOf(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        AnalyzeRun.Measurement measurement = new AnalyzeRun<>(system.name(), files, threads).measure(() -> load(system));
        System.out.println(measurement.toLine());
        System.out.flush();
    }

    /** Loads the system's models and returns what analyses one article file. */
    static Function<Path, ?> load(Contender system) {
        if (system == Contender.claimgraph) {
            return claimgraph();
        }
        return corenlp();
    }

    private static Function<Path, Document> claimgraph() {
        Analyzer analyzer = new Analyzer(AnalyzeOptions.defaults());
        ArticleAnnotator annotator = ArticleAnnotator.shared();
        for (Annotator<?> stage : annotator.pipeline().stages()) {
            if (stage instanceof CoreNlpAnnotator nlp) {
                nlp.load();
            }
        }
        return file -> {
            try {
                return annotator.apply(analyzer.analyze(new Input.FileInput(file.toString(), file, InputFormat.TEXT)));
            } catch (InputException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
        };
    }

    /** CoreNLP's default properties; only the annotator list is set. */
    static Properties corenlpProperties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", CORENLP_ANNOTATORS);
        return properties;
    }

    private static Function<Path, Annotation> corenlp() {
        RedwoodConfiguration.errorLevel().apply();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(corenlpProperties());
        return file -> {
            Annotation annotation = new Annotation(read(file));
            pipeline.annotate(annotation);
            return annotation;
        };
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line of a child JVM measuring {@code system}. */
    static List<String> command(String java, String heap, String classPath, Contender system, int threads,
            List<Path> files) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", classPath,
                AnalyzeBenchChild.class.getName(), system.name(), Integer.toString(threads)));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        return command;
    }
}
