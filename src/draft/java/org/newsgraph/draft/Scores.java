package org.newsgraph.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The draft measured against a curated annotation, category by category: for each, what the
 * curated annotation has (gold), what the draft proposes (found), and which match; the misses and
 * the false proposals are kept by name for {@code --compare}.
 */
final class Scores {

    /** One category: matched gold items, gold total, correct proposals, proposals, and the differences. */
    static final class Category {
        final String name;
        int goldHit;
        int gold;
        int foundRight;
        int found;
        final List<String> missing = new ArrayList<>();
        final List<String> extra = new ArrayList<>();

        Category(String name) {
            this.name = name;
        }

        double recall() {
            return gold == 0 ? Double.NaN : (double) goldHit / gold;
        }

        double precision() {
            return found == 0 ? Double.NaN : (double) foundRight / found;
        }
    }

    final Category entities = new Category("named people, organisations, places (by referent)");
    final Category mentions = new Category("their mentions (by span overlap)");
    final Category quotes = new Category("direct quotes, right speaker");
    final Category sources = new Category("anonymous sources");
    final Category times = new Category("time expressions, right precision");
    final Category denials = new Category("denials (negative polarity)");
    final Category declined = new Category("declined comments");

    List<Category> all() {
        return List.of(entities, mentions, quotes, sources, times, denials, declined);
    }

