package org.newsgraph.mapping;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/** Builds the whole graph: every article under {@code data/articles}, the ontology, linksets. */
public final class Build {
    private Build() {
    }

    /** The default base IRI for minted data IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    /**
     * Reads every {@code <dataDir>/articles/<slug>/} (article.txt + annotation.json) and maps it.
     *
     * @throws org.newsgraph.annotation.InputError on the first malformed or inconsistent input
     */
    public static DatasetGraph build(Path dataDir, String base) {
        throw new UnsupportedOperationException("not yet");
    }
}
