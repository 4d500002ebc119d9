package org.claimgraph.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening, decompressing and bounded reading of input bytes, and what to tell the user when they fail. */
final class Streams {

    private static final int BUFFER = 65536;

    private Streams() {}

    static boolean gzipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Opens a file: gunzipped when its name ends in {@code .gz} or it starts with the gzip magic number. */
    static BufferedInputStream open(Path path) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            return decompressed(new BufferedInputStream(raw, BUFFER), gzipName(path.toString()));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The stream itself, or its gunzipped content when {@code gzip} or when it starts with the gzip magic number.
     */
    static BufferedInputStream decompressed(BufferedInputStream in, boolean gzip) throws IOException {
        if (gzip || startsWithGzipMagic(in)) {
            return new Decompressed(new NoReadAhead(new GZIPInputStream(in, BUFFER)));
        }
        return in;
    }

    /** Gunzipped content, so that size errors can say the limit applies after decompression. */
    private static final class Decompressed extends BufferedInputStream {
        Decompressed(InputStream in) {
            super(in, BUFFER);
        }
    }

    /**
     * Hides {@code available()}, so that {@link BufferedInputStream} returns what was decompressed so far instead of
     * reading on: when gzip data is truncated, the lines before the break are still handed out before the error.
     */
    private static final class NoReadAhead extends FilterInputStream {
        NoReadAhead(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    private static boolean startsWithGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    /**
     * Whether the content starts with {@code {} after an optional UTF-8 byte-order mark and white space: JSON
     * Lines. The stream is left where it was.
     */
    static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        int window = BUFFER - 1;
        in.mark(window);
        try {
            for (int i = 0; i < window; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                boolean bom = i < 3 && (b == 0xef || b == 0xbb || b == 0xbf);
                if (!bom && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** Reads all of {@code in}, but no more than {@code maxBytes}. */
    static byte[] readBounded(String source, InputStream in, long maxBytes) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                // a stream is not read to its end just to measure it, so the message gives no size
                throw new InputException(source, tooLarge(maxBytes, in instanceof Decompressed
                        ? " once decompressed" : ""));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The message for input of a known size over the limit. */
    static String tooLarge(long maxBytes, long size) {
        return tooLarge(maxBytes, " (" + human(size) + ")");
    }

    private static String tooLarge(long maxBytes, String detail) {
        return String.format(Locale.ROOT, "is larger than the %s limit for one article%s. News articles are far "
                + "smaller: check that this is an article, or raise the limit with --max-bytes.",
                human(maxBytes), detail);
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

    /** What a failed read means for the user, and what to do (without the source in front). */
    static String readFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read it: permission denied. Check its permissions, or leave it out.";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (it went away while claimgraph was running). Check the path.";
        }
        if (e instanceof EOFException) { // only GZIPInputStream throws it here
            return "the gzip data ends early: the file is truncated. Download or copy it again, "
                    + "or check it with 'gzip -t'.";
        }
        if (e instanceof ZipException && "Not in GZIP format".equals(e.getMessage())) {
            return "is named .gz but does not hold gzip data. Rename it without .gz if it is not compressed.";
        }
        if (e instanceof ZipException) {
            return "the gzip data is corrupt (" + e.getMessage() + "). Download or copy it again, "
                    + "or check it with 'gzip -t'.";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot read it (" + fileSystem.getReason() + "). Check the file, or leave it out.";
        }
        return "cannot read it (" + reason(e) + "). Check the file, or leave it out.";
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
