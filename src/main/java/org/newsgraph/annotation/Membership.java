package org.newsgraph.annotation;

import java.util.List;

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
        heldDuring = Annotation.nonNull(heldDuring);
        evidence = Annotation.nonNull(evidence);
    }
}
