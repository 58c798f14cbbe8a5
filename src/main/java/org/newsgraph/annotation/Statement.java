package org.newsgraph.annotation;

import java.util.List;

/**
 * A speech act: a direct quote, a paraphrase, an "according to" attribution, the
 * article's own assertion, or a declined comment. The claims it conveys carry
 * polarity (a denial is negative) and certainty.
 */
public record Statement(
        String id,
        String type,
        List<String> speakers,
        String speakerRole,
        String onBehalfOf,
        String addressee,
        Evidence quote,
        List<Evidence> evidence,
        List<Conveyed> claims,
        List<String> about,
        String note) {
    public Statement {
        speakers = Annotation.nonNull(speakers);
        evidence = Annotation.nonNull(evidence);
        claims = Annotation.nonNull(claims);
        about = Annotation.nonNull(about);
    }

    /** A claim conveyed by a statement, with the text that conveys it. */
    public record Conveyed(String claim, String polarity, String certainty, Evidence evidence) {
    }
}
