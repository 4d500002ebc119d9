package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.model.Diagnostic;
import org.claimgraph.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {

    private static final String ARTICLE = "Council approves budget\n\nThe council approved the budget on Monday. "
            + "\"It is a fair plan,\" the mayor said.\n";

    @TempDir
    Path dir;

    private final InputLoader loader = new InputLoader(InputLoader.DEFAULT_MAX_BYTES);

    @Test
    void plainTextIsLoadedWithItsFormatAndNoDiagnostics() throws Exception {
        Loaded loaded = loadFile("story.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(p("story.txt"), loaded.source());
        assertEquals(InputFormat.TEXT, loaded.format());
        assertEquals(ARTICLE, loaded.text());
        assertEquals(Metadata.EMPTY, loaded.given());
        assertEquals(List.of(), loaded.diagnostics());
    }

    @Test
    void emptyFileIsAnError() {
        InputException e = assertThrows(InputException.class, () -> loadFile("empty.txt", new byte[0]));
        assertEquals(p("empty.txt") + ": is empty (0 bytes). Nothing to analyse; leave it out.", e.getMessage());
        assertEquals(p("empty.txt"), e.source());
    }

    @Test
    void whiteSpaceOnlyFileIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loadFile("blank.html", " \r\n\t\n \u00a0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(p("blank.html") + ": holds only white space. Nothing to analyse; leave it out.", e.getMessage());
    }

    @Test
    void binaryFileIsAnErrorThatSaysWhatIsRead() {
        byte[] image = new byte[2048];
        image[0] = 'J';
        image[100] = 7; // zero bytes and control bytes, no known magic number
        InputException e = assertThrows(InputException.class, () -> loadFile("photo.txt", image));
        assertTrue(e.getMessage().startsWith(p("photo.txt") + ": looks like binary data (e.g. an image or PDF), not "
                + "an article; claimgraph reads .txt, .html, .htm, .jsonl and .gz of those"), e.getMessage());
    }

    @Test
    void gzippedTextAndHtmlAreDecompressed() throws Exception {
        Loaded text = loadFile("story.txt.gz", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ARTICLE, text.text());
        assertEquals(InputFormat.TEXT, text.format());
        String page = "<html><head><title>Budget</title></head><body><p>" + ARTICLE + "</p></body></html>";
        Loaded html = loadFile("page.html.gz", gzip(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(page, html.text());
        assertEquals(InputFormat.HTML, html.format());
    }

    @Test
    void truncatedGzipIsAnError() throws IOException {
        byte[] whole = gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class,
                () -> loadFile("cut.txt.gz", Arrays.copyOf(whole, whole.length - 20)));
        assertEquals(p("cut.txt.gz") + ": the gzip data ends early: the file is truncated. Download or copy it "
                + "again, or check it with 'gzip -t'.", e.getMessage());
    }

    @Test
    void corruptGzipIsAnError() {
        // A valid gzip header, then a deflate block of the reserved type 3.
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, (byte) 0xff, 1, 2, 3};
        InputException e = assertThrows(InputException.class, () -> loadFile("bad.html.gz", corrupt));
        assertTrue(e.getMessage().startsWith(p("bad.html.gz") + ": the gzip data is corrupt ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("Download or copy it again, or check it with 'gzip -t'."), e.getMessage());
    }

    @Test
    void fileNamedGzThatIsNotGzipIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loadFile("plain.txt.gz", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(p("plain.txt.gz") + ": is named .gz but does not hold gzip data. Rename it without .gz if it "
                + "is not compressed.", e.getMessage());
    }

    @Test
    void emptyGzipContentIsAnError() {
        InputException e = assertThrows(InputException.class, () -> loadFile("none.txt.gz", gzip(new byte[0])));
        assertTrue(e.getMessage().contains("is empty once decompressed"), e.getMessage());
    }

    @Test
    void fiftyMegabytePageIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("huge.html");
        byte[] block = "<p>".concat("x".repeat(1021)).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(block);
            }
        }
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.FileInput(big.toString(), big, InputFormat.HTML)));
        assertEquals(big + ": is larger than the 16.0 MB limit for one article (50.0 MB). News articles are far "
                + "smaller: check that this is an article, or raise the limit with --max-bytes.", e.getMessage());
    }

    @Test
    void gzipBombIsStoppedAtTheLimitAfterDecompression() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(spaces); // 64 MB that compress to about 64 KB
            }
        }
        assertTrue(bytes.size() < 1 << 20);
        InputException e = assertThrows(InputException.class, () -> loadFile("bomb.txt.gz", bytes.toByteArray()));
        assertTrue(e.getMessage().startsWith(p("bomb.txt.gz") + ": is larger than the 16.0 MB limit for one article "
                + "once decompressed" + ". News articles"), e.getMessage());
    }

    @Test
    void sizeLimitIsConfigurable() {
        InputLoader small = new InputLoader(100);
        Path path = dir.resolve("story.txt");
        InputException e = assertThrows(InputException.class, () -> {
            Files.write(path, ARTICLE.getBytes(StandardCharsets.UTF_8));
            small.load(new Input.FileInput(path.toString(), path, InputFormat.TEXT));
        });
        assertTrue(e.getMessage().contains("larger than the 100 bytes limit"), e.getMessage());
    }

    @Test
    void invalidUtf8IsReplacedAndReported() throws Exception {
        byte[] bytes = "Zürich – “yes” ¿ X".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xc0; // never valid in UTF-8
        Loaded loaded = loadFile("damaged.txt", bytes);
        assertEquals("Zürich – “yes” ¿ \uFFFD", loaded.text());
        assertEquals(1, loaded.diagnostics().size());
        assertEquals(Diagnostic.Severity.WARNING, loaded.diagnostics().get(0).severity());
        assertTrue(loaded.diagnostics().get(0).message().contains("1 byte is not valid UTF-8"));
    }

    @Test
    void undeclaredLegacyCharsetIsDecodedAndReported() throws Exception {
        Loaded loaded = loadFile("old.txt", "Le café – naïve, déjà.".getBytes(Charset.forName("windows-1252")));
        assertEquals("Le café – naïve, déjà.", loaded.text());
        assertTrue(loaded.diagnostics().get(0).message().contains("windows-1252"));
    }

    @Test
    void idsAreStableForTheSameBytesAndDifferForDifferentBytes() throws Exception {
        Loaded first = loadFile("one.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Loaded copy = loadFile("copy-under-another-name.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Loaded other = loadFile("two.txt", (ARTICLE + ".").getBytes(StandardCharsets.UTF_8));
        assertEquals(first.id(), copy.id());
        assertNotEquals(first.id(), other.id());
        assertTrue(first.id().matches("[0-9a-f]{16}"), first.id());
        assertEquals(first.id(), InputLoader.idOf(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownFormatIsSniffed() throws Exception {
        Loaded html = loader.load(new Input.BytesInput("-", "<!DOCTYPE html><html><body><p>Hi</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), null));
        assertEquals(InputFormat.HTML, html.format());
        Loaded text = loader.load(new Input.BytesInput("-", ARTICLE.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(InputFormat.TEXT, text.format());
    }

    @Test
    void gzippedBytesInputIsDecompressed() throws Exception {
        Loaded loaded = loader.load(new Input.BytesInput("-", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)), null));
        assertEquals(ARTICLE, loaded.text());
    }

    @Test
    void jsonLinesRecordKeepsItsSourceAndMetadata() throws Exception {
        String line = "{\"text\": \"Body text.\", \"source\": \"https://news.example/budget\", \"title\": \"Budget\", "
                + "\"authors\": [\"A. Writer\", \" \"], \"published\": \"2024-05-28\", \"outlet\": \"Example News\"}";
        Loaded loaded = loader.load(new Input.JsonLine("corpus.jsonl", 7, line));
        assertEquals("https://news.example/budget", loaded.source());
        assertEquals("Body text.", loaded.text());
        assertEquals(InputFormat.JSONL, loaded.format());
        assertEquals("Budget", loaded.given().title());
        assertEquals(List.of("A. Writer"), loaded.given().authors());
        assertEquals("2024-05-28", loaded.given().published());
        assertEquals(InputLoader.idOf(line.getBytes(StandardCharsets.UTF_8)), loaded.id());
    }

    @Test
    void jsonLinesRecordWithoutSourceIsNamedByFileAndLine() throws Exception {
        Loaded loaded = loader.load(new Input.JsonLine("corpus.jsonl", 7, "{\"text\": \"Body.\"}"));
        assertEquals("corpus.jsonl:7", loaded.source());
    }

    @Test
    void jsonLinesLineThatIsNotJsonIsAnErrorNamingFileAndLine() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 3, "{\"text\": \"unfinished")));
        assertTrue(e.getMessage().startsWith("corpus.jsonl:3: this line is not valid JSON ("), e.getMessage());
        assertTrue(e.getMessage().contains("Each line of a JSON Lines file must be one JSON object"), e.getMessage());
    }

    @Test
    void jsonLinesLineThatIsNotAnObjectIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 4, "[\"text\", \"x\"]")));
        assertTrue(e.getMessage().startsWith("corpus.jsonl:4: this line is JSON an array, not an object."),
                e.getMessage());
    }

    @Test
    void jsonLinesRecordWithoutTextIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 5, "{\"title\": \"No body\"}")));
        assertTrue(e.getMessage().startsWith("corpus.jsonl:5: this record has no \"text\" field."), e.getMessage());
    }

    @Test
    void jsonLinesRecordWithNonStringTextIsAnError() {
        InputException number = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 6, "{\"text\": 42}")));
        assertEquals("corpus.jsonl:6: \"text\" is a number, not a string. Put the article text in \"text\" as one "
                + "JSON string.", number.getMessage());
        InputException array = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 8, "{\"text\": [\"a\", \"b\"]}")));
        assertTrue(array.getMessage().startsWith("corpus.jsonl:8: \"text\" is an array, not a string."));
    }

    @Test
    void jsonLinesRecordWithEmptyTextIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.JsonLine("corpus.jsonl", 9, "{\"text\": \"  \"}")));
        assertEquals("corpus.jsonl:9: \"text\" is empty. Nothing to analyse; leave the line out.", e.getMessage());
    }

    @Test
    void jsonLinesLineWithInvalidUtf8IsLoadedWithAWarning() throws Exception {
        byte[] line = "{\"text\": \"caf? au lait\"}".getBytes(StandardCharsets.UTF_8);
        line[13] = (byte) 0xe9;
        Loaded loaded = loader.load(new Input.JsonLine("corpus.jsonl", 2, line));
        assertEquals("caf\uFFFD au lait", loaded.text());
        assertTrue(loaded.diagnostics().get(0).message().contains("JSON Lines must be UTF-8"));
    }

    @Test
    void firstJsonLinesLineMayStartWithAByteOrderMark() throws Exception {
        Loaded loaded = loader.load(new Input.JsonLine("corpus.jsonl", 1, "\uFEFF{\"text\": \"Body.\"}"));
        assertEquals("Body.", loaded.text());
        assertEquals(List.of(), loaded.diagnostics());
    }

    @Test
    void severalJsonLinesRecordsInOneInMemoryInputAreRefusedNotCut() {
        InputException e = assertThrows(InputException.class, () -> loader.load(new Input.BytesInput("api",
                "{\"text\": \"one\"}\n{\"text\": \"two\"}\n".getBytes(StandardCharsets.UTF_8), null)));
        assertTrue(e.getMessage().startsWith("api: holds 2 JSON Lines records"), e.getMessage());
    }

    @Test
    void unreadableInputBecomesAnError() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(new Input.Unreadable("gone", "no such file or directory. Check the path.")));
        assertEquals("gone: no such file or directory. Check the path.", e.getMessage());
    }

    @Test
    void crLfLineEndsAreNormalised() throws Exception {
        Loaded loaded = loadFile("windows.txt", "Title\r\n\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Title\n\nBody.\n", loaded.text());
    }

    private Loaded loadFile(String name, byte[] bytes) throws IOException, InputException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return loader.load(new Input.FileInput(path.toString(), path, InputFormat.fromFileName(name)));
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
