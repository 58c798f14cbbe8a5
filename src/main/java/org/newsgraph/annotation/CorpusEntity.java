package org.newsgraph.annotation;

import java.util.List;

/**
 * An entity of the corpus register: one node shared by every article that refers to it, with
 * its types, its name and the other names articles may use for it, its label and (only if
 * verified) its Wikidata item. An anonymous source is shared only through the register (the
 * register says that outlets cite the same source); it has a descriptor and may be plural.
 */
public record CorpusEntity(
        String id,
        String type,
        String name,
        String label,
        List<String> alternativeNames,
        String wikidata,
        List<String> alsoTypes,
        String descriptor,
        Boolean plural,
        String note) {
    public CorpusEntity {
        alternativeNames = Annotation.nonNull(alternativeNames);
        alsoTypes = Annotation.nonNull(alsoTypes);
    }
}
