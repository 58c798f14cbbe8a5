package org.newsgraph.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationReader;
import org.newsgraph.annotation.Entity;
import org.newsgraph.annotation.Event;
import org.newsgraph.annotation.Evidence;
import org.newsgraph.annotation.Statement;
import org.newsgraph.annotation.TimeSpec;
import org.newsgraph.mapping.ArticleText;

/**
 * A curated annotation read with the project's own reader, its evidence resolved to spans of the
 * text (in {@code char} offsets, as the draft's), for comparison and evaluation.
 */
final class Curated {

    record CEntity(String id, String type, String name, boolean anonymous, List<Span> mentions) {
    }

    record CStatement(String id, String type, List<String> speakers, Span quote, List<Span> cues,
            List<Span> claimSpans, boolean negative) {
    }

    record CTime(Span span, String precision, String words) {
    }

    final String text;
    final Map<String, CEntity> entities = new TreeMap<>();
    final List<CStatement> statements = new ArrayList<>();
    final List<CTime> times = new ArrayList<>();

    private final ArticleText articleText;

    Curated(Path annotationFile, String text) {
        this.text = text;
        this.articleText = new ArticleText(text);
        Annotation a = AnnotationReader.read(annotationFile).annotation();
        for (Entity e : a.entities()) {
            entities.put(e.id(), new CEntity(e.id(), e.type(), e.name() != null ? e.name() : e.label() != null
                    ? e.label() : e.descriptor(), "anonymousSource".equals(e.type()), spans(e.mentions())));
        }
        for (Statement s : a.statements()) {
            List<Span> claims = new ArrayList<>();
            boolean negative = false;
            for (Statement.Conveyed c : s.claims()) {
                if (c.evidence() != null) {
                    claims.addAll(spans(List.of(c.evidence())));
                }
                negative |= "negative".equals(c.polarity());
            }
            List<Span> quote = s.quote() == null ? List.of() : spans(List.of(s.quote()));
            statements.add(new CStatement(s.id(), s.type(), s.speakers(), quote.isEmpty() ? null : quote.get(0),
                    spans(s.evidence()), claims, negative));
            time(s.time());
        }
        for (Event e : a.events()) {
            time(e.time());
        }
        times.sort((x, y) -> x.span().compareTo(y.span()));
    }

    private void time(TimeSpec t) {
        if (t == null || t.evidence() == null) {
            return;
        }
        List<Span> s = spans(List.of(t.evidence()));
        if (s.isEmpty() || times.stream().anyMatch(x -> x.span().equals(s.get(0)))) {
            return;
        }
        times.add(new CTime(s.get(0), precision(t.year(), t.month(), t.day(), t.qualifier(), t.description()),
                s.get(0).of(text)));
    }

    static String precision(Integer year, Integer month, Integer day, String qualifier, String description) {
        if (day != null) {
            return "day";
        }
        if (month != null) {
            return "month";
        }
        if (qualifier != null) {
            return "part-of-year";
        }
        if (year != null) {
            return "year";
        }
        return description != null ? "described" : "relative";
    }

    private List<Span> spans(List<Evidence> evidence) {
        List<Span> out = new ArrayList<>();
        for (Evidence ev : evidence) {
            try {
                ArticleText.Span s = articleText.resolve(ev);
                int b = text.offsetByCodePoints(0, s.begin());
                int e = text.offsetByCodePoints(0, s.end());
                out.add(new Span(b, e));
            } catch (ArticleText.EvidenceProblem ignored) {
                // the curated annotation is checked by validate; a bad piece of evidence is simply not compared
            }
        }
        return out;
    }

    /** The named people, organisations and places (not anonymous sources, groups or documents) with words in the text. */
    List<CEntity> named() {
        return entities.values().stream()
                .filter(e -> List.of("person", "organization", "government", "country", "place").contains(e.type()))
                .filter(e -> e.name() != null && !e.mentions().isEmpty() && Character.isUpperCase(e.name().charAt(0))
                        && e.mentions().stream().anyMatch(m -> Character.isUpperCase(text.charAt(m.begin()))))
                .toList();
    }

    List<CEntity> anonymous() {
        return entities.values().stream().filter(CEntity::anonymous).toList();
    }

    /** Whether a span of the draft is a mention of the curated entity {@code id}. */
    boolean mentionOf(String id, Span s) {
        CEntity e = entities.get(id);
        return e != null && e.mentions().stream().anyMatch(m -> m.overlaps(s));
    }
}