    static Scores of(Curated c, Draft d) {
        Scores s = new Scores();
        String text = c.text;
        List<Draft.Entity> named = d.entities.stream().filter(e -> !e.anonymous()).toList();
        for (Curated.CEntity g : c.named()) {
            s.entities.gold++;
            boolean hit = named.stream().anyMatch(e -> e.mentions.stream().anyMatch(m -> c.mentionOf(g.id(), m)));
            count(s.entities, hit, g.name());
            for (Span m : g.mentions()) {
                s.mentions.gold++;
                if (named.stream().anyMatch(e -> e.mentions.stream().anyMatch(m::overlaps))) {
                    s.mentions.goldHit++;
                }
            }
        }
        for (Draft.Entity e : named) {
            s.entities.found++;
            boolean right = e.mentions.stream().anyMatch(m -> c.entities.values().stream()
                    .anyMatch(g -> !g.anonymous() && g.mentions().stream().anyMatch(m::overlaps)));
            right(s.entities, right, e.name != null ? e.name : e.label);
            for (Span m : e.mentions) {
                s.mentions.found++;
                if (c.entities.values().stream().anyMatch(g -> g.mentions().stream().anyMatch(m::overlaps))) {
                    s.mentions.foundRight++;
                }
            }
        }
        List<Curated.CStatement> goldQuotes = c.statements.stream()
                .filter(x -> "direct-quote".equals(x.type()) && x.quote() != null).toList();
        List<Draft.Statement> draftQuotes = d.statements.stream().filter(x -> x.quote != null).toList();
        for (Curated.CStatement g : goldQuotes) {
            s.quotes.gold++;
            boolean hit = draftQuotes.stream().anyMatch(q -> q.quote.overlaps(g.quote())
                    && q.speakers.stream().anyMatch(sp -> speakerMatches(c, d, sp, g.speakers())));
            count(s.quotes, hit, cut(g.quote().of(text)) + " (" + String.join(", ", g.speakers()) + ")");
        }
        for (Draft.Statement q : draftQuotes) {
            s.quotes.found++;
            boolean right = goldQuotes.stream().anyMatch(g -> q.quote.overlaps(g.quote())
                    && q.speakers.stream().anyMatch(sp -> speakerMatches(c, d, sp, g.speakers())));
            right(s.quotes, right, cut(q.quote.of(text)) + " (" + String.join(", ", q.speakers) + ")");
        }
        List<Draft.Entity> anon = d.entities.stream().filter(Draft.Entity::anonymous).toList();
        for (Curated.CEntity g : c.anonymous()) {
            s.sources.gold++;
            boolean hit = anon.stream().anyMatch(e -> e.mentions.stream().anyMatch(m -> c.mentionOf(g.id(), m)));
            count(s.sources, hit, g.name());
        }
        for (Draft.Entity e : anon) {
            s.sources.found++;
            boolean right = e.mentions.stream().anyMatch(m -> c.anonymous().stream()
                    .anyMatch(g -> g.mentions().stream().anyMatch(m::overlaps)));
            right(s.sources, right, e.descriptor);
        }
        for (Curated.CTime g : c.times) {
            s.times.gold++;
            boolean hit = d.times.stream().anyMatch(t -> t.span().overlaps(g.span()) && t.precision().equals(g.precision()));
            count(s.times, hit, "\"" + g.words() + "\" (" + g.precision() + ")");
        }
        for (Draft.Time t : d.times) {
            s.times.found++;
            boolean right = c.times.stream().anyMatch(g -> t.span().overlaps(g.span()) && t.precision().equals(g.precision()));
            right(s.times, right, "\"" + t.span().of(text) + "\" (" + t.precision() + ")");
        }
        List<Curated.CStatement> goldDenials = c.statements.stream().filter(Curated.CStatement::negative).toList();
        List<Draft.Statement> draftDenials = d.statements.stream()
                .filter(x -> x.claims.stream().anyMatch(Draft.Conveyed::negative)).toList();
        for (Curated.CStatement g : goldDenials) {
            s.denials.gold++;
            boolean hit = draftDenials.stream().anyMatch(x -> statementOverlaps(x, g)
                    && x.speakers.stream().anyMatch(sp -> speakerMatches(c, d, sp, g.speakers())));
            count(s.denials, hit, g.id() + " (" + String.join(", ", g.speakers()) + ")");
        }
        for (Draft.Statement x : draftDenials) {
            s.denials.found++;
            boolean right = goldDenials.stream().anyMatch(g -> statementOverlaps(x, g));
            right(s.denials, right, x.id + " (" + String.join(", ", x.speakers) + ")");
        }
        List<Curated.CStatement> goldDeclined = c.statements.stream()
                .filter(x -> "declined-to-comment".equals(x.type())).toList();
        List<Draft.Statement> draftDeclined = d.statements.stream()
                .filter(x -> "declined-to-comment".equals(x.type)).toList();
        for (Curated.CStatement g : goldDeclined) {
            s.declined.gold++;
            boolean hit = draftDeclined.stream().anyMatch(x -> statementOverlaps(x, g)
                    && x.speakers.stream().anyMatch(sp -> speakerMatches(c, d, sp, g.speakers())));
            count(s.declined, hit, g.id() + " (" + String.join(", ", g.speakers()) + ")");
        }
        for (Draft.Statement x : draftDeclined) {
            s.declined.found++;
            right(s.declined, goldDeclined.stream().anyMatch(g -> statementOverlaps(x, g)), x.id);
        }
        return s;
    }

    private static void count(Category c, boolean hit, String what) {
        if (hit) {
            c.goldHit++;
        } else {
            c.missing.add(what);
        }
    }

    private static void right(Category c, boolean right, String what) {
        if (right) {
            c.foundRight++;
        } else {
            c.extra.add(what);
        }
    }

    private static boolean statementOverlaps(Draft.Statement x, Curated.CStatement g) {
        List<Span> mine = new ArrayList<>(x.cues);
        if (x.quote != null) {
            mine.add(x.quote);
        }
        x.claims.forEach(cl -> mine.add(cl.evidence()));
        List<Span> theirs = new ArrayList<>(g.cues());
        if (g.quote() != null) {
            theirs.add(g.quote());
        }
        theirs.addAll(g.claimSpans());
        return mine.stream().anyMatch(m -> theirs.stream().anyMatch(m::overlaps));
    }

