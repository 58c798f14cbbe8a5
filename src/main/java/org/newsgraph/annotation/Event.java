package org.newsgraph.annotation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something that happened: a meeting, an extraction, a decision, a disclosure, a report... With
 * {@code corpus} it is this article's account of an event of the corpus register.
 */
public record Event(
        String id,
        String type,
        String corpus,
        String label,
        List<Participant> participants,
        String place,
        TimeSpec time,
        List<Relation> relations,
        String partOf,
        List<String> about,
        List<String> objects,
        Duration duration,
        Evidence exclusive,
        List<Evidence> evidence,
        String note) {
    public Event {
        participants = Annotation.nonNull(participants);
        relations = Annotation.nonNull(relations);
        about = Annotation.nonNull(about);
        objects = Annotation.nonNull(objects);
        evidence = Annotation.nonNull(evidence);
    }

    /** An actor taking part in an event, in a role, optionally in the capacity of a position held. */
    public record Participant(String actor, String role, String as) {
    }

    /** How long the event lasted, as the text says ("about two hours"). */
    public record Duration(BigDecimal amount, String unit, Boolean approximate, Evidence evidence) {
    }

    /** A stated order between two events ("soon after", "weeks after"). */
    public record Relation(String type, String event, String qualifier, Evidence evidence) {
    }
}
