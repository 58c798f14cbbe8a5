package org.newsgraph.draft;

/** A half-open range of the article text in Java {@code char} offsets (converted to code points only on output). */
public record Span(int begin, int end) implements Comparable<Span> {

    public boolean overlaps(Span o) {
        return begin < o.end && o.begin < end;
    }

    public boolean contains(Span o) {
        return begin <= o.begin && o.end <= end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
