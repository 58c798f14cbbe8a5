package org.newsgraph.mapping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.Event;
import org.newsgraph.annotation.TimeSpec;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/**
 * Maps when something happened (an event, a statement): its time interval with the date
 * description, precision, basis and bounds, and an event's duration.
 */
final class TimeMapper {

    static final List<String> BASES = List.of("text", "metadata", "external", "derived", "relation");
    /** The years a time may give: four digits, what xsd:gYear and xsd:date write portably. */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    static final List<String> TIMES_OF_DAY = List.of("morning", "afternoon", "evening", "night");
    /** The first and last month of each part of the year: thirds ("early 2017" is January to April). */
    private static final Map<String, int[]> PARTS_OF_YEAR = Map.of(
            "early", new int[] {1, 4}, "mid", new int[] {5, 8}, "late", new int[] {9, 12});
    private static final Map<String, Resource> UNITS = Map.of(
            "second", TIME.unitSecond, "minute", TIME.unitMinute, "hour", TIME.unitHour, "day", TIME.unitDay,
            "week", TIME.unitWeek, "month", TIME.unitMonth, "year", TIME.unitYear);

    /** Whether the owner of a time states its order relative to other events (only an event can). */
    enum Order {
        /** An event with stated order relations ({@code relations}). */
        STATED,
        /** An event without stated order relations. */
        NONE_STATED,
        /** Not an event (a statement, the publication's metadata date): it has no order relations. */
        NOT_AN_EVENT
    }

    /** The label of an interval placed only by its owner's stated order relations, with no words or date. */
    static final String PLACED_BY_RELATIONS = "placed by its stated relations";

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    TimeMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    /**
     * Adds the time interval {@code <owner>/time} of an event or a statement ({@code owner sem:hasTime}),
     * with its precision and bounds (sem:hasEarliestBeginTimeStamp / sem:hasLatestEndTimeStamp on the
     * owner), and returns the interval.
     *
     * @param order whether the owner can state its order relative to other events (only events can) and
     *              does: a time of basis "relation" is placed by those relations alone
     */
    Resource interval(Resource owner, TimeSpec t, String p, Order order) {
        String basis = check(t, p, order);
        LocalDate notBefore = ctx.date(t.notBefore(), p + "/notBefore", false);
        LocalDate notAfter = ctx.date(t.notAfter(), p + "/notAfter", false);
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            throw ctx.err(p, "notBefore " + notBefore + " is after notAfter " + notAfter);
        }

