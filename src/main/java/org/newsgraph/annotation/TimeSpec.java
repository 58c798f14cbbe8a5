package org.newsgraph.annotation;

import java.time.LocalDate;

/**
 * When something happened, with its precision: a day (optionally with the part of the day),
 * a month, a year, part of a year ("early 2017") or a described period ("the end of the Obama
 * administration") with optional bounds. {@code basis} says where the date comes from: the
 * text (default), the article's metadata, an external source, another event's date
 * ({@code derived}, named by {@code derivedFrom}: "The next day"), or only the event's stated
 * order relations ({@code relation}: no time words of its own).
 */
public record TimeSpec(
        Integer year,
        Integer month,
        Integer day,
        String qualifier,
        String timeOfDay,
        String description,
        String notBefore,
        String notAfter,
        Evidence evidence,
        String basis,
        String derivedFrom) {

    /** A day taken from the article's metadata (its publication date): basis metadata, no words of its own. */
    public static TimeSpec dayFromMetadata(LocalDate day) {
        return new TimeSpec(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, null, null, null, null,
                null, "metadata", null);
    }
}
