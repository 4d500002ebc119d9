package org.claimgraph.model;

/**
 * Half-open {@code [begin, end)} range of UTF-16 offsets into one document's text. The JSON export converts them
 * to Unicode code points, as the contract says.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "A span needs 0 <= begin <= end, got begin=%d end=%d".formatted(begin, end));
        }
    }

    /** The words this span covers in {@code text}. */
    public String coveredText(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "Span [%d, %d) runs past the end of a text of %d chars".formatted(begin, end, text.length()));
        }
        return text.substring(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(Span other) {
        return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
    }
}
