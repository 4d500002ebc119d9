package org.claimgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;

/**
 * Reads and decodes one {@link Input}: size limits, gzip, binary checks, encodings, JSON Lines records. Every failure
 * is an {@link InputException} whose message names the input, says what is wrong and what to do.
 */
public final class InputLoader {

    /** Default bound on the bytes of one input (after decompression). */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Diagnostics stage name for reading and decoding. */
    static final String STAGE = "read";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    /** @param maxBytes bound on the bytes of one input, after decompression (so a gzip bomb cannot fill memory) */
    public InputLoader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public Loaded load(Input input) throws InputException {
        if (input instanceof Input.FileInput file) {
            boolean gzip = Streams.gzipName(file.source());
            return fromBytes(file.source(), readFile(file.source(), file.path()), file.format(), gzip);
        }
        if (input instanceof Input.BytesInput given) {
            return fromBytes(given.source(), gunzipIfGzip(given.source(), given.bytes()), given.format(), false);
        }
        if (input instanceof Input.JsonLine line) {
            return fromJsonLine(line);
        }
        Input.Unreadable unreadable = (Input.Unreadable) input;
        throw new InputException(unreadable.source(), unreadable.message());
    }

    private byte[] readFile(String source, Path path) throws InputException {
        if (!Files.isReadable(path)) {
            throw new InputException(source, "cannot read it: permission denied. Check its permissions, or leave it "
                    + "out.");
        }
        try {
            long size = Files.size(path);
            if (!Streams.gzipName(source) && size > maxBytes) {
                throw new InputException(source, Streams.tooLarge(maxBytes, size));
            }
            try (InputStream in = Streams.open(path)) {
                return Streams.readBounded(source, in, maxBytes);
            }
        } catch (IOException e) {
            throw new InputException(source, Streams.readFailure(e), e);
        }
    }

    /** Bytes handed over in memory (standard input, a pipe) may be gzip data: decompress it, bounded. */
    private byte[] gunzipIfGzip(String source, byte[] bytes) throws InputException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = Streams.decompressed(new BufferedInputStream(new ByteArrayInputStream(bytes)), true)) {
            return Streams.readBounded(source, in, maxBytes);
        } catch (IOException e) {
            throw new InputException(source, Streams.readFailure(e), e);
        }
    }

    private Loaded fromBytes(String source, byte[] bytes, InputFormat format, boolean gzip) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(source, (gzip ? "is empty once decompressed" : "is empty (0 bytes)")
                    + ". Nothing to analyse; leave it out.");
        }
        Decoded decoded = Decoder.decode(source, bytes, format);
        String text = decoded.text();
        if (isBlank(text)) {
            throw new InputException(source, "holds only white space. Nothing to analyse; leave it out.");
        }
        InputFormat actual = format != null ? format : InputFormat.sniff(text);
        if (actual == InputFormat.JSONL) {
            return fromJsonText(source, text);
        }
        return new Loaded(source, idOf(bytes), actual, text, Metadata.EMPTY, decoded.diagnostics());
    }

    /**
     * JSON Lines held in memory as one input (the walker normally splits them into lines): one record is read,
     * several are refused rather than silently cut to the first.
     */
    private Loaded fromJsonText(String source, String text) throws InputException {
        List<String> records = text.lines().filter(line -> !line.isBlank()).toList();
        if (records.size() > 1) {
            throw new InputException(source, "holds " + records.size() + " JSON Lines records, but was handed over "
                    + "as one article. Give it to claimgraph as a file or on standard input, which read each line.");
        }
        return fromJsonLine(new Input.JsonLine(source, 1, records.get(0)));
    }

    private Loaded fromJsonLine(Input.JsonLine line) throws InputException {
        String source = line.source();
        Decoded decoded = Decoder.decodeUtf8(line.bytes());
        JsonNode node;
        try {
            node = JSON.readTree(decoded.text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(source, "this line is not valid JSON (" + e.getOriginalMessage()
                    + "). Each line of a JSON Lines file must be one JSON object, such as "
                    + "{\"text\": \"...\", \"title\": \"...\"}.");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source, "this line is JSON " + kind(node) + ", not an object. Each line must be "
                    + "one object with the article in a \"text\" field.");
        }
        JsonNode text = node.get("text");
        if (text == null) {
            throw new InputException(source, "this record has no \"text\" field. Each line needs the article text in "
                    + "\"text\"; source, url, title, authors, published, outlet and language are optional.");
        }
        if (!text.isTextual()) {
            throw new InputException(source, "\"text\" is " + kind(text) + ", not a string. Put the article text in "
                    + "\"text\" as one JSON string.");
        }
        if (text.asText().isBlank()) {
            throw new InputException(source, "\"text\" is empty. Nothing to analyse; leave the line out.");
        }
        Metadata given = new Metadata(textField(node, "title"), authors(node.get("authors")),
                textField(node, "published"), textField(node, "url"), textField(node, "outlet"),
                textField(node, "language"));
        String givenSource = textField(node, "source");
        return new Loaded(givenSource != null ? givenSource : source, idOf(line.bytes()), InputFormat.JSONL,
                text.asText(), given, decoded.diagnostics());
    }

    /** White space, including the no-break spaces {@link String#isBlank()} does not count. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xfeff);
    }

    private static List<String> authors(JsonNode authorNode) {
        List<String> authors = new ArrayList<>();
        if (authorNode != null && authorNode.isArray()) {
            authorNode.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(a.asText().strip());
                }
            });
        } else if (authorNode != null && authorNode.isTextual() && !authorNode.asText().isBlank()) {
            authors.add(authorNode.asText().strip());
        }
        return authors;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** A stable id for the given input bytes: the first 16 hex digits of their SHA-256. */
    public static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static Diagnostic warning(String message) {
        return Diagnostic.warning(STAGE, message);
    }
}
