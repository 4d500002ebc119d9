package org.claimgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.model.Diagnostic;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text. Never silently mangles: whenever the charset was guessed rather than declared (other than valid
 * UTF-8), a declared charset did not fit the bytes, or bytes had to be replaced, the result carries a warning that
 * says which charset was used and why.
 *
 * <p>The order, as browsers do it:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides, and is not part of the text;
 *   <li>for HTML, the {@code <meta charset>} or {@code http-equiv="Content-Type"} declaration in the first 4 KB
 *       ({@code iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, as in the HTML standard);
 *   <li>with no declaration: UTF-8 when the bytes are valid UTF-8, or mostly valid UTF-8 (the few invalid bytes are
 *       replaced with U+FFFD); otherwise the charset detected from the bytes; otherwise windows-1252.
 * </ol>
 *
 * <p>Line ends are normalised: CR LF and lone CR become LF. All offsets computed later index the decoded,
 * normalised text, not the input bytes.
 *
 * <pre>{@code
 * Decoded decoded = Decoder.decode("page.html", bytes, InputFormat.HTML);
 * decoded.text();        // the page as text
 * decoded.charset();     // "windows-1252"
 * decoded.diagnostics(); // empty when the charset was declared or the bytes are valid UTF-8
 * }</pre>
 */
public final class Decoder {

    /** How many bytes the charset detector sees at most. */
    private static final int DETECTION_WINDOW = 1 << 20;

    private Decoder() {}

    /**
     * Decodes {@code bytes}.
     *
     * @param source the input's name, for error messages
     * @param format what the bytes are; null when unknown (HTML is then recognised by its markup)
     * @throws InputException when the bytes are binary data rather than text
     */
    public static Decoded decode(String source, byte[] bytes, InputFormat format) throws InputException {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            Attempt attempt = Attempt.of(bytes, bom.length(), bom.charset());
            String warning = attempt.clean() ? null : "decoded as " + bom.charset().name()
                    + " as its byte-order mark says, but " + attempt.replacedFault() + ".";
            return finish(attempt, warning);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            Attempt attempt = Attempt.of(bytes, 0, utf16);
            return finish(attempt, "has no byte-order mark, but every other byte is zero, so it was decoded as "
                    + utf16.name() + (attempt.clean() ? "" : "; " + attempt.replacedFault())
                    + ". Save it as UTF-8 to be sure.");
        }
        String binary = BinarySniffer.whyBinary(bytes);
        if (binary != null) {
            throw new InputException(source, binary);
        }
        boolean html = format == InputFormat.HTML || (format == null && CharsetNames.looksLikeHtml(bytes, 0));
        String label = html ? CharsetNames.declaredInHtml(bytes, 0) : null;
        if (label == null) {
            return undeclared(bytes, "no charset is declared");
        }
        Charset declared = CharsetNames.resolve(label);
        if (declared == null) {
            return undeclared(bytes, "the page declares the charset '" + label + "', which is unknown");
        }
        return declared(bytes, label, declared);
    }

    /**
     * Decodes one JSON Lines line, which must be UTF-8 (RFC 8259); a leading byte-order mark is dropped, invalid bytes
     * are replaced with U+FFFD and reported. Line ends are left alone: a JSON line holds none outside strings.
     */
    static Decoded decodeUtf8(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        int start = bom != null && bom.charset().equals(StandardCharsets.UTF_8) ? bom.length() : 0;
        Attempt attempt = Attempt.of(bytes, start, StandardCharsets.UTF_8);
        List<Diagnostic> diagnostics = attempt.clean() ? List.of()
                : List.of(InputLoader.warning("the line is not valid UTF-8: " + attempt.replacedFault()
                        + ". JSON Lines must be UTF-8; convert the file."));
        return new Decoded(attempt.text(), "UTF-8", diagnostics);
    }

    private static Decoded declared(byte[] bytes, String label, Charset declared) {
        Attempt attempt = Attempt.of(bytes, 0, declared);
        boolean utf8 = declared.equals(StandardCharsets.UTF_8);
        if (attempt.clean()) {
            if (!utf8 && attempt.nonAscii() > 0) {
                Attempt asUtf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
                if (asUtf8.clean()) {
                    return finish(asUtf8, "the page declares the charset '" + label + "', but its bytes are valid "
                            + "UTF-8 with " + asUtf8.nonAscii() + " non-ASCII characters, which " + declared.name()
                            + " text almost never is; decoded as UTF-8. If accented letters look wrong, fix the "
                            + "declaration.");
                }
            }
            return finish(attempt, null);
        }
        String mismatch = "the page declares the charset '" + label + "', but " + attempt.fault();
        if (utf8) {
            if (attempt.mostlyValidUtf8()) {
                return finish(attempt, "decoded as UTF-8 as the page declares, but " + attempt.replacedFault()
                        + "; the rest is valid UTF-8.");
            }
            return guessed(bytes, attempt, mismatch);
        }
        Attempt asUtf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
        if (asUtf8.clean() || asUtf8.mostlyValidUtf8()) {
            return finish(asUtf8, mismatch + "; the bytes are " + (asUtf8.clean() ? "" : "mostly ")
                    + "valid UTF-8, so they were decoded as UTF-8" + replacedNote(asUtf8) + ".");
        }
        Attempt detected = detect(bytes, declared);
        if (detected != null) {
            return finish(detected, mismatch + "; decoded as " + detected.charset().name()
                    + ", the charset detected from the bytes" + replacedNote(detected) + ". " + checkAdvice());
        }
        return finish(attempt, "decoded as " + declared.name() + " as the page declares ('" + label + "'), but "
                + attempt.replacedFault() + ". Check the file; it may be damaged.");
    }

    private static Decoded undeclared(byte[] bytes, String why) {
        Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.clean() && !looksLikeIso2022(bytes)) {
            return finish(utf8, null);
        }
        if (utf8.mostlyValidUtf8()) {
            return finish(utf8, "decoded as UTF-8, but " + utf8.replacedFault() + "; the rest "
                    + "is valid UTF-8 (" + utf8.nonAscii() + " non-ASCII characters). Check the file; it may be "
                    + "damaged or have text in another charset pasted into it.");
        }
        String reason = utf8.clean() ? why + " and the bytes hold ISO-2022 escape sequences"
                : why + " and " + utf8.fault();
        return guessed(bytes, utf8, reason);
    }

    /** Detection, then windows-1252: the charset is a guess, so the result always carries a warning. */
    private static Decoded guessed(byte[] bytes, Attempt failed, String reason) {
        Attempt detected = detect(bytes, failed.charset());
        if (detected != null) {
            return finish(detected, reason + "; decoded as " + detected.charset().name()
                    + ", the charset detected from the bytes" + replacedNote(detected) + ". " + checkAdvice());
        }
        Attempt fallback = Attempt.of(bytes, 0, CharsetNames.WINDOWS_1252);
        return finish(fallback, reason + "; the charset could not be detected, so the text was decoded as "
                + "windows-1252, the most common legacy charset of web pages" + replacedNote(fallback) + ". "
                + checkAdvice());
    }

    /**
     * The charset the detector names, when it decodes the bytes with at most one bad byte in ten non-ASCII
     * characters; null otherwise or when it names {@code exclude} (already tried).
     */
    private static Attempt detect(byte[] bytes, Charset exclude) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_WINDOW));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset charset = name == null ? null : CharsetNames.resolve(name);
        if (charset == null || charset.equals(exclude)) {
            return null;
        }
        Attempt attempt = Attempt.of(bytes, 0, charset);
        return attempt.replaced() * 10 <= attempt.nonAscii() ? attempt : null;
    }

    private static String replacedNote(Attempt attempt) {
        return attempt.clean() ? "" : "; " + attempt.replacedFault();
    }

    private static String checkAdvice() {
        return "Check that accented letters read right; if not, declare the charset or convert the file to UTF-8.";
    }

    private static Decoded finish(Attempt attempt, String warning) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (warning != null) {
            diagnostics.add(InputLoader.warning(warning));
        }
        return new Decoded(normaliseLineEnds(attempt.text()), attempt.charset().name(), diagnostics);
    }

    /** CR LF and lone CR to LF. */
    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Text in UTF-16 without a byte-order mark: mostly Latin text has a zero in every other byte. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, BinarySniffer.WINDOW) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenZeros++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** 7-bit ISO-2022 text (Japanese e-mail and old web pages) is valid ASCII, but switches sets with ESC $ or ESC (. */
    private static boolean looksLikeIso2022(byte[] bytes) {
        int end = Math.min(bytes.length, DETECTION_WINDOW) - 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0x1b && (bytes[i + 1] == '$' || bytes[i + 1] == '(')) {
                return true;
            }
        }
        return false;
    }

    /** A byte-order mark: the charset it announces and its length in bytes. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }

    /**
     * The bytes decoded with one charset, every undecodable byte sequence replaced with U+FFFD and counted.
     *
     * @param replaced how many U+FFFD were put in
     * @param badBytes how many bytes they replace
     * @param firstBad byte offset of the first of them, -1 when there are none
     * @param nonAscii how many decoded characters (not counting the replacements) are outside ASCII
     */
    private record Attempt(String text, Charset charset, int replaced, long badBytes, long firstBad, int nonAscii) {

        static Attempt of(byte[] bytes, int start, Charset charset) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CharBuffer out = CharBuffer.allocate(bytes.length - start + 16);
            int replaced = 0;
            long badBytes = 0;
            long firstBad = -1;
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isUnderflow()) {
                    result = decoder.flush(out);
                    if (result.isOverflow()) {
                        out = grow(out);
                        continue;
                    }
                    break;
                }
                if (result.isOverflow()) {
                    out = grow(out);
                    continue;
                }
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                replaced++;
                badBytes += result.length();
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            }
            out.flip();
            String text = out.toString();
            int nonAscii = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                    nonAscii++;
                }
            }
            return new Attempt(text, charset, replaced, badBytes, firstBad, nonAscii - replaced);
        }

        private static CharBuffer grow(CharBuffer out) {
            CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
            out.flip();
            bigger.put(out);
            return bigger;
        }

        boolean clean() {
            return replaced == 0;
        }

        /** Some valid multibyte characters and no more bad sequences than them: UTF-8 with a few damaged bytes. */
        boolean mostlyValidUtf8() {
            return charset.equals(StandardCharsets.UTF_8) && nonAscii > 0 && replaced <= nonAscii;
        }

        /** "N bytes are not valid X and were replaced with U+FFFD (the first at byte offset K)". */
        String replacedFault() {
            return String.format(Locale.ROOT, "%d %s not valid %s and %s replaced with U+FFFD (the first at byte "
                    + "offset %d)", badBytes, badBytes == 1 ? "byte is" : "bytes are", charset.name(),
                    badBytes == 1 ? "was" : "were", firstBad);
        }

        /** "N bytes are not valid X (the first at byte offset K)". */
        String fault() {
            return String.format(Locale.ROOT, "%d %s not valid %s (the first at byte offset %d)", badBytes,
                    badBytes == 1 ? "byte is" : "bytes are", charset.name(), firstBad);
        }
    }
}
