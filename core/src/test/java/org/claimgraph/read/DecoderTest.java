package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimgraph.model.Diagnostic;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final String FRENCH = "café – naïve";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void utf8ByteOrderMarkIsStrippedAndDecides() throws InputException {
        Decoded decoded = decode(concat(bom(0xef, 0xbb, 0xbf), "Zürich".getBytes(StandardCharsets.UTF_8)), null);
        assertEquals("Zürich", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertEquals(List.of(), decoded.diagnostics());
    }

    @Test
    void utf16ByteOrderMarksAreReadInBothByteOrders() throws InputException {
        Decoded little = decode(concat(bom(0xff, 0xfe), FRENCH.getBytes(StandardCharsets.UTF_16LE)), null);
        Decoded big = decode(concat(bom(0xfe, 0xff), FRENCH.getBytes(StandardCharsets.UTF_16BE)), null);
        assertEquals(FRENCH, little.text());
        assertEquals("UTF-16LE", little.charset());
        assertEquals(FRENCH, big.text());
        assertEquals("UTF-16BE", big.charset());
        assertEquals(List.of(), little.diagnostics());
    }

    @Test
    void utf32ByteOrderMarksAreReadAndNotMistakenForUtf16() throws InputException {
        Decoded little = decode(concat(bom(0xff, 0xfe, 0, 0), FRENCH.getBytes(Charset.forName("UTF-32LE"))), null);
        Decoded big = decode(concat(bom(0, 0, 0xfe, 0xff), FRENCH.getBytes(Charset.forName("UTF-32BE"))), null);
        assertEquals(FRENCH, little.text());
        assertEquals("UTF-32LE", little.charset());
        assertEquals(FRENCH, big.text());
        assertEquals("UTF-32BE", big.charset());
    }

    @Test
    void byteOrderMarkWinsOverMetaCharset() throws InputException {
        byte[] page = html("windows-1252", "<p>" + FRENCH + "</p>", StandardCharsets.UTF_8);
        Decoded decoded = decode(concat(bom(0xef, 0xbb, 0xbf), page), InputFormat.HTML);
        assertTrue(decoded.text().startsWith("<!DOCTYPE html>"), decoded.text());
        assertTrue(decoded.text().contains(FRENCH));
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void metaCharsetWindows1252IsUsedWithoutWarning() throws InputException {
        Decoded decoded = decode(html("windows-1252", "<p>" + FRENCH + " – 50 €</p>", WINDOWS_1252),
                InputFormat.HTML);
        assertTrue(decoded.text().contains(FRENCH + " – 50 €"), decoded.text());
        assertEquals("windows-1252", decoded.charset());
        assertEquals(List.of(), decoded.diagnostics());
    }

    @Test
    void httpEquivIso88591IsReadAsWindows1252LikeBrowsersDo() throws InputException {
        String head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<title>t</title></head><body><p>";
        // 0x93, 0x94 and 0x96 are C1 controls in ISO-8859-1 proper, but curly quotes and a dash in windows-1252.
        byte[] page = (head + "“" + FRENCH + "” – ok</p></body></html>").getBytes(WINDOWS_1252);
        Decoded decoded = decode(page, InputFormat.HTML);
        assertTrue(decoded.text().contains("“" + FRENCH + "” – ok"), decoded.text());
        assertEquals("windows-1252", decoded.charset());
        assertEquals(List.of(), decoded.diagnostics());
    }

    @Test
    void metaCharsetShiftJisIsUsed() throws InputException {
        String japanese = "東京都の天気は晴れです。首相は「問題ない」と述べた。";
        Decoded decoded = decode(html("Shift_JIS", "<p>" + japanese + "</p>", Charset.forName("Shift_JIS")),
                InputFormat.HTML);
        assertTrue(decoded.text().contains(japanese), decoded.text());
        assertEquals(List.of(), decoded.diagnostics());
    }

    @Test
    void metaCharsetKoi8rIsUsedEvenWhenTheFormatIsUnknown() throws InputException {
        String russian = "Министр заявил: \"Решение принято\". Журналисты задали вопросы.";
        Decoded decoded = decode(html("koi8-r", "<p>" + russian + "</p>", Charset.forName("KOI8-R")), null);
        assertTrue(decoded.text().contains(russian), decoded.text());
        assertEquals("KOI8-R", decoded.charset());
        assertEquals(List.of(), decoded.diagnostics());
    }

    @Test
    void metaCharsetIsIgnoredInPlainText() throws InputException {
        byte[] text = ("A note: <meta charset=\"koi8-r\"> is how pages declare it. " + FRENCH)
                .getBytes(StandardCharsets.UTF_8);
        Decoded decoded = decode(text, InputFormat.TEXT);
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.text().endsWith(FRENCH));
    }

    @Test
    void undeclaredWindows1252IsDetectedWithoutManglingAndWithAWarning() throws InputException {
        Decoded decoded = decode(FRENCH.getBytes(WINDOWS_1252), InputFormat.TEXT);
        assertEquals(FRENCH, decoded.text());
        assertEquals("windows-1252", decoded.charset());
        String warning = onlyWarning(decoded);
        assertTrue(warning.contains("no charset is declared"), warning);
        assertTrue(warning.contains("decoded as windows-1252"), warning);
    }

    @Test
    void undeclaredKoi8rIsDetected() throws InputException {
        String russian = "Министр заявил журналистам, что решение было принято после долгих переговоров.";
        Decoded decoded = decode(russian.getBytes(Charset.forName("KOI8-R")), InputFormat.TEXT);
        assertEquals(russian, decoded.text());
        assertEquals("KOI8-R", decoded.charset());
        assertTrue(onlyWarning(decoded).contains("detected"));
    }

    @Test
    void undeclaredIso2022JpIsNotTakenForAscii() throws InputException {
        String japanese = "東京都の天気は晴れです。首相は「問題ない」と述べた。";
        Decoded decoded = decode(japanese.getBytes(Charset.forName("ISO-2022-JP")), InputFormat.TEXT);
        assertEquals(japanese, decoded.text());
        assertTrue(onlyWarning(decoded).contains("ISO-2022 escape sequences"));
    }

    @Test
    void mostlyUtf8WithTwoInvalidBytesStaysUtf8WithReplacementsAndAWarning() throws InputException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] start = "Zürich – the mayor said “no”. ".getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(start);
        bytes.write(0xff); // never valid in UTF-8
        bytes.writeBytes(" Naïve café ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xe9); // windows-1252 é, followed by ASCII: invalid
        bytes.writeBytes("t\u00e9 in São Paulo.".getBytes(StandardCharsets.UTF_8));
        Decoded decoded = decode(bytes.toByteArray(), null);
        assertEquals("Zürich – the mayor said “no”. \uFFFD Naïve café \uFFFDt\u00e9 in São Paulo.", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        String warning = onlyWarning(decoded);
        assertTrue(warning.contains("2 bytes are not valid UTF-8"), warning);
        assertTrue(warning.contains("the first at byte offset " + start.length + ")"), warning);
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1252IsDecodedAsWindows1252WithAWarning() throws InputException {
        Decoded decoded = decode(html("utf-8", "<p>" + FRENCH + "</p>", WINDOWS_1252), InputFormat.HTML);
        assertTrue(decoded.text().contains("<p>" + FRENCH + "</p>"), decoded.text());
        assertEquals("windows-1252", decoded.charset());
        String warning = onlyWarning(decoded);
        assertTrue(warning.contains("declares the charset 'utf-8'"), warning);
        assertTrue(warning.contains("decoded as windows-1252"), warning);
    }

    @Test
    void declaredLegacyCharsetOnValidUtf8IsReadAsUtf8WithAWarning() throws InputException {
        Decoded decoded = decode(html("iso-8859-1", "<p>" + FRENCH + "</p>", StandardCharsets.UTF_8),
                InputFormat.HTML);
        assertTrue(decoded.text().contains(FRENCH), decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(onlyWarning(decoded).contains("valid UTF-8"));
    }

    @Test
    void unknownDeclaredCharsetIsReportedAndIgnored() throws InputException {
        Decoded decoded = decode(html("x-no-such-charset", "<p>" + FRENCH + "</p>", WINDOWS_1252), InputFormat.HTML);
        assertTrue(decoded.text().contains(FRENCH), decoded.text());
        assertTrue(onlyWarning(decoded).contains("'x-no-such-charset', which is unknown"));
    }

    @Test
    void validUtf8AndAsciiNeedNoWarning() throws InputException {
        assertEquals(List.of(), decode(FRENCH.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT).diagnostics());
        assertEquals(List.of(), decode("plain ASCII".getBytes(StandardCharsets.UTF_8), null).diagnostics());
    }

    @Test
    void lineEndsAreNormalisedToLineFeeds() throws InputException {
        Decoded decoded = decode("one\r\ntwo\rthree\n\r\nfour".getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
        assertEquals("one\ntwo\nthree\n\nfour", decoded.text());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedWithAWarning() throws InputException {
        Decoded decoded = decode("The minister said it was over.".getBytes(StandardCharsets.UTF_16LE), null);
        assertEquals("The minister said it was over.", decoded.text());
        assertTrue(onlyWarning(decoded).contains("no byte-order mark"));
    }

    @Test
    void binaryDataIsRefusedWithAMessageSayingWhatIsRead() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7 * (i >> 3)); // every byte value, with zero bytes in odd and even places
        }
        InputException e = assertThrows(InputException.class, () -> Decoder.decode("x.txt", bytes, null));
        assertEquals("x.txt: looks like binary data (e.g. an image or PDF), not an article; claimgraph reads .txt, "
                + ".html, .htm, .jsonl and .gz of those. Leave it out, or convert it to text first.", e.getMessage());
    }

    @Test
    void knownBinaryFormatsAreNamed() {
        InputException pdf = assertThrows(InputException.class, () -> Decoder.decode("a.txt",
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), null));
        assertTrue(pdf.getMessage().contains("is a PDF document"), pdf.getMessage());
        InputException png = assertThrows(InputException.class, () -> Decoder.decode("b.html",
                bom(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13), InputFormat.HTML));
        assertTrue(png.getMessage().contains("is an image"), png.getMessage());
    }

    @Test
    void jsonLineDecodingReportsInvalidBytes() {
        byte[] line = concat("{\"text\": \"caf".getBytes(StandardCharsets.UTF_8), bom(0xe9, '"', '}'));
        Decoded decoded = Decoder.decodeUtf8(line);
        assertEquals("{\"text\": \"caf\uFFFD\"}", decoded.text());
        assertTrue(onlyWarning(decoded).contains("1 byte is not valid UTF-8"));
    }

    private static Decoded decode(byte[] bytes, InputFormat format) throws InputException {
        return Decoder.decode("test", bytes, format);
    }

    private static String onlyWarning(Decoded decoded) {
        assertEquals(1, decoded.diagnostics().size(), () -> decoded.diagnostics().toString());
        Diagnostic diagnostic = decoded.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.WARNING, diagnostic.severity());
        assertEquals("read", diagnostic.stage());
        return diagnostic.message();
    }

    static byte[] html(String charset, String body, Charset encoding) {
        return ("<!DOCTYPE html>\r\n<html><head><meta charset=\"" + charset + "\"><title>Test page</title></head>\r\n"
                + "<body>" + body + "</body></html>\r\n").getBytes(encoding);
    }

    static byte[] bom(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