        Resource interval = g.createResource(owner.getURI() + "/time");
        owner.addProperty(SEM.hasTime, interval);
        interval.addProperty(RDF.type, TIME.Interval).addProperty(RDF.type, SEM.Time)
                .addProperty(NG.dateBasis, basis);
        if (t.derivedFrom() != null) {
            derivedFrom(interval, t.derivedFrom(), p + "/derivedFrom");
        }
        String precision;
        LocalDate earliest = null;
        LocalDate latest = null;
        if (t.year() != null) {
            Resource d = g.createResource(interval.getURI() + "/description");
            interval.addProperty(TIME.hasDateTimeDescription, d);
            d.addProperty(RDF.type, TIME.DateTimeDescription)
                    .addProperty(TIME.year, g.createTypedLiteral(String.format("%04d", t.year()), XSDDatatype.XSDgYear));
            if (t.day() != null) {
                precision = "day";
                d.addProperty(TIME.unitType, TIME.unitDay);
                earliest = LocalDate.of(t.year(), t.month(), t.day());
                latest = earliest;
            } else if (t.month() != null) {
                precision = "month";
                d.addProperty(TIME.unitType, TIME.unitMonth);
                earliest = LocalDate.of(t.year(), t.month(), 1);
                latest = YearMonth.of(t.year(), t.month()).atEndOfMonth();
            } else if (t.qualifier() != null) {
                precision = "part-of-year";
                d.addProperty(TIME.unitType, TIME.unitYear);
                int[] months = PARTS_OF_YEAR.get(t.qualifier());
                earliest = LocalDate.of(t.year(), months[0], 1);
                latest = YearMonth.of(t.year(), months[1]).atEndOfMonth();
            } else {
                precision = "year";
                d.addProperty(TIME.unitType, TIME.unitYear);
                earliest = LocalDate.of(t.year(), 1, 1);
                latest = LocalDate.of(t.year(), 12, 31);
            }
            if (t.month() != null) {
                d.addProperty(TIME.month, g.createTypedLiteral(String.format("--%02d", t.month()), XSDDatatype.XSDgMonth));
            }
            if (t.day() != null) {
                d.addProperty(TIME.day, g.createTypedLiteral(String.format("---%02d", t.day()), XSDDatatype.XSDgDay));
            }
        } else {
            precision = "described";
        }
        if ("relation".equals(basis)) {
            precision = "relative";
        }
        if (t.qualifier() != null) {
            interval.addProperty(NG.dateQualifier, t.qualifier());
        }
        if (t.timeOfDay() != null) {
            interval.addProperty(NG.timeOfDay, t.timeOfDay());
        }
        if (notBefore != null) {
            earliest = notBefore;
        }
        if (notAfter != null) {
            latest = notAfter;
        }
        interval.addProperty(NG.datePrecision, ctx.concept("date-precision", NG.DatePrecisions, precision, p, "date precision"));
        if (t.description() != null) {
            interval.addProperty(DCTerms.description, t.description());
        }
        label(interval, t, p);
        if (earliest != null) {
            owner.addProperty(SEM.hasEarliestBeginTimeStamp, g.createTypedLiteral(earliest.toString(), XSDDatatype.XSDdate));
        }
        if (latest != null) {
            owner.addProperty(SEM.hasLatestEndTimeStamp, g.createTypedLiteral(latest.toString(), XSDDatatype.XSDdate));
        }
        return interval;
    }

    /** Checks the time's fields against each other; returns its basis. */
    private String check(TimeSpec t, String p, Order order) {
        if (t.year() != null && (t.year() < MIN_YEAR || t.year() > MAX_YEAR)) {
            throw ctx.err(p + "/year", "year " + t.year() + " is out of range: a year is " + MIN_YEAR + " to "
                    + MAX_YEAR + " (four digits, as xsd:gYear and xsd:date are written)");
        }
        String basis = t.basis() == null ? "text" : t.basis();
        if (!BASES.contains(basis)) {
            throw ctx.err(p + "/basis", "unknown basis \"" + basis + "\" (known: " + String.join(", ", BASES) + ")");
        }
        if ("relation".equals(basis)) {
            if (order == Order.NOT_AN_EVENT) {
                throw ctx.err(p + "/basis", "a statement's time cannot be placed by relations (basis \"relation\""
                        + " is for events, placed by their stated \"relations\"); give its year or description");
            }
            if (order == Order.NONE_STATED) {
                throw ctx.err(p + "/basis", "a time of basis \"relation\" is placed only by stated order relations,"
                        + " but there are none (\"relations\")");
            }
            if (t.evidence() != null) {
                throw ctx.err(p + "/evidence", "a time of basis \"relation\" has no time words of its own: no"
                        + " \"evidence\" (words that give the time make it basis text or derived)");
            }
        } else if (t.year() == null && t.description() == null) {
            throw ctx.err(p, "a time needs a \"year\" or a \"description\" of the period (or basis \"relation\")");
        }
        if ("derived".equals(basis) && t.derivedFrom() == null) {
            throw ctx.err(p, "a time of basis \"derived\" needs \"derivedFrom\": the event whose date it is computed"
                    + " from (\"publication\" for the article's publication)");
        }
        if (t.derivedFrom() != null && !"derived".equals(basis)) {
            throw ctx.err(p + "/derivedFrom", "\"derivedFrom\" goes with basis \"derived\"");
        }
        if (t.month() != null && t.year() == null) {
            throw ctx.err(p + "/month", "a month needs a year");
        }
        if (t.day() != null && t.month() == null) {
            throw ctx.err(p + "/day", "a day needs a month");
        }
        if (t.month() != null && (t.month() < 1 || t.month() > 12)) {
            throw ctx.err(p + "/month", "impossible month " + t.month());
        }
        if (t.day() != null && !YearMonth.of(t.year(), t.month()).isValidDay(t.day())) {
            throw ctx.err(p + "/day", "impossible date " + t.year() + "-" + t.month() + "-" + t.day());
        }
        if (t.qualifier() != null && (!PARTS_OF_YEAR.containsKey(t.qualifier()) || t.month() != null
                || t.year() == null)) {
            throw ctx.err(p + "/qualifier", "qualifier must be early, mid or late, and goes with a year only");
        }
        if (t.timeOfDay() != null && !TIMES_OF_DAY.contains(t.timeOfDay())) {
            throw ctx.err(p + "/timeOfDay", "unknown timeOfDay \"" + t.timeOfDay() + "\" (known: "
                    + String.join(", ", TIMES_OF_DAY) + ")");
        }
        if (t.timeOfDay() != null && t.day() == null) {
            throw ctx.err(p + "/timeOfDay", "a timeOfDay goes with a day (year, month and day)");
        }
        if (Set.of("text", "derived").contains(basis) && t.evidence() == null) {
            throw ctx.err(p, "a time " + ("text".equals(basis) ? "stated in the text" : "of basis \"derived\"")
                    + " needs \"evidence\": the time words as written (or a \"basis\" of metadata, external or relation)");
        }
        return basis;
    }

    /** {@code interval ng:derivedFrom <other>/time}: the interval the date was computed from. */
    private void derivedFrom(Resource interval, String id, String p) {
        ctx.ref(id, p, "event the date is derived from", EnumSet.of(Kind.EVENT));
        Resource other = g.createResource(ctx.iris.event(id) + "/time");
        if (other.equals(interval)) {
            throw ctx.err(p, "a date cannot be derived from itself");
        }
        interval.addProperty(NG.derivedFrom, other);
    }

    /**
     * The interval's label: the words as written, else the description, else the date at its precision,
     * else (a time of basis relation with neither) that it is placed by its stated relations.
     */
    private void label(Resource interval, TimeSpec t, String p) {
        if (t.evidence() != null) {
            Resource s = spans.span(t.evidence(), p + "/evidence");
            interval.addProperty(GAF.denotedBy, s);
            interval.addProperty(RDFS.label, s.getProperty(NIF.anchorOf).getString());
        } else if (t.description() != null) {
            interval.addProperty(RDFS.label, t.description());
        } else if (t.year() != null) {
            String iso = LocalDate.of(t.year(), t.month() == null ? 1 : t.month(), t.day() == null ? 1 : t.day()).toString();
            String label = iso.substring(0, t.day() != null ? 10 : t.month() != null ? 7 : 4);
            interval.addProperty(RDFS.label, t.qualifier() != null ? t.qualifier() + " " + label : label);
        } else {
            interval.addProperty(RDFS.label, PLACED_BY_RELATIONS);
        }
    }

    /**
     * The duration of an event, on its interval: {@code interval time:hasDuration <interval>/duration},
     * a time:Duration with the amount, unit, approximation and the words that give it.
     */
    void duration(Resource interval, Event.Duration d, String p) {
        if (d.amount() == null || d.amount().signum() <= 0) {
            throw ctx.err(p + "/amount", "a duration needs an \"amount\" greater than 0");
        }
        Resource unit = UNITS.get(ctx.required(d.unit(), p, "a duration needs a \"unit\""));
        if (unit == null) {
            throw ctx.err(p + "/unit", "unknown unit \"" + d.unit() + "\" (known: second, minute, hour, day, week,"
                    + " month, year)");
        }
        if (d.evidence() == null) {
            throw ctx.err(p, "a duration needs \"evidence\": the words that give it (e.g. \"about two hours\")");
        }
        Resource duration = g.createResource(interval.getURI() + "/duration");
        interval.addProperty(TIME.hasDuration, duration);
        duration.addProperty(RDF.type, TIME.Duration)
                .addProperty(TIME.numericDuration, g.createTypedLiteral(d.amount().toPlainString(), XSDDatatype.XSDdecimal))
                .addProperty(TIME.unitType, unit)
                .addProperty(GAF.denotedBy, spans.span(d.evidence(), p + "/evidence"));
        if (d.approximate() != null) {
            duration.addLiteral(NG.approximate, d.approximate().booleanValue());
        }
    }
}
