package org.newsgraph.annotation;

import java.util.List;

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
        alternativeNames = Annotation.nonNull(alternativeNames);
        affiliatedWith = Annotation.nonNull(affiliatedWith);
        mentions = Annotation.nonNull(mentions);
    }
}
