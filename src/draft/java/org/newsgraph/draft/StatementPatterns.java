package org.newsgraph.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements: direct quotes with their speaker (the subject of the reporting verb before or
 * after the quote, "according to X" in its sentence, or the speaker of the quote just before it
 * in the same paragraph); quotes with no reporting cue are scare quotes or titles and are not
 * statements. Declined comments; paraphrases after "according to" and reporting verbs; denials
 * ("denied", "false", "inaccurate", "not true", ...) as negative polarity.
 */
final class StatementPatterns {

    private static final String CUE = "(?<cue>said|says|told\\s+(?:\\p{Lu}[\\p{L}.]*|reporters|journalists|me|us)|tells\\s+\\p{Lu}[\\p{L}.]*"
            + "|added|adds|explained|warned|wrote|stressed|noted|insisted|confirmed|denied|claimed|asserted|argued)";
    private static final Pattern CUE_AFTER = Pattern.compile("^\\s*,?\\s*(?<np>[^.,;\"“”]{2,150}?)\\s+" + CUE + "\\b");
    private static final Pattern CUE_AFTER_INVERTED = Pattern.compile("^\\s*,?\\s*(?<cue>said|says|added)\\s+(?<np>[^.,;\"“”]{2,150})");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?<np>[^\"“”]{2,250}?)\\s+" + CUE + "\\s*(?:,|:|that)?\\s*$");
    private static final Pattern ACCORDING = Pattern.compile("(?<cue>[Aa]ccording to)\\s+(?<np>[^,.;\"“”]+?)(?=\\s*(?:[,.;]|$))");
    private static final Pattern DECLINED = Pattern.compile(
            "(?<cue>(?:declined|refused|did not respond|did not immediately respond|did not return|would not)"
                    + "(?:\\s+(?:to|a))?\\s+(?:comment|requests? for comment|to a request for comment|calls))\\b");
    private static final Pattern REPORTED = Pattern.compile(
            "(?<cue>\\b(?:(?:said|says|denied|insisted|warned|confirmed|claimed)(?:\\s+that)?"
                    + "|told\\s+[^,.;\"“”]{1,80}?\\s+that|told\\s+(?:\\p{Lu}[\\p{L}.]*|reporters|him|her|them)))"
                    + "\\s+(?<clause>[^\"“”]{12,})(?=\\s*[.;]?$|\\s*,\\s*(?:calling|saying|adding)\\b|\\s*[\"“])");
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|[,;:]\\s*)(?<np>[^,;:\"“”]{2,120}?)\\s+(?<cue>called|rated|described|labell?ed|termed|branded|dismissed)\\b[^\"“”]*$");
    private static final Pattern SCARE = Pattern.compile("(?i)\\b(?:so-called|the term|the word|dubbed|known as|called|titled|entitled)\\s*$");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(false|inaccurate|incorrect|untrue|not true|baseless"
            + "|groundless|fabricated|fake|nonsense|absurd|lies|misleading)\\b");

    private final Nlp.Parsed parsed;
    private final Draft draft;
    private final Speakers speakers;
    private final String text;
    private final List<Span> quoted = new ArrayList<>();

    StatementPatterns(Nlp.Parsed parsed, Draft draft) {
        this.parsed = parsed;
        this.draft = draft;
        this.speakers = new Speakers(draft);
        this.text = parsed.text();
    }

    void run() {
        quotes();
        declined();
        according();
        reported();
        draft.statements.sort((a, b) -> first(a).compareTo(first(b)));
    }

    private static Span first(Draft.Statement s) {
        Span f = s.quote != null ? s.quote : s.cues.isEmpty() ? new Span(0, 0) : s.cues.get(0);
        for (Span c : s.cues) {
            if (c.compareTo(f) < 0) {
                f = c;
            }
        }
        return f;
    }

    /** Quote pairs within each paragraph, straight or curly. */
    private List<Span> quoteSpans() {
        List<Span> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int end = text.indexOf("\n", p);
            if (end < 0) {
                end = text.length();
            }
            Matcher m = Pattern.compile("\"([^\"\n]+)\"|“([^”\n]+)”").matcher(text.substring(0, end));
            m.region(p, end);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                out.add(new Span(m.start(g), m.end(g)));
            }
            p = end + 1;
        }
        return out;
    }

    private void quotes() {
        Draft.Statement previous = null;
        int previousParagraph = -1;
        for (Span q : quoteSpans()) {
            int paragraph = text.lastIndexOf('\n', q.begin());
            Span first = parsed.sentenceOf(q.begin());
            Span last = parsed.sentenceOf(Math.max(q.begin(), q.end()));
            int afterEnd = Math.max(last.end(), Math.min(text.length(), q.end() + 1));
            afterEnd = Math.min(afterEnd, paragraphEnd(q.end()));
            int closing = Math.min(text.length(), q.end() + 1);
            Span afterSpan = new Span(closing, Math.max(closing, afterEnd));
            Span beforeSpan = new Span(Math.max(first.begin(), paragraph + 1), Math.max(first.begin(), q.begin() - 1));
            String after = afterSpan.of(text);
            String before = beforeSpan.of(text);
            if (SCARE.matcher(before).find()) {
                continue;   // "the so-called "reset"": words held at arm's length, not a statement
            }
            Draft.Entity speaker = null;
            Span cue = null;
            Matcher m;
            if ((m = LABEL.matcher(before)).find()) {
                // "the CIA called the suggestion "inaccurate"": the labelling verb's subject says the words
                speaker = speakers.resolve(new Span(beforeSpan.begin() + m.start("np"), beforeSpan.begin() + m.end("np")));
                cue = new Span(beforeSpan.begin() + m.start("cue"), beforeSpan.begin() + m.end("cue"));
            }
            if (speaker == null && (m = CUE_AFTER.matcher(after)).find()) {
                speaker = speakers.resolve(new Span(afterSpan.begin() + m.start("np"), afterSpan.begin() + m.end("np")));
                cue = new Span(afterSpan.begin() + m.start("cue"), afterSpan.begin() + m.end("cue"));
            }
            if (speaker == null && (m = CUE_AFTER_INVERTED.matcher(after)).find()) {
                speaker = speakers.resolve(new Span(afterSpan.begin() + m.start("np"), afterSpan.begin() + m.end("np")));
                cue = new Span(afterSpan.begin() + m.start("cue"), afterSpan.begin() + m.end("cue"));
            }
            if (speaker == null && (m = CUE_BEFORE.matcher(before)).find()) {
                speaker = speakers.resolve(new Span(beforeSpan.begin() + m.start("np"), beforeSpan.begin() + m.end("np")));
                cue = new Span(beforeSpan.begin() + m.start("cue"), beforeSpan.begin() + m.end("cue"));
            }
            if (speaker == null) {
                Span sentence = new Span(first.begin(), last.end());
                m = ACCORDING.matcher(text.substring(0, sentence.end()));
                m.region(sentence.begin(), sentence.end());
                while (speaker == null && m.find()) {
                    if (new Span(m.start(), m.end()).overlaps(q)) {
                        continue;
                    }
                    speaker = speakers.resolve(new Span(m.start("np"), m.end("np")));
                    cue = new Span(m.start("cue"), m.end("cue"));
                }
            }
            Draft.Mark mark = new Draft.Mark("pattern:quote-speaker", 0.85);
            if (speaker == null && previous != null && previousParagraph == paragraph && before.isBlank()) {
                // A quote that opens a sentence right after another quote of the same paragraph continues it.
                String previousSpeaker = previous.speakers.get(0);
                speaker = draft.entities.stream().filter(e -> previousSpeaker.equals(e.id)).findFirst().orElse(null);
                cue = previous.cues.isEmpty() ? null : previous.cues.get(0);
                mark = new Draft.Mark("pattern:quote-continuation", 0.7);
            }
            if (speaker == null || cue == null) {
                continue;   // no reporting cue: a scare quote or a title, not a statement
            }
            Draft.Statement s = statement("direct-quote", speaker, cue, mark);
            s.quote = trimQuote(q);
            addClaims(s, s.quote, false);
            draft.statements.add(s);
            quoted.add(new Span(Math.min(first.begin(), q.begin()), Math.max(last.end(), q.end())));
            previous = s;
            previousParagraph = paragraph;
        }
    }

    private int paragraphEnd(int offset) {
        int e = text.indexOf('\n', offset);
        return e < 0 ? text.length() : e;
    }

    private Span trimQuote(Span q) {
        int e = q.end();
        while (e > q.begin() && (text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return new Span(q.begin(), e);
    }

    /** One claim per sentence of the words; a sentence with a denial word is negative. */
    private void addClaims(Draft.Statement s, Span words, boolean negative) {
        List<Span> parts = new ArrayList<>();
        for (Span sentence : parsed.sentences()) {
            if (sentence.overlaps(words)) {
                parts.add(new Span(Math.max(sentence.begin(), words.begin()), Math.min(sentence.end(), words.end())));
            }
        }
        if (parts.isEmpty()) {
            parts.add(words);
        }
        for (Span p : parts) {
            Span t = trimQuote(p);
            String w = t.of(text);
            if (w.length() < 3) {
                continue;
            }
            String id = "c-" + (draft.claims.size() + 1);
            String label = w.length() > 200 ? w.substring(0, 199) + "…" : w;
            draft.claims.add(new Draft.Claim(id, label, s.mark));
            s.claims.add(new Draft.Conveyed(id, t, negative || DENIAL.matcher(w).find()));
        }
    }

    private boolean inQuoteSentence(int offset) {
        return quoted.stream().anyMatch(q -> q.begin() <= offset && offset < q.end());
    }

    /** A drafted statement of {@code type} by {@code speaker}, with its reporting words. */
    private Draft.Statement statement(String type, Draft.Entity speaker, Span cue, Draft.Mark mark) {
        Draft.Statement s = new Draft.Statement();
        s.type = type;
        s.speakers.add(Ids.of(speaker, draft));
        s.cues.add(cue);
        s.mark = mark;
        return s;
    }

    private void declined() {
        Matcher m = DECLINED.matcher(text);
        while (m.find()) {
            Span sentence = parsed.sentenceOf(m.start());
            Draft.Entity speaker = speakers.resolve(new Span(sentence.begin(), m.start()));
            if (speaker == null) {
                continue;
            }
            Draft.Statement s = statement("declined-to-comment", speaker, new Span(m.start("cue"), m.end("cue")),
                    new Draft.Mark("pattern:declined-to-comment", 0.9));
            draft.statements.add(s);
            quoted.add(sentence);
        }
    }

    private void according() {
        Matcher m = ACCORDING.matcher(text);
        while (m.find()) {
            if (inQuoteSentence(m.start())) {
                continue;
            }
            Span sentence = parsed.sentenceOf(m.start());
            Draft.Entity speaker = speakers.resolve(new Span(m.start("np"), m.end("np")));
            if (speaker == null) {
                continue;
            }
            Draft.Statement s = statement("according-to", speaker, new Span(m.start(), m.end()),
                    new Draft.Mark("pattern:according-to", 0.8));
            Span claim = m.start() - sentence.begin() < 3
                    ? new Span(Math.min(sentence.end(), m.end() + 2), sentence.end())
                    : new Span(sentence.begin(), m.start());
            addClaims(s, claim, false);
            draft.statements.add(s);
        }
    }

    private void reported() {
        for (Span sentence : parsed.sentences()) {
            if (inQuoteSentence(sentence.begin()) || text.substring(sentence.begin(), sentence.end()).matches("(?is).*according to.*")) {
                continue;
            }
            Matcher m = REPORTED.matcher(text.substring(0, sentence.end()));
            m.region(sentence.begin(), sentence.end());
            if (!m.find()) {
                continue;
            }
            Draft.Entity speaker = speakers.resolve(new Span(sentence.begin(), m.start("cue")));
            if (speaker == null) {
                continue;
            }
            Draft.Statement s = statement("paraphrase", speaker, new Span(m.start("cue"), m.end("cue")),
                    new Draft.Mark("pattern:reporting-verb", 0.7));
            boolean denial = m.group("cue").startsWith("denied");
            addClaims(s, new Span(m.start("clause"), m.end("clause")), denial);
            draft.statements.add(s);
        }
    }
}
