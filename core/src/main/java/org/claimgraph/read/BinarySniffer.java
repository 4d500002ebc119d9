package org.claimgraph.read;

import java.nio.charset.StandardCharsets;

/** Tells binary data (images, PDFs, archives) apart from text, from the first bytes. */
final class BinarySniffer {

    /** How many leading bytes are examined. */
    static final int WINDOW = 8192;

    private static final String READS = "claimgraph reads .txt, .html, .htm, .jsonl and .gz of those";

    private BinarySniffer() {}

    /**
     * Why the bytes are not text, as the middle of an {@link InputException} message; null when they may be text.
     * Call it only when there is no UTF-16 or UTF-32 byte-order mark: text in those encodings is full of zero bytes.
     */
    static String whyBinary(byte[] bytes) {
        String known = knownFormat(bytes);
        if (known != null) {
            return known;
        }
        int end = Math.min(bytes.length, WINDOW);
        int zeros = 0;
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                zeros++;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++; // ESC (0x1b) is left out: ISO-2022-JP text uses it to switch character sets
            }
        }
        // Text in ASCII-compatible charsets holds next to no control bytes; random (compressed) bytes hold ~11%.
        if (zeros * 100 > end || controls * 20 > end) {
            return "looks like binary data (e.g. an image or PDF), not an article; " + READS
                    + ". Leave it out, or convert it to text first.";
        }
        return null;
    }

    private static String knownFormat(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return "is a PDF document, not an article; " + READS
                    + ". Extract its text first (for example with pdftotext) and analyse that.";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, "GIF8")
                || (startsWith(bytes, "RIFF") && bytes.length >= 12 && "WEBP".equals(ascii(bytes, 8, 4)))
                || startsWith(bytes, 'I', 'I', '*', 0) || startsWith(bytes, 'M', 'M', 0, '*')) {
            return "is an image, not an article; " + READS + ". Leave it out.";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "is a ZIP archive (or a .docx, .odt or .epub document), not an article; " + READS
                    + ". Unpack it, or save the document as text or HTML, and analyse that.";
        }
        if (startsWith(bytes, "BZh") || startsWith(bytes, 0xfd, '7', 'z', 'X', 'Z', 0)
                || startsWith(bytes, 0x28, 0xb5, 0x2f, 0xfd) || startsWith(bytes, '7', 'z', 0xbc, 0xaf)
                || startsWith(bytes, "Rar!")) {
            return "is compressed with bzip2, xz, zstd, 7-Zip or RAR; " + READS
                    + ". Decompress it first (or recompress it with gzip).";
        }
        if (startsWith(bytes, 0x1f, 0x8b)) {
            return "is gzip data inside gzip data (compressed twice); " + READS + ". Decompress it once first.";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, prefix.chars().toArray());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int start, int length) {
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
}
