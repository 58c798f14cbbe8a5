package org.newsgraph.annotation;

import java.util.List;

/**
 * A person, organisation, place, group, anonymous source or document.
 * Anonymous sources carry their descriptor as written, seniority, affiliation and count.
 * An entity may also be of further types ({@code alsoTypes}: the White House is a government
 * body and a place), lie in a place ({@code containedIn}), be part of an organisation
 * ({@code partOf}), be named only through another entity ({@code namedThrough}, then it has no
 * {@code mentions}) or, for a document, be derived from another ({@code derivedFrom}). With
 * {@code corpus} it is an entity of the corpus register, shared with other articles.
 */
public record Entity(
        String id,
        String type,
        String corpus,
        String name,
        String label,
        List<String> alternativeNames,
        String wikidata,
        String descriptor,
        String seniority,
        String affiliationType,
        List<String> affiliatedWith,
        Integer count,
        Boolean plural,
        Boolean former,
        List<String> alsoTypes,
        String containedIn,
        String partOf,
        String namedThrough,
        String derivedFrom,
        List<Evidence> mentions,
        String note) {
    public Entity {
        alternativeNames = Annotation.nonNull(alternativeNames);
        affiliatedWith = Annotation.nonNull(affiliatedWith);
        alsoTypes = Annotation.nonNull(alsoTypes);
        mentions = Annotation.nonNull(mentions);
    }
}
