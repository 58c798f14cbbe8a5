package org.newsgraph.validate;

import org.apache.jena.sparql.core.DatasetGraph;

/** SHACL and text-span checks of a built dataset. */
public final class Validation {
    private Validation() {
    }

    /** The outcome of validation: conforms or not, and a readable report. */
    public record Report(boolean conforms, String text) {
    }

    public static Report validate(DatasetGraph dataset) {
        throw new UnsupportedOperationException("not yet");
    }
}
