package org.newsgraph.annotation;

/**
 * When something happened, with its precision: a day, a month, a year, part of a year
 * ("early 2017") or a described period ("the end of the Obama administration") with
 * optional bounds. {@code basis} says where the date comes from: the text (default),
 * the article's metadata, or an external source.
 */
public record TimeSpec(
        Integer year,
        Integer month,
        Integer day,
        String qualifier,
        String description,
        String notBefore,
        String notAfter,
        Evidence evidence,
        String basis) {
}
