package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One file of the corpus register ({@code data/corpus/*.json}): the entities, events and claims
 * that articles share, referred to from an article by {@code "corpus": "<register id>"}. Register
 * ids are unique across all register files, per kind. The field-by-field description is in
 * {@code data/schema/corpus.schema.json}.
 */
public record Corpus(
        @JsonProperty("$schema") String schema,
        List<CorpusEntity> entities,
        List<CorpusEvent> events,
        List<CorpusClaim> claims) {

    public Corpus {
        entities = Annotation.nonNull(entities);
        events = Annotation.nonNull(events);
        claims = Annotation.nonNull(claims);
    }
}
