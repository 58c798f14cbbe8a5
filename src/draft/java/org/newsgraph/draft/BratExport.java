package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a draft as brat standoff, the inverse of {@link BratImport} through the same mapping
 * (the first brat name listed for each of our types): every mention a text-bound annotation, the
 * mentions of one entity joined by Coref, quotes and other statements with their Speaker
 * relation and a negative Polarity, times, and events with their arguments. A curator can correct
 * a draft in brat or INCEpTION and import it again.
 */
final class BratExport {

    private final BratMapping mapping;

    BratExport(BratMapping mapping) {
        this.mapping = mapping;
    }

    private String bratName(String section, String ours) {
        Iterator<Map.Entry<String, JsonNode>> it = mapping.root.path(section).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().asText().equals(ours)) {
                return e.getKey();
            }
        }
        return null;
    }

    String write(Draft draft) {
        String text = draft.text;
        List<String> lines = new ArrayList<>();
        int[] n = {0, 0, 0, 0};   // T, R, A, E
        Map<String, String> firstMention = new HashMap<>();
        for (Draft.Entity e : draft.entities) {
            String type = bratName("entities", e.type);
            if (type == null) {
                continue;
            }
            String first = null;
            for (Span m : e.mentions.stream().distinct().sorted().toList()) {
                String t = "T" + (++n[0]);
                lines.add(t + "\t" + type + " " + m.begin() + " " + m.end() + "\t" + m.of(text));
                if (first == null) {
                    first = t;
                    firstMention.put(e.id, t);
                } else {
                    lines.add("R" + (++n[1]) + "\tCoref Arg1:" + first + " Arg2:" + t);
                }
            }
            if (e.anonymous() && e.seniority != null && !e.seniority.equals("unspecified")) {
                lines.add("A" + (++n[2]) + "\tSeniority " + first + " " + e.seniority);
            }
        }
        for (Draft.Statement s : draft.statements) {
            boolean negative = s.claims.stream().anyMatch(Draft.Conveyed::negative);
            String type = bratName("statements", s.type);
            Span span = s.quote != null ? s.quote : s.claims.isEmpty() ? s.cues.get(0) : s.claims.get(0).evidence();
            if (type == null || span == null) {
                continue;
            }
            String t = "T" + (++n[0]);
            lines.add(t + "\t" + type + " " + span.begin() + " " + span.end() + "\t" + span.of(text));
            for (String sp : s.speakers) {
                if (firstMention.containsKey(sp)) {
                    lines.add("R" + (++n[1]) + "\tSpeaker Arg1:" + t + " Arg2:" + firstMention.get(sp));
                }
            }
            if (negative) {
                lines.add("A" + (++n[2]) + "\tPolarity " + t + " Negative");
            }
        }
        String timeType = mapping.root.path("time").path(0).asText("Time");
        for (Draft.Event ev : draft.events) {
            String type = bratName("events", ev.type);
            if (type == null) {
                continue;
            }
            String trigger = "T" + (++n[0]);
            lines.add(trigger + "\t" + type + " " + ev.trigger.begin() + " " + ev.trigger.end() + "\t" + ev.trigger.of(text));
            String time = "T" + (++n[0]);
            Span ts = ev.time.span();
            lines.add(time + "\t" + timeType + " " + ts.begin() + " " + ts.end() + "\t" + ts.of(text));
            StringBuilder args = new StringBuilder(type + ":" + trigger);
            for (String[] p : ev.participants) {
                String role = bratName("roles", p[1]);
                if (role != null && firstMention.containsKey(p[0])) {
                    args.append(' ').append(role).append(':').append(firstMention.get(p[0]));
                }
            }
            args.append(" Time:").append(time);
            lines.add("E" + (++n[3]) + "\t" + args);
        }
        return String.join("\n", lines) + "\n";
    }
}
