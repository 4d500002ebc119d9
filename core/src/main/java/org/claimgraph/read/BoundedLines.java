package org.claimgraph.read;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines (LF or CR LF) without decoding it, holding at most {@code maxBytes} of one line in
 * memory: a longer line is skipped to its end and reported as too long, so a single endless line (or a gzip bomb)
 * cannot exhaust memory.
 */
final class BoundedLines implements Closeable {

    /** One line: its bytes without the line end, or only its length when it was longer than the bound. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean ended;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The number of the last line returned (1 for the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. A line cut off by an I/O error is not returned. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    ended = true;
                    if (!any) {
                        return null;
                    }
                    return finish(line, length);
                }
                position = 0;
                limit = n;
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            length += count;
            if (length <= maxBytes) {
                line.write(buffer, start, count);
            } else if (line.size() > 0) {
                line = new ByteArrayOutputStream(); // over the bound: keep only the count
            }
            if (position < limit) {
                position++; // the LF
                return finish(line, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        lineNumber++;
        if (length > maxBytes) {
            return new Line(lineNumber, null, length);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, trimmed, 0, trimmed.length);
            return new Line(lineNumber, trimmed, length - 1);
        }
        return new Line(lineNumber, bytes, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