    /** The draft speaker (an id of the draft) is one of the curated speakers: one of its mentions is theirs. */
    static boolean speakerMatches(Curated c, Draft d, String draftId, List<String> curatedIds) {
        Draft.Entity e = d.entities.stream().filter(x -> draftId.equals(x.id)).findFirst().orElse(null);
        if (e == null) {
            return false;
        }
        return curatedIds.stream().anyMatch(id -> e.mentions.stream().anyMatch(m -> c.mentionOf(id, m)));
    }

    static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }

    // ---- the baseline: CoreNLP alone ----

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    /** CoreNLP's own quote attribution and SUTime's normalisation, scored the same way. */
    static Scores baseline(Curated c, Nlp.Parsed p) {
        Scores s = new Scores();
        String text = c.text;
        List<Curated.CStatement> goldQuotes = c.statements.stream()
                .filter(x -> "direct-quote".equals(x.type()) && x.quote() != null).toList();
        for (Curated.CStatement g : goldQuotes) {
            s.quotes.gold++;
            boolean hit = p.quotes().stream().anyMatch(q -> q.span().overlaps(g.quote()) && baselineSpeaker(c, q, g.speakers()));
            count(s.quotes, hit, cut(g.quote().of(text)));
        }
        for (Nlp.Quote q : p.quotes()) {
            s.quotes.found++;
            boolean right = goldQuotes.stream().anyMatch(g -> q.span().overlaps(g.quote()) && baselineSpeaker(c, q, g.speakers()));
            right(s.quotes, right, cut(q.span().of(text)) + " (" + q.speakerText() + ")");
        }
        for (Curated.CTime g : c.times) {
            s.times.gold++;
            boolean hit = p.mentions().stream().anyMatch(m -> m.timex() != null && m.span().overlaps(g.span())
                    && g.precision().equals(timexPrecision(m.timex())));
            count(s.times, hit, g.words());
        }
        for (Nlp.Mention m : p.mentions()) {
            if (m.timex() == null || !List.of("DATE", "TIME").contains(m.type())) {
                continue;
            }
            s.times.found++;
            boolean right = c.times.stream().anyMatch(g -> m.span().overlaps(g.span())
                    && g.precision().equals(timexPrecision(m.timex())));
            right(s.times, right, m.span().of(text));
        }
        List<Nlp.Mention> ner = p.mentions().stream()
                .filter(m -> List.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE")
                        .contains(m.type()) && Character.isUpperCase(text.charAt(m.span().begin()))).toList();
        for (Curated.CEntity g : c.named()) {
            s.entities.gold++;
            count(s.entities, ner.stream().anyMatch(m -> c.mentionOf(g.id(), m.span())), g.name());
        }
        for (Nlp.Mention m : ner) {
            s.mentions.found++;
            if (c.entities.values().stream().anyMatch(g -> g.mentions().stream().anyMatch(m.span()::overlaps))) {
                s.mentions.foundRight++;
            }
        }
        return s;
    }

    /**
     * CoreNLP's speaker (the name it attributes the quote to, {@code CoreQuote.speaker()}) is the curated
     * speaker when it is that speaker's name or the words of one of its mentions, or part of them.
     */
    private static boolean baselineSpeaker(Curated c, Nlp.Quote q, List<String> speakers) {
        if (q.speakerText() == null || q.speakerText().isBlank()) {
            return false;
        }
        String t = q.speakerText().toLowerCase(Locale.ROOT).strip();
        for (String id : speakers) {
            Curated.CEntity e = c.entities.get(id);
            if (e == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (e.name() != null) {
                names.add(e.name());
            }
            e.mentions().forEach(m -> names.add(m.of(c.text)));
            if (names.stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n -> n.contains(t) || t.contains(n))) {
                return true;
            }
        }
        return false;
    }

    static String timexPrecision(String value) {
        if (DAY.matcher(value).matches()) {
            return "day";
        }
        if (MONTH.matcher(value).matches()) {
            return "month";
        }
        if (YEAR.matcher(value).matches()) {
            return "year";
        }
        return "described";
    }
}
