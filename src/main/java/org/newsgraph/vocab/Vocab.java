package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Small helpers shared by the vocabulary constant classes. */
final class Vocab {
    private Vocab() {
    }

    static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
