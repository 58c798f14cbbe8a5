package org.newsgraph.web;

/**
 * Article texts: NIF offsets are Unicode code points (RFC 5147), Java strings are UTF-16;
 * and the sentence around a span, for showing a mention in its context.
 */
final class Texts {
    private Texts() {
    }

    /** The UTF-16 index of code point offset {@code cp} (clamped to the text). */
    static int index(String text, int cp) {
        int n = text.codePointCount(0, text.length());
        int c = Math.max(0, Math.min(cp, n));
        return text.offsetByCodePoints(0, c);
    }

    /** The sentence(s) around [begin, end) (UTF-16 indices): from the end of the sentence before to the end of the last. */
    static int[] sentence(String text, int begin, int end) {
        int s = begin;
        int limit = Math.max(0, begin - 600);
        while (s > limit) {
            char c = text.charAt(s - 1);
            if (c == '\n' || ((c == ' ') && s >= 2 && isStop(text.charAt(s - 2)))) {
                break;
            }
            s--;
        }
        int e = end;
        int max = Math.min(text.length(), end + 600);
        while (e < max) {
            char c = text.charAt(e);
            if (c == '\n') {
                break;
            }
            if (isStop(c) && (e + 1 >= text.length() || Character.isWhitespace(text.charAt(e + 1))
                    || text.charAt(e + 1) == '"' || text.charAt(e + 1) == '\u201d')) {
                e++;
                if (e < text.length() && (text.charAt(e) == '"' || text.charAt(e) == '\u201d')) {
                    e++;
                }
                break;
            }
            e++;
        }
        while (s < begin && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new int[] {s, e};
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** The sentence around the span as HTML, the span in a {@code <mark>}. */
    static String sentenceHtml(String text, int cpBegin, int cpEnd) {
        int b = index(text, cpBegin);
        int e = index(text, cpEnd);
        int[] s = sentence(text, b, e);
        return Html.esc(text.substring(s[0], b)) + "<mark>" + Html.esc(text.substring(b, e))
                + "</mark>" + Html.esc(text.substring(e, s[1]));
    }
}
