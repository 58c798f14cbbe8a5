package org.newsgraph.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's machine draft before it is written as {@code annotation.draft.json}: every item
 * says which extractor proposed it and how confident it is.
 */
public final class Draft {

    /** Who proposed an item, and how sure it is (0..1). */
    public record Mark(String extractor, double confidence) {
        public String note() {
            return String.format(java.util.Locale.ROOT, "drafted by %s, confidence %.2f", extractor, confidence);
        }
    }

    /** A person, organisation, place or anonymous source, with all its mentions. */
    public static final class Entity {
        public String id;
        public String type;
        public String name;
        public String label;
        public String corpus;
        public String wikidata;
        public String descriptor;
        public String seniority;
        public String affiliationType;
        public Integer count;
        public Boolean plural;
        public Boolean former;
        public final List<Span> mentions = new ArrayList<>();
        public Mark mark;

        public boolean anonymous() {
            return "anonymousSource".equals(type);
        }
    }

    /** A time expression with our precision. */
    public record Time(Span span, Integer year, Integer month, Integer day, String qualifier, String timeOfDay,
            String description, String basis, String precision, Mark mark) {
    }

    /** A claim conveyed by a statement: the proposition's words and its polarity. */
    public record Conveyed(String claim, Span evidence, boolean negative) {
    }

    /** A claim: the proposition in the article's words. */
    public record Claim(String id, String label, Mark mark) {
    }

    /** A speech act. */
    public static final class Statement {
        public String id;
        public String type;
        public final List<String> speakers = new ArrayList<>();
        public Span quote;
        public final List<Span> cues = new ArrayList<>();
        public final List<Conveyed> claims = new ArrayList<>();
        public Mark mark;
    }

    /** An event candidate from a trigger word of the event-type scheme. */
    public static final class Event {
        public String id;
        public String type;
        public String label;
        public Span trigger;
        public final List<String[]> participants = new ArrayList<>();
        public Time time;
        public Mark mark;
    }

    public final String text;
    public final List<Entity> entities = new ArrayList<>();
    public final List<Time> times = new ArrayList<>();
    public final List<Claim> claims = new ArrayList<>();
    public final List<Statement> statements = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();

    public Draft(String text) {
        this.text = text;
    }

    /** The entity (or anonymous source) with a mention overlapping {@code span}, preferring the tightest. */
    public Entity entityAt(Span span) {
        Entity best = null;
        int bestLen = Integer.MAX_VALUE;
        for (Entity e : entities) {
            for (Span m : e.mentions) {
                if (m.overlaps(span) && m.end() - m.begin() < bestLen) {
                    best = e;
                    bestLen = m.end() - m.begin();
                }
            }
        }
        return best;
    }
}
