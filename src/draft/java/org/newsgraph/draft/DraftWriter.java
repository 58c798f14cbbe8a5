package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a draft in the curated annotation format (data/schema/annotation.schema.json): evidence
 * as text (plain when it occurs once, else with a unique context {@code in}, else its
 * {@code occurrence}), and on every item a {@code note} naming the extractor and its confidence.
 */
final class DraftWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Draft draft;
    private final String text;

    DraftWriter(Draft draft) {
        this.draft = draft;
        this.text = draft.text;
    }

    /** The draft as the JSON tree of an annotation; {@code article} is the existing metadata or null. */
    ObjectNode write(JsonNode article) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "../../schema/annotation.schema.json");
        ObjectNode meta = root.putObject("article");
        if (article != null) {
            for (String f : List.of("headline", "url", "published", "modified", "language", "authors", "genre",
                    "digestOf", "externalFacts")) {
                if (article.has(f)) {
                    meta.set(f, article.get(f));
                }
            }
        }
        if (!meta.has("language")) {
            meta.put("language", "en");
        }
        ArrayNode entities = root.putArray("entities");
        for (Draft.Entity e : draft.entities) {
            entities.add(entity(e));
        }
        ArrayNode events = root.putArray("events");
        for (Draft.Event e : draft.events) {
            ObjectNode o = events.addObject();
            o.put("id", e.id);
            o.put("type", e.type);
            o.put("label", e.label);
            ArrayNode ps = o.putArray("participants");
            for (String[] p : e.participants) {
                ps.addObject().put("actor", p[0]).put("role", p[1]);
            }
            o.set("time", time(e.time));
            o.putArray("evidence").add(evidence(e.trigger));
            o.put("note", e.mark.note());
        }
        ArrayNode claims = root.putArray("claims");
        for (Draft.Claim c : draft.claims) {
            claims.addObject().put("id", c.id()).put("label", c.label()).put("note", c.mark().note());
        }
        ArrayNode statements = root.putArray("statements");
        for (Draft.Statement s : draft.statements) {
            ObjectNode o = statements.addObject();
            o.put("id", s.id);
            o.put("type", s.type);
            ArrayNode sp = o.putArray("speakers");
            s.speakers.forEach(sp::add);
            if (s.quote != null) {
                o.set("quote", evidence(s.quote));
            }
            ArrayNode ev = o.putArray("evidence");
            s.cues.forEach(c -> ev.add(evidence(c)));
            if (!s.claims.isEmpty()) {
                ArrayNode cs = o.putArray("claims");
                for (Draft.Conveyed c : s.claims) {
                    ObjectNode co = cs.addObject();
                    co.put("claim", c.claim());
                    if (c.negative()) {
                        co.put("polarity", "negative");
                    }
                    co.set("evidence", evidence(c.evidence()));
                }
            }
            o.put("note", s.mark.note());
        }
        return root;
    }

    private ObjectNode entity(Draft.Entity e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id);
        o.put("type", e.type);
        if (e.corpus != null) {
            o.put("corpus", e.corpus);
        }
        if (e.name != null) {
            o.put("name", e.name);
        }
        if (e.label != null) {
            o.put("label", e.label);
        }
        if (e.wikidata != null) {
            o.put("wikidata", e.wikidata);
        }
        if (e.descriptor != null && !e.anonymous() && e.name == null) {
            o.put("descriptor", e.descriptor);
        }
        if (e.anonymous()) {
            o.put("descriptor", e.descriptor);
            o.put("seniority", e.seniority);
            o.put("affiliationType", e.affiliationType);
            if (e.count != null) {
                o.put("count", e.count);
            }
            if (e.plural != null) {
                o.put("plural", e.plural);
            }
            if (e.former != null) {
                o.put("former", e.former);
            }
        }
        ArrayNode ms = o.putArray("mentions");
        e.mentions.stream().distinct().sorted().forEach(m -> ms.add(evidence(m)));
        o.put("note", e.mark.note());
        return o;
    }

    private ObjectNode time(Draft.Time t) {
        ObjectNode o = JSON.createObjectNode();
        if (t.year() != null) {
            o.put("year", t.year());
        }
        if (t.month() != null) {
            o.put("month", t.month());
        }
        if (t.day() != null) {
            o.put("day", t.day());
        }
        if (t.qualifier() != null) {
            o.put("qualifier", t.qualifier());
        }
        if (t.timeOfDay() != null) {
            o.put("timeOfDay", t.timeOfDay());
        }
        if (t.description() != null) {
            o.put("description", t.description());
        }
        o.set("evidence", evidence(t.span()));
        if ("derived".equals(t.basis())) {
            o.put("basis", "derived");
            o.put("derivedFrom", "publication");
        }
        return o;
    }

    /** Evidence as the curated format wants it: plain text if unique, else a unique context, else an occurrence. */
    JsonNode evidence(Span s) {
        return evidence(text, s);
    }

    static JsonNode evidence(String text, Span s) {
        String t = s.of(text);
        List<Integer> all = occurrences(text, t);
        if (all.size() == 1) {
            return JSON.getNodeFactory().textNode(t);
        }
        for (int grow = 8; grow <= 200; grow += 8) {
            int b = wordStart(text, Math.max(0, s.begin() - grow));
            int e = wordEnd(text, Math.min(text.length(), s.end() + grow));
            String in = text.substring(b, e);
            if (in.contains("\n")) {
                continue;
            }
            if (occurrences(text, in).size() == 1 && occurrences(in, t).size() == 1) {
                return JSON.createObjectNode().put("text", t).put("in", in);
            }
        }
        return JSON.createObjectNode().put("text", t).put("occurrence", all.indexOf(s.begin()) + 1);
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !Character.isLowSurrogate(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Every start of {@code t} in {@code text}, overlapping ones included (as the annotation reader counts). */
    static List<Integer> occurrences(String text, String t) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
            out.add(i);
        }
        return out;
    }
}
