package org.newsgraph.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymous sources: a noun phrase headed by "source", "official", "person", "aide", ... with a
 * determiner or a count, found where a source stands (the subject of a reporting verb, after
 * "according to" or "by") or with the words that hide a name ("familiar with", "with knowledge
 * of", "who spoke on condition of anonymity"). Seniority, affiliation, count and "former" come
 * from its words. An indefinite phrase ("a former senior official") is a new source; a definite
 * one ("the former senior official", "this official") refers back to the last source it matches.
 */
final class SourcePatterns {

    static final String REPORTING = "said|says|told|tells|added|adds|explained|warned|confirmed|denied|stressed"
            + "|noted|insisted|acknowledged|claimed|asserted|argued|disclosed|revealed";
    private static final String DET = "(?<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
            + "|[Ss]everal|[Mm]ultiple|[Mm]any|[Ss]ome|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Bb]oth|\\d+|\\p{Lu}[\\p{L}.&]*['’]s)";
    private static final String MOD = "(?:(?!(?i:of|in|to|for|and|or|with|who|that|the|a|an|said|told|says|its|his|her|their|by|at|on"
            + "|from|as|into|than|were|was|is|are|be|been|has|have|had|this|these|those|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|several|multiple|many|some|both|other|according|but|also)\\b)[\\p{L}][\\p{L}.’'-]*\\s+)";
    private static final String HEAD = "(?<head>sources?|officials?|person|people|aides?|officers?|diplomats?|insiders?"
            + "|employees?|advisers?|advisors?|staffers?)";
    private static final String TAIL = "(?<tail>\\s+(?:who|with|familiar|involved|close|knowledgeable|briefed|speaking|directly"
            + "|requesting|not authorized|on condition)\\b[^.;:\"“”]*?)?";
    private static final Pattern NP = Pattern.compile("\\b(?:" + DET + "\\s+)?(?<mods>" + MOD + "{0,5})" + HEAD + "\\b" + TAIL
            + "(?=\\s+(?:(?:also|later|then|\\p{L}+ly)\\s+)?(?:" + REPORTING + ")\\b|\\s+(?:and\\s+(?:an?|the|one|two|three|four|five)\\s)\\b|[.,;:\"“”]|\\s+(?:was|were|had|has|have|did|does|do|is|are)\\b|$)");
    private static final Pattern EXCLUDED = Pattern.compile(
            "(?i)\\b(covert|key|level|highest|its|his|her|their|our|energy|power|revenue|income|funding|open|news)\\b");
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?i)(according to|by|from|told to|quoting|cited)\\s+$");
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private final Nlp.Parsed parsed;
    private final Draft draft;

    SourcePatterns(Nlp.Parsed parsed, Draft draft) {
        this.parsed = parsed;
        this.draft = draft;
    }

    void run() {
        String text = parsed.text();
        List<Draft.Entity> sources = new ArrayList<>();
        for (Span sentence : parsed.sentences()) {
            Matcher m = NP.matcher(text.substring(0, sentence.end()));
            m.region(sentence.begin(), sentence.end());
            int lastSourceEnd = -1;
            while (m.find()) {
                String det = m.group("det") == null ? "" : m.group("det");
                String mods = m.group("mods").trim();
                String head = m.group("head").toLowerCase(Locale.ROOT);
                String tail = m.group("tail") == null ? "" : m.group("tail");
                if (EXCLUDED.matcher(mods).find() || mods.matches(".*\\b\\p{Lu}\\p{Ll}+\\s*$") && head.equals("person")) {
                    continue;
                }
                Span span = new Span(m.start(), m.end());
                if (draft.entityAt(span) != null && draft.entityAt(span).type.equals("person")
                        && m.start() > 0 && namedAfter(m.end())) {
                    continue;   // "a spokesman, John Smith," names the person
                }
                String before = text.substring(Math.max(sentence.begin(), m.start() - 20), m.start());
                String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 30));
                boolean coordinated = lastSourceEnd >= 0
                        && text.substring(lastSourceEnd, m.start()).matches("\\s+and\\s+");
                boolean sourcePlace = coordinated || SOURCE_BEFORE.matcher(before).find()
                        || after.matches("(?s)\\s+(?:(?:also|later|then|\\p{L}+ly)\\s+)?(?:" + REPORTING + ")\\b.*");
                boolean hidden = !tail.isEmpty() || mods.matches("(?i).*\\b(unnamed|anonymous|unidentified)\\b.*");
                if (det.isEmpty() && !hidden && !after.matches("(?s)\\s+(?:(?:also|later|then|\\p{L}+ly)\\s+)?(?:said|told|say|tell)\\b.*")) {
                    continue;   // a bare plural ("intelligence officials") is a group, unless it speaks
                }
                if (!sourcePlace && !hidden) {
                    if (det.matches("(?i)this|that|these|those") || definite(det) && !mods.isEmpty()) {
                        corefer(sources, head, mods, span);
                    }
                    continue;
                }
                lastSourceEnd = m.end();
                if (definite(det) && tail.isEmpty()) {
                    if (corefer(sources, head, mods, span)) {
                        continue;
                    }
                }
                sources.add(newSource(span, det, mods, head, tail));
            }
        }
        draft.entities.addAll(sources);
    }

    private boolean namedAfter(int end) {
        String after = parsed.text().substring(end, Math.min(parsed.text().length(), end + 3));
        return after.startsWith(", ") && Character.isUpperCase(after.charAt(2));
    }

    private static boolean definite(String det) {
        return det.matches("(?i)the|this|that|these|those");
    }

    /** A definite phrase joins the last source with the same head and the same modifiers (or none). */
    private boolean corefer(List<Draft.Entity> sources, String head, String mods, Span span) {
        String singular = head.replaceAll("s$", "");
        for (int i = sources.size() - 1; i >= 0; i--) {
            Draft.Entity s = sources.get(i);
            String desc = s.descriptor.toLowerCase(Locale.ROOT);
            boolean headMatches = desc.matches(".*\\b" + singular + "s?\\b.*");
            boolean number = head.endsWith("s") == Boolean.TRUE.equals(s.plural) || head.equals("people");
            if (headMatches && number && (mods.isEmpty() || desc.contains(mods.toLowerCase(Locale.ROOT)))) {
                s.mentions.add(span);
                return true;
            }
        }
        return false;
    }

    private Draft.Entity newSource(Span span, String det, String mods, String head, String tail) {
        Draft.Entity e = new Draft.Entity();
        e.type = "anonymousSource";
        e.descriptor = span.of(parsed.text());
        e.mentions.add(span);
        String words = (mods + " " + tail).toLowerCase(Locale.ROOT);
        e.seniority = words.matches(".*\\b(high-level|high-ranking|top|highest-ranking)\\b.*") ? "high-level"
                : words.matches(".*\\bsenior\\b.*") ? "senior"
                : words.matches(".*\\b(mid-level|midlevel|junior|low-level)\\b.*") ? "midlevel" : "unspecified";
        e.affiliationType = affiliation(mods + " " + tail);
        boolean plural = head.endsWith("s") && !head.equals("sources") || head.equals("sources") || head.equals("people");
        String d = det.toLowerCase(Locale.ROOT);
        if (NUMBERS.containsKey(d) || d.matches("\\d+")) {
            e.count = NUMBERS.containsKey(d) ? NUMBERS.get(d) : Integer.parseInt(d);
            if (e.count > 1) {
                e.plural = true;
            }
        } else if (plural) {
            e.plural = true;
        } else {
            e.count = 1;
        }
        if (words.matches(".*\\bformer\\b.*")) {
            e.former = true;
        }
        double confidence = tail.isEmpty() ? 0.75 : 0.85;
        e.mark = new Draft.Mark("pattern:anonymous-source", confidence);
        return e;
    }

    /** The affiliation type the words name (most specific first); unspecified when they name none or several kinds. */
    static String affiliation(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        List<String> kinds = new ArrayList<>();
        if (w.matches(".*\\b(cia|central intelligence)\\b.*")) {
            kinds.add("cia");
        } else if (w.matches(".*\\bintelligence\\b.*")) {
            kinds.add("intelligence-community");
        }
        if (w.matches(".*\\bwhite house\\b.*")) {
            kinds.add("white-house");
        } else if (w.matches(".*\\badministration\\b.*")) {
            kinds.add("us-administration");
        }
        if (w.matches(".*\\b(congress|congressional|senate|house)\\b.*")) {
            kinds.add("congress");
        }
        if (w.matches(".*\\bstate department\\b.*")) {
            kinds.add("state-department");
        }
        if (w.matches(".*\\b(russian|chinese|foreign|kremlin|iranian|british|french|german|israeli)\\b.*")) {
            return "foreign-government";
        }
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        if (kinds.size() > 1 || w.matches(".*\\b(us|u\\.s\\.|american|federal|government)\\b.*")) {
            return "us-government";
        }
        return "unspecified";
    }
}
