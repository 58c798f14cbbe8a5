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

    /** An absent list is an empty one (for every record of the annotation). */
    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
