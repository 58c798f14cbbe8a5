package org.newsgraph.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotation.Evidence;
import org.newsgraph.util.Sha256;

/**
 * The text of an article, and the resolution of evidence (exact text) to spans whose
 * offsets count Unicode code points (RFC 5147 / NIF), end exclusive.
 */
public final class ArticleText {

    /** A resolved span: code-point offsets, end exclusive, and the text between them. */
    public record Span(int begin, int end, String anchor) {
    }

    /** Why a piece of evidence could not be resolved. */
    public static final class EvidenceProblem extends Exception {
        EvidenceProblem(String message) {
            super(message);
        }
    }

    private final String text;
    private final int length;
    /**
     * For each char index of the text (and its end), the code-point offset there; null when the
     * text has no surrogate pairs (then the two are the same). Computed once per article, so that
     * resolving a span never re-counts from the start.
     */
    private final int[] codePointAt;
    /** For each code-point offset (and the end), the char index there; null as above. */
    private final int[] charAt;
    private String lowerCase;
    private String folded;
    /** Where each evidence text found so far occurs in the text (evidence repeats). */
    private final Map<String, List<Integer>> found = new ConcurrentHashMap<>();

    public ArticleText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            codePointAt = null;
            charAt = null;
        } else {
            codePointAt = new int[text.length() + 1];
            charAt = new int[length + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                codePointAt[i] = cp;
                boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    codePointAt[i + 1] = cp; // inside the pair
                }
                charAt[cp] = i;
                if (pair) {
                    i++;
                }
                cp++;
            }
            codePointAt[text.length()] = cp;
            charAt[cp] = text.length();
        }
    }

    /** The code-point offset at a char index. */
    private int codePoints(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }

    /** Whether a char index falls between the two halves of a surrogate pair. */
    private boolean insidePair(int charIndex) {
        return charIndex > 0 && charIndex < text.length() && Character.isLowSurrogate(text.charAt(charIndex))
                && Character.isHighSurrogate(text.charAt(charIndex - 1));
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    public String sha256() {
        return Sha256.of(text);
    }

    /** The span of a piece of evidence, or a problem saying why there is none. */
    public Span resolve(Evidence ev) throws EvidenceProblem {
        if (ev == null || ev.text() == null || ev.text().isEmpty()) {
            throw new EvidenceProblem("evidence text is missing or empty");
        }
        String t = ev.text();
        if (ev.in() != null && ev.in().isEmpty()) {
            throw new EvidenceProblem("context \"in\" is empty; give a longer piece of the article that contains"
                    + " the evidence once, or leave \"in\" out");
        }
        if (ev.in() != null && ev.occurrence() != null) {
            throw new EvidenceProblem("give either \"in\" or \"occurrence\", not both");
        }
        int at;
        if (ev.in() != null) {
            List<Integer> ctx = inText(ev.in());
            if (ctx.isEmpty()) {
                throw new EvidenceProblem("context \"in\" not found in the article: " + quote(ev.in()) + hint(ev.in()));
            }
            if (ctx.size() > 1) {
                throw new EvidenceProblem("context \"in\" occurs " + ctx.size() + " times in the article: "
                        + quote(ev.in()) + "; make it longer");
            }
            List<Integer> inner = occurrences(ev.in(), t);
            if (inner.size() != 1) {
                throw new EvidenceProblem("evidence " + quote(t) + " occurs " + inner.size()
                        + " times in its context \"in\"; it must occur exactly once there");
            }
            at = ctx.get(0) + inner.get(0);
        } else {
            List<Integer> all = inText(t);
            if (all.isEmpty()) {
                throw new EvidenceProblem("evidence not found in the article: " + quote(t) + hint(t));
            }
            if (ev.occurrence() != null) {
                int k = ev.occurrence();
                if (k < 1 || k > all.size()) {
                    throw new EvidenceProblem("evidence " + quote(t) + " occurs " + all.size()
                            + " time(s); occurrence " + k + " does not exist");
                }
                at = all.get(k - 1);
            } else if (all.size() > 1) {
                throw new EvidenceProblem("evidence " + quote(t) + " is ambiguous: it occurs " + all.size()
                        + " times; add \"occurrence\" (1-" + all.size() + ") or a unique context \"in\"");
            } else {
                at = all.get(0);
            }
        }
        if (insidePair(at) || insidePair(at + t.length())) {
            throw new EvidenceProblem("evidence " + quote(t) + " begins or ends inside a character (between the two"
                    + " halves of a surrogate pair, like an emoji cut in two): take the whole character");
        }
        int begin = codePoints(at);
        int end = codePoints(at + t.length());
        return new Span(begin, end, t);
    }

    /** The text between two code-point offsets. */
    public String substring(int begin, int end) {
        if (charAt == null) {
            return text.substring(begin, end);
        }
        return text.substring(charAt[begin], charAt[end]);
    }

    /** Needles up to this length are searched with {@link String#indexOf(String, int)}. */
    private static final int SHORT_NEEDLE = 64;

    /**
     * Where {@code needle} starts in {@code haystack}, every occurrence (overlapping ones too), in
     * time linear in the length of the haystack whatever the text repeats: a short needle with
     * the JDK's own search (at most {@value #SHORT_NEEDLE} comparisons per character), a longer
     * one with Knuth-Morris-Pratt.
     */
    static List<Integer> occurrences(String haystack, String needle) {
        List<Integer> found = new ArrayList<>();
        int m = needle.length();
        if (m == 0 || m > haystack.length()) {
            return found;
        }
        if (m <= SHORT_NEEDLE) {
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
                found.add(i);
            }
            return found;
        }
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            fail[i] = k;
        }
        char first = needle.charAt(0);
        int n = haystack.length();
        for (int i = 0, k = 0; i < n; i++) {
            if (k == 0) {
                // nothing matched yet: skip to the next place the first character occurs (still one pass)
                i = haystack.indexOf(first, i);
                if (i < 0) {
                    break;
                }
            }
            char c = haystack.charAt(i);
            while (k > 0 && c != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (c == needle.charAt(k)) {
                k++;
            }
            if (k == m) {
                found.add(i - m + 1);
                k = fail[k - 1];
            }
        }
        return found;
    }

    /** {@link #occurrences} in the article text, each evidence text searched once. */
    private List<Integer> inText(String needle) {
        return found.computeIfAbsent(needle, n -> List.copyOf(occurrences(text, n)));
    }

    private static boolean contains(String haystack, String needle) {
        return !occurrences(haystack, needle).isEmpty();
    }

    private String hint(String t) {
        if (lowerCase == null) {
            lowerCase = text.toLowerCase(Locale.ROOT);
            folded = fold(text);
        }
        if (contains(lowerCase, t.toLowerCase(Locale.ROOT))) {
            return " (it occurs with different upper/lower case)";
        }
        String foldedEvidence = fold(t);
        if ((!foldedEvidence.equals(t) || !folded.equals(text)) && contains(folded, foldedEvidence)) {
            return " (it occurs with different spacing or quote marks)";
        }
        return "";
    }

    /** Runs of white space as one space, typographic quote marks as plain ones. */
    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    private static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
