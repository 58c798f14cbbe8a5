package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One article's curated annotation, as read from {@code annotation.json}.
 * Identifiers ({@code id}) are local to the article and are used for references
 * between the parts. The field-by-field description is in
 * {@code data/schema/annotation.schema.json}.
 */
public record Annotation(
        @JsonProperty("$schema") String schema,
        ArticleMeta article,
        List<Entity> entities,
        List<Membership> memberships,
        List<Event> events,
        List<Claim> claims,
        List<Statement> statements) {

    public Annotation {
        entities = nonNull(entities);
        memberships = nonNull(memberships);
        events = nonNull(events);
        claims = nonNull(claims);
        statements = nonNull(statements);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Article metadata. Fields marked external in {@code externalFacts} come from outside the text. */
    public record ArticleMeta(
            String headline,
            String publisher,
            String url,
            String dateline,
            Evidence datelineEvidence,
            String published,
            String modified,
            String language,
            List<String> authors,
            String genre,
            Digest digestOf,
            List<String> externalFacts) {
        public ArticleMeta {
            authors = nonNull(authors);
            externalFacts = nonNull(externalFacts);
        }
    }

    /** For a digest written for the corpus from another outlet's report: where the original is. */
    public record Digest(String publisher, String url, String published, String title) {
    }

    /**
     * A person, organisation, place, group or anonymous source.
     * Anonymous sources carry their descriptor as written, seniority, affiliation and count.
     */
    public record Entity(
            String id,
            String type,
            String name,
            List<String> alternativeNames,
            String wikidata,
            String descriptor,
            String seniority,
            String affiliationType,
            List<String> affiliatedWith,
            Integer count,
            Boolean plural,
            Boolean former,
            List<Evidence> mentions,
            String note) {
        public Entity {
            alternativeNames = nonNull(alternativeNames);
            affiliatedWith = nonNull(affiliatedWith);
            mentions = nonNull(mentions);
        }
    }

    /**
     * A position held: member, role, organisation, and when it was held relative to
     * events of the article and to its publication ("then-" means held at the event,
     * no longer at publication: {@code heldAtPublication = false}).
     */
    public record Membership(
            String id,
            String member,
            String role,
            String label,
            String organization,
            List<String> heldDuring,
            Boolean heldAtPublication,
            List<Evidence> evidence,
            String note) {
        public Membership {
            heldDuring = nonNull(heldDuring);
            evidence = nonNull(evidence);
        }
    }

    /** Something that happened: a meeting, an extraction, a decision, a disclosure, a report... */
    public record Event(
            String id,
            String type,
            String label,
            List<Participant> participants,
            String place,
            TimeSpec time,
            List<Relation> relations,
            String partOf,
            List<String> about,
            List<Evidence> evidence,
            String note) {
        public Event {
            participants = nonNull(participants);
            relations = nonNull(relations);
            about = nonNull(about);
            evidence = nonNull(evidence);
        }
    }

    /** An actor taking part in an event, in a role, optionally in the capacity of a position held. */
    public record Participant(String actor, String role, String as) {
    }

    /**
     * When something happened, with its precision: a day, a month, a year, part of a year
     * ("early 2017") or a described period ("the end of the Obama administration") with
     * optional bounds. {@code basis} says where the date comes from: the text (default),
     * the article's metadata, or an external source.
     */
    public record TimeSpec(
            Integer year,
            Integer month,
            Integer day,
            String qualifier,
            String description,
            String notBefore,
            String notAfter,
            Evidence evidence,
            String basis) {
    }

    /** A stated order between two events ("soon after", "weeks after"). */
    public record Relation(String type, String event, String qualifier, Evidence evidence) {
    }

    /** A proposition the article reports; who asserts or denies it is said by statements. */
    public record Claim(
            String id,
            String label,
            List<String> about,
            List<Triple> assertion,
            List<Evidence> evidence,
            String note) {
        public Claim {
            about = nonNull(about);
            assertion = nonNull(assertion);
            evidence = nonNull(evidence);
        }
    }

    /** One triple of a claim's formal content: subject and object are local ids, or object is a literal value. */
    public record Triple(String subject, String predicate, String object, String value) {
    }

    /**
     * A speech act: a direct quote, a paraphrase, an "according to" attribution, the
     * article's own assertion, or a declined comment. The claims it conveys carry
     * polarity (a denial is negative) and certainty.
     */
    public record Statement(
            String id,
            String type,
            List<String> speakers,
            String speakerRole,
            String onBehalfOf,
            String addressee,
            Evidence quote,
            List<Evidence> evidence,
            List<Conveyed> claims,
            List<String> about,
            String note) {
        public Statement {
            speakers = nonNull(speakers);
            evidence = nonNull(evidence);
            claims = nonNull(claims);
            about = nonNull(about);
        }
    }

    /** A claim conveyed by a statement, with the text that conveys it. */
    public record Conveyed(String claim, String polarity, String certainty, Evidence evidence) {
    }
}
