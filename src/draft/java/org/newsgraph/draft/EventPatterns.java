package org.newsgraph.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event candidates: a word whose lemma names a type of the event-type scheme (event-triggers.tsv:
 * "met" is a meeting, "extracted" an extraction, "released" a report's publication), dated by the
 * nearest time expression of its sentence; the people, organisations and countries of the
 * sentence are its participants. A trigger with no time in its sentence, or with no participant,
 * is not proposed (an event needs both), and each time dates one candidate.
 */
final class EventPatterns {

    private static final Map<String, String[]> TRIGGERS = load();

    private final Nlp.Parsed parsed;
    private final Draft draft;

    EventPatterns(Nlp.Parsed parsed, Draft draft) {
        this.parsed = parsed;
        this.draft = draft;
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (InputStream in = EventPatterns.class.getResourceAsStream("event-triggers.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    void run() {
        String text = parsed.text();
        for (Draft.Time time : draft.times) {
            Span sentence = parsed.sentenceOf(time.span().begin());
            Nlp.Token best = null;
            int distance = Integer.MAX_VALUE;
            for (Nlp.Token t : parsed.tokens()) {
                if (!sentence.contains(t.span()) || t.span().overlaps(time.span())) {
                    continue;
                }
                String lemma = t.lemma() == null ? t.word().toLowerCase(java.util.Locale.ROOT) : t.lemma().toLowerCase(java.util.Locale.ROOT);
                if (!TRIGGERS.containsKey(lemma) || !(t.pos().startsWith("VB") || t.pos().startsWith("NN"))) {
                    continue;
                }
                int d = Math.min(Math.abs(t.span().begin() - time.span().end()), Math.abs(time.span().begin() - t.span().end()));
                if (d < distance) {
                    best = t;
                    distance = d;
                }
            }
            if (best == null) {
                continue;
            }
            String[] typeRole = TRIGGERS.get(best.lemma().toLowerCase(java.util.Locale.ROOT));
            Draft.Event e = new Draft.Event();
            e.type = typeRole[0];
            e.trigger = best.span();
            e.time = time;
            e.label = typeRole[0].replace('-', ' ') + ": " + sentenceWords(sentence, best.span());
            e.mark = new Draft.Mark("pattern:event-trigger", 0.6);
            for (Draft.Entity en : draft.entities) {
                if (en.anonymous() || !(en.type.equals("person") || en.type.equals("organization")
                        || en.type.equals("government") || en.type.equals("country"))) {
                    continue;
                }
                if (en.mentions.stream().anyMatch(sentence::contains)) {
                    e.participants.add(new String[] {Ids.of(en, draft), typeRole[1]});
                }
            }
            if (!e.participants.isEmpty()) {
                draft.events.add(e);   // an event needs a participant; one without any is left to the curator
            }
        }
    }

    private String sentenceWords(Span sentence, Span trigger) {
        String s = sentence.of(parsed.text()).strip();
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }
}
