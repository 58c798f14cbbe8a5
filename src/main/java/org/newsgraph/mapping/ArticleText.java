package org.newsgraph.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotation.Evidence;

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

    public ArticleText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The span of a piece of evidence, or a problem saying why there is none. */
    public Span resolve(Evidence ev) throws EvidenceProblem {
        if (ev == null || ev.text() == null || ev.text().isEmpty()) {
            throw new EvidenceProblem("evidence text is missing or empty");
        }
        String t = ev.text();
        if (ev.in() != null && ev.occurrence() != null) {
            throw new EvidenceProblem("give either \"in\" or \"occurrence\", not both");
        }
        int at;
        if (ev.in() != null) {
            List<Integer> ctx = occurrences(text, ev.in());
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
            List<Integer> all = occurrences(text, t);
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
        int begin = text.codePointCount(0, at);
        int end = begin + t.codePointCount(0, t.length());
        return new Span(begin, end, t);
    }

    /** The text between two code-point offsets. */
    public String substring(int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        return text.substring(b, e);
    }

    private static List<Integer> occurrences(String haystack, String needle) {
        List<Integer> found = new ArrayList<>();
        int i = haystack.indexOf(needle);
        while (i >= 0) {
            found.add(i);
            i = haystack.indexOf(needle, i + 1);
        }
        return found;
    }

    private String hint(String t) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains(t.toLowerCase(Locale.ROOT))) {
            return " (it occurs with different upper/lower case)";
        }
        String folded = t.replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
        String foldedText = text.replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
        if (!folded.equals(t) || !foldedText.equals(text)) {
            if (foldedText.contains(folded)) {
                return " (it occurs with different spacing or quote marks)";
            }
        }
        return "";
    }

    private static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
