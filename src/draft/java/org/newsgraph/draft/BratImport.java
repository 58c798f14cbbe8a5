package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotation.TextFiles;

/**
 * Imports brat standoff ({@code .ann}: text-bound annotations T, events E, relations R, attributes
 * A, equivalences *) into a draft annotation through a {@link BratMapping}: entities (one per
 * referent when Coref/Equiv join them), anonymous sources with their attributes, statements with
 * their speaker relation and polarity, time expressions (our precision, from their words) and
 * events with their arguments. Offsets in brat count characters of the text as Java does.
 */
final class BratImport {

    private record TextBound(String id, String type, Span span) {
    }

    private final BratMapping mapping;

    BratImport(BratMapping mapping) {
        this.mapping = mapping;
    }

    ObjectNode read(Path articleDir, Path annFile) {
        return new DraftWriter(readDraft(articleDir, annFile)).write(
                Drafter.existingArticle(articleDir.resolve("annotation.json")));
    }

    /** The brat file as a draft (before it is written as JSON). */
    Draft readDraft(Path articleDir, Path annFile) {
        String text = TextFiles.readUtf8(articleDir.resolve("article.txt"));
        String ann = TextFiles.readUtf8(annFile);
        JsonNode article = Drafter.existingArticle(articleDir.resolve("annotation.json"));
        LocalDate published = article != null && article.hasNonNull("published")
                ? LocalDate.parse(article.get("published").asText()) : null;
        Draft draft = new Draft(text);
        Draft.Mark mark = new Draft.Mark("brat:" + annFile.getFileName(), 1.0);
        Map<String, TextBound> tbs = new LinkedHashMap<>();
        List<String[]> lines = new ArrayList<>();
        String[] rows = ann.split("\n");
        for (int i = 0; i < rows.length; i++) {
            String line = rows[i];
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].startsWith("T")) {
                if (f.length < 3) {
                    throw new DraftException(annFile + ": line " + (i + 1) + ": a T line needs an id, a type with offsets, and text");
                }
                String[] typeAndOffsets = f[1].split(" ");
                String[] firstFragment = f[1].substring(typeAndOffsets[0].length() + 1).split(";")[0].split(" ");
                Span s;
                try {
                    s = new Span(Integer.parseInt(firstFragment[0]), Integer.parseInt(firstFragment[1]));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new DraftException(annFile + ": line " + (i + 1) + ": offsets are not numbers: " + f[1]);
                }
                if (s.end() > text.length() || s.begin() >= s.end()) {
                    throw new DraftException(annFile + ": line " + (i + 1) + ": offsets " + s.begin() + "-" + s.end()
                            + " are outside the text (" + text.length() + " characters)");
                }
                if (!f[2].startsWith(s.of(text))) {
                    throw new DraftException(annFile + ": line " + (i + 1) + ": the text at " + s.begin() + "-" + s.end()
                            + " is \"" + s.of(text) + "\", not \"" + f[2] + "\"");
                }
                tbs.put(f[0], new TextBound(f[0], typeAndOffsets[0], s));
            } else {
                lines.add(f);
            }
        }
        // Referents: Coref relations and * equivalences join text-bound entities.
        Map<String, String> root = new HashMap<>();
        for (String[] f : lines) {
            String[] args = f.length > 1 ? f[1].split(" ") : new String[0];
            if (f[0].startsWith("*") && args.length > 1 && mapping.sameAs(args[0])) {
                for (int i = 2; i < args.length; i++) {
                    root.put(args[i], find(root, args[1]));
                }
            } else if (f[0].startsWith("R") && args.length == 3 && mapping.sameAs(args[0])) {
                root.put(find(root, arg(args[2])), find(root, arg(args[1])));
            }
        }
        Map<String, Draft.Entity> entityOf = new HashMap<>();
        Map<String, Draft.Entity> byRoot = new LinkedHashMap<>();
        Map<String, Draft.Statement> statementOf = new LinkedHashMap<>();
        Map<String, Draft.Time> timeOf = new HashMap<>();
        for (TextBound t : tbs.values()) {
            String type = mapping.entity(t.type());
            if (type != null) {
                Draft.Entity e = byRoot.computeIfAbsent(find(root, t.id()), k -> {
                    Draft.Entity n = new Draft.Entity();
                    n.type = type;
                    if (type.equals("anonymousSource")) {
                        n.descriptor = t.span().of(text);
                        n.seniority = "unspecified";
                        n.affiliationType = SourcePatterns.affiliation(t.span().of(text));
                    } else {
                        n.name = t.span().of(text);
                    }
                    n.mark = mark;
                    draft.entities.add(n);
                    return n;
                });
                e.mentions.add(t.span());
                entityOf.put(t.id(), e);
            } else if (mapping.statement(t.type()) != null) {
                Draft.Statement s = new Draft.Statement();
                s.type = mapping.statement(t.type());
                s.mark = mark;
                if (s.type.equals("direct-quote")) {
                    s.quote = t.span();
                }
                s.cues.add(t.span());
                statementOf.put(t.id(), s);
            } else if (mapping.time(t.type())) {
                Draft tmp = new Draft(text);
                new TimePatterns(text, published, tmp).run();
                tmp.times.stream().filter(x -> x.span().overlaps(t.span())).findFirst()
                        .ifPresent(x -> timeOf.put(t.id(), x));
            }
        }
        for (String[] f : lines) {
            String[] args = f.length > 1 ? f[1].split(" ") : new String[0];
            if (f[0].startsWith("R") && args.length == 3 && mapping.speaker(args[0])) {
                Draft.Statement s = statementOf.get(arg(args[1]));
                Draft.Entity e = entityOf.get(arg(args[2]));
                if (s != null && e != null) {
                    s.speakers.add(Ids.of(e, draft));
                }
            } else if (f[0].startsWith("A") && args.length >= 2) {
                attribute(args, entityOf, statementOf);
            }
        }
        for (Map.Entry<String, Draft.Statement> en : statementOf.entrySet()) {
            Draft.Statement s = en.getValue();
            TextBound t = tbs.get(en.getKey());
            boolean negative = mapping.negativeStatement(t.type()) || s.claims.stream().anyMatch(Draft.Conveyed::negative)
                    || negated.contains(en.getKey());
            if (!s.type.equals("declined-to-comment")) {
                String id = "c-" + (draft.claims.size() + 1);
                String words = t.span().of(text);
                draft.claims.add(new Draft.Claim(id, words.length() > 200 ? words.substring(0, 199) + "…" : words, mark));
                s.claims.clear();
                s.claims.add(new Draft.Conveyed(id, t.span(), negative));
            }
            draft.statements.add(s);
        }
        for (String[] f : lines) {
            if (!f[0].startsWith("E") || f.length < 2) {
                continue;
            }
            String[] args = f[1].split(" ");
            String[] trigger = args[0].split(":");
            String type = mapping.event(trigger[0]);
            TextBound tb = trigger.length > 1 ? tbs.get(trigger[1]) : null;
            if (type == null || tb == null) {
                continue;
            }
            Draft.Event ev = new Draft.Event();
            ev.type = type;
            ev.trigger = tb.span();
            ev.label = type.replace('-', ' ') + ": " + tb.span().of(text);
            ev.mark = mark;
            for (int i = 1; i < args.length; i++) {
                String[] ra = args[i].split(":");
                if (ra.length != 2) {
                    continue;
                }
                if (mapping.eventTime(ra[0]) && timeOf.containsKey(ra[1])) {
                    ev.time = timeOf.get(ra[1]);
                } else if (mapping.role(ra[0]) != null && entityOf.containsKey(ra[1])) {
                    ev.participants.add(new String[] {Ids.of(entityOf.get(ra[1]), draft), mapping.role(ra[0])});
                }
            }
            if (ev.time != null && !ev.participants.isEmpty()) {
                draft.events.add(ev);
            }
        }
        draft.times.addAll(timeOf.values());
        for (Draft.Entity e : draft.entities) {
            Ids.of(e, draft);
        }
        draft.statements.removeIf(s -> s.speakers.isEmpty() && !s.type.equals("according-to"));
        for (int i = 0; i < draft.statements.size(); i++) {
            draft.statements.get(i).id = "s-" + (i + 1);
        }
        for (int i = 0; i < draft.events.size(); i++) {
            draft.events.get(i).id = "e-" + (i + 1) + "-" + draft.events.get(i).type;
        }
        draft.claims.removeIf(c -> draft.statements.stream().noneMatch(s -> s.claims.stream()
                .anyMatch(x -> x.claim().equals(c.id()))));
        return draft;
    }

    private final java.util.Set<String> negated = new java.util.HashSet<>();

    private void attribute(String[] args, Map<String, Draft.Entity> entityOf, Map<String, Draft.Statement> statementOf) {
        String name = args[0];
        String target = args[1];
        String value = args.length > 2 ? args[2] : null;
        JsonNode m = mapping.attribute(name);
        if (m.isMissingNode()) {
            return;
        }
        if (statementOf.containsKey(target)) {
            boolean negative = m.isTextual() ? m.asText().equals("negative") : "negative".equals(m.path(value).asText(null));
            if (negative) {
                negated.add(target);
            }
            return;
        }
        Draft.Entity e = entityOf.get(target);
        if (e == null || !e.anonymous() || !m.isTextual()) {
            return;
        }
        switch (m.asText()) {
            case "seniority" -> e.seniority = value;
            case "affiliationType" -> e.affiliationType = value;
            case "former" -> e.former = true;
            default -> { }
        }
    }

    private static String arg(String a) {
        int i = a.indexOf(':');
        return i < 0 ? a : a.substring(i + 1);
    }

    private static String find(Map<String, String> root, String id) {
        String r = id;
        while (root.containsKey(r) && !root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }
}
