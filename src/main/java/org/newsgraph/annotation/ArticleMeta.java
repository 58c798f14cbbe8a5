package org.newsgraph.annotation;

import java.util.List;

/** Article metadata. Fields marked external in {@code externalFacts} come from outside the text. */
public record ArticleMeta(
        String headline,
        String publisher,
        String url,
        String dateline,
        Evidence datelineEvidence,
        String published,
        String modified,
        String language,
        List<String> authors,
        String genre,
        Digest digestOf,
        List<String> externalFacts) {
    public ArticleMeta {
        authors = Annotation.nonNull(authors);
        externalFacts = Annotation.nonNull(externalFacts);
    }

    /**
     * For a digest written for the corpus from another outlet's report, fact-check or remarks: what
     * the original is. Everything is optional (nothing is invented: no URL, publisher or date that
     * the notes do not give).
     */
    public record Digest(String publisher, String url, String published, String title, List<String> authors) {
        public Digest {
            authors = Annotation.nonNull(authors);
        }
    }
}
