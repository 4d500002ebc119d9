package org.claimgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;

/** Reads and decodes one {@link Input}: size limits, gzip, binary checks, encodings, JSON Lines records. */
public final class InputLoader {

    /** Default bound on the bytes of one input (after decompression). */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public InputLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Loaded load(Input input) throws InputException {
        if (input instanceof Input.FileInput file) {
            return fromBytes(file.source(), readFile(file), file.format());
        }
        if (input instanceof Input.BytesInput bytes) {
            return fromBytes(bytes.source(), bytes.bytes(), bytes.format());
        }
        if (input instanceof Input.JsonLine line) {
            return fromJsonLine(line);
        }
        Input.Unreadable unreadable = (Input.Unreadable) input;
        throw new InputException(unreadable.source(), unreadable.message());
    }

    private byte[] readFile(Input.FileInput file) throws InputException {
        String source = file.source();
        try {
            if (!Files.isReadable(file.path())) {
                throw new InputException(source, "cannot read this file: permission denied. Check its permissions.");
            }
            long size = Files.size(file.path());
            boolean gzip = source.toLowerCase(Locale.ROOT).endsWith(".gz");
            if (!gzip && size > maxBytes) {
                throw new InputException(source, tooLarge(size));
            }
            try (InputStream raw = Files.newInputStream(file.path());
                    InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw) {
                return readBounded(source, in);
            }
        } catch (java.util.zip.ZipException e) {
            throw new InputException(source, "not a valid gzip file (" + e.getMessage()
                    + "). Decompress it yourself to check it, or rename it if it is not compressed.", e);
        } catch (java.io.EOFException e) {
            throw new InputException(source, "the gzip data ends early: the file is truncated. Download or copy it again.", e);
        } catch (IOException e) {
            throw new InputException(source, "cannot read (" + InputWalker.reason(e) + ").", e);
        }
    }

    private byte[] readBounded(String source, InputStream in) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new InputException(source, tooLarge(total));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "is larger than the %s limit for one article (%s or more). "
                + "News articles are far smaller: check that this is an article, or raise the limit with --max-bytes.",
                human(maxBytes), human(size));
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    private Loaded fromBytes(String source, byte[] bytes, InputFormat format) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(source, "is empty. Nothing to analyse; leave it out.");
        }
        Decoded decoded = Decoder.decode(source, bytes, format);
        InputFormat actual = format != null ? format : InputFormat.sniff(decoded.text());
        if (actual == InputFormat.JSONL) {
            String first = decoded.text().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return fromJsonLine(new Input.JsonLine(source, 1, first));
        }
        if (decoded.text().isBlank()) {
            throw new InputException(source, "holds only white space. Nothing to analyse; leave it out.");
        }
        return new Loaded(source, idOf(bytes), actual, decoded.text(), Metadata.EMPTY, decoded.diagnostics());
    }

    private Loaded fromJsonLine(Input.JsonLine line) throws InputException {
        String source = line.source() + ":" + line.lineNumber();
        JsonNode node;
        try {
            node = JSON.readTree(line.line());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(source, "not valid JSON (" + e.getOriginalMessage()
                    + "). Each line of a JSON Lines file must be one JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source, "not a JSON object. Each line must be an object with a \"text\" field.");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new InputException(source, "has no \"text\" field (or it is empty). "
                    + "Each line needs the article text in \"text\"; source, url, title, authors, published and "
                    + "outlet are optional.");
        }
        List<String> authors = new ArrayList<>();
        JsonNode authorNode = node.get("authors");
        if (authorNode != null && authorNode.isArray()) {
            authorNode.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(a.asText().strip());
                }
            });
        } else if (authorNode != null && authorNode.isTextual() && !authorNode.asText().isBlank()) {
            authors.add(authorNode.asText().strip());
        }
        Metadata given = new Metadata(textField(node, "title"), authors, textField(node, "published"),
                textField(node, "url"), textField(node, "outlet"), textField(node, "language"));
        String givenSource = textField(node, "source");
        return new Loaded(givenSource != null ? givenSource : source,
                idOf(line.line().getBytes(StandardCharsets.UTF_8)), InputFormat.JSONL, text.asText(), given, List.of());
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

    /** Diagnostics stage name for reading and decoding. */
    static final String STAGE = "read";

    static Diagnostic warning(String message) {
        return Diagnostic.warning(STAGE, message);
    }
}
