package org.claimgraph.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.annotate.nlp.CoreNlpAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;

/**
 * CoreNLP parses of gold texts for the attribution evaluation and training, optionally kept in a folder (one
 * gzipped protocol-buffer file per text, named by a hash of the text and the CoreNLP settings) so that repeated runs
 * skip the parser, which takes almost all of the time. Without a folder every text is parsed.
 */
public final class AttributionParses {

    private final CoreNlpAnnotator parser;
    private final Path cache;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
    private int parsed;
    private int loaded;

    /** {@code cache} may be null (no cache). */
    public AttributionParses(CoreNlpAnnotator parser, Path cache) {
        this.parser = parser;
        this.cache = cache;
    }

    /** The parse of a text: from the cache when it holds one, else from CoreNLP (and then stored). */
    public ParsedText parse(String text) {
        if (cache == null) {
            parsed++;
            return parser.parse(text, null);
        }
        Path file = cache.resolve(key(text) + ".pb.gz");
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                Annotation annotation = serializer.fromProto(CoreNLPProtos.Document.parseFrom(in));
                loaded++;
                return new ParsedText(new CoreDocument(annotation));
            } catch (IOException | RuntimeException e) {
                // a damaged cache file: parse again and overwrite it
            }
        }
        ParsedText result = parser.parse(text, null);
        parsed++;
        try {
            Files.createDirectories(cache);
            Path temporary = Files.createTempFile(cache, "parse", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary))) {
                serializer.toProto(result.document().annotation()).writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse cache in " + cache + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** How many texts CoreNLP parsed, and how many came from the cache. */
    public String summary() {
        return parsed + " parsed, " + loaded + " from the cache";
    }

    private String key(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(new java.util.TreeMap<>(CoreNlpAnnotator.defaultProperties()).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
