package org.newsgraph.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the words where a speaker stands (the subject of a reporting verb, the object of
 * "according to") to an entity of the draft: an unnamed person ("A spokesperson for ..."), an
 * anonymous source, a named person, a pronoun's last named person, then an organisation.
 */
final class Speakers {

    private static final Pattern ROLE_PERSON = Pattern.compile(
            "^(?:[Aa]n?|[Tt]he|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<role>spokesperson|spokesman|spokeswoman|representative"
                    + "|lawyer|attorney|aide|adviser|advisor|assistant|deputy|press secretary|official)\\b[^,]*?(?=,|$)");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she)$");

    private final Draft draft;
    private final String text;

    Speakers(Draft draft) {
        this.draft = draft;
        this.text = draft.text;
    }

    /** The speaker standing in {@code window} (trimmed), or null when none can be named. */
    Draft.Entity resolve(Span window) {
        Span w = trim(window);
        if (w == null) {
            return null;
        }
        String words = w.of(text);
        Draft.Entity anon = first(w, true, null);
        if (anon != null) {
            return anon;
        }
        Matcher rm = ROLE_PERSON.matcher(words);
        if (rm.find()) {
            Span s = new Span(w.begin(), w.begin() + rm.end());
            Draft.Entity inside = draft.entityAt(s);
            boolean indefinite = s.of(text).toLowerCase(Locale.ROOT).matches("(?s)^(a|an|one)\\s.*");
            if (indefinite || inside == null || !inside.type.equals("person")) {
                Draft.Entity person = new Draft.Entity();
                person.type = "person";
                person.label = s.of(text);
                person.descriptor = s.of(text);
                // The mention is the role phrase up to its head noun ("A spokesperson").
                person.mentions.add(new Span(w.begin(), w.begin() + rm.end("role")));
                person.mark = new Draft.Mark("pattern:unnamed-speaker", 0.7);
                draft.entities.add(person);
                return person;
            }
        }
        Draft.Entity person = first(w, false, "person");
        if (person != null) {
            return person;
        }
        if (PRONOUN.matcher(words).matches()) {
            return lastPersonBefore(w.begin());
        }
        if (words.matches("(?i)which|who")) {
            return lastEntityBefore(w.begin(), 120);   // "Polygraph.info, a fact-checking service, which rated"
        }
        return first(w, false, null);
    }

    private Span trim(Span s) {
        int b = s.begin();
        int e = s.end();
        String t = text;
        while (b < e && !Character.isLetterOrDigit(t.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(t.charAt(e - 1))) {
            e--;
        }
        return b < e ? new Span(b, e) : null;
    }

    /** The first entity in the window: an anonymous source, or (not anonymous) of the type given, or any. */
    private Draft.Entity first(Span w, boolean anonymous, String type) {
        Draft.Entity best = null;
        int at = Integer.MAX_VALUE;
        for (Draft.Entity e : draft.entities) {
            if (e.anonymous() != anonymous || type != null && !type.equals(e.type)) {
                continue;
            }
            for (Span m : e.mentions) {
                if (w.contains(m) && m.begin() < at) {
                    best = e;
                    at = m.begin();
                }
            }
        }
        return best;
    }

    private Draft.Entity lastEntityBefore(int offset, int within) {
        Draft.Entity best = null;
        int at = -1;
        for (Draft.Entity e : draft.entities) {
            for (Span m : e.mentions) {
                // The entity the relative clause hangs on ends at a comma: "Polygraph.info, a ... service, which"
                if (m.end() <= offset && m.end() >= offset - within && m.begin() > at && m.end() < text.length()
                        && text.charAt(m.end()) == ',') {
                    best = e;
                    at = m.begin();
                }
            }
        }
        return best;
    }

    private Draft.Entity lastPersonBefore(int offset) {
        Draft.Entity best = null;
        int at = -1;
        for (Draft.Entity e : draft.entities) {
            if (!e.type.equals("person")) {
                continue;
            }
            for (Span m : e.mentions) {
                if (m.end() <= offset && m.begin() > at) {
                    best = e;
                    at = m.begin();
                }
            }
        }
        return best;
    }
}
