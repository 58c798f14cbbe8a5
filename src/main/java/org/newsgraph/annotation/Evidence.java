package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A piece of evidence: the exact text of the article that states something.
 * Written either as a plain string (which must occur exactly once in the article)
 * or as an object naming which occurrence is meant, by number or by a longer
 * context string that occurs exactly once and contains the text exactly once.
 *
 * @param text the exact text, as in the article
 * @param occurrence 1-based occurrence of {@code text} in the article, or null
 * @param in a longer, unique piece of the article that contains {@code text} once, or null
 */
public record Evidence(String text, Integer occurrence, String in) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Evidence {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Evidence of(String text) {
        return new Evidence(text, null, null);
    }
}
