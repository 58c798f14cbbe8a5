package org.newsgraph.annotation;

import java.util.List;

/**
 * A proposition the article reports; who asserts or denies it is said by statements. With
 * {@code corpus} it is this article's account of a proposition of the corpus register.
 */
public record Claim(
        String id,
        String corpus,
        String label,
        List<String> about,
        List<Triple> assertion,
        List<Evidence> evidence,
        String note) {
    public Claim {
        about = Annotation.nonNull(about);
        assertion = Annotation.nonNull(assertion);
        evidence = Annotation.nonNull(evidence);
    }

    /** One triple of a claim's formal content: subject and object are local ids, or object is a literal value. */
    public record Triple(String subject, String predicate, String object, String value) {
    }
}
