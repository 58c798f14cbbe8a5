package org.newsgraph.annotation;

import java.util.List;

/**
 * A speech act: a direct quote, a paraphrase, an "according to" attribution, the
 * article's own assertion, a declined comment, a question and its answer, or a statement
 * that a claim could not be corroborated. The claims it conveys carry polarity (a denial
 * is negative) and certainty. It may say when and where it was made, at which occasion,
 * and which earlier statement it answers, corrects or retracts, and which other article of the
 * corpus it restates (an echo of that article's report).
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
        String answers,
        String corrects,
        String retracts,
        String restates,
        TimeSpec time,
        String place,
        String occasion,
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
