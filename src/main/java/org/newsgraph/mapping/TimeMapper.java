package org.newsgraph.mapping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.TimeSpec;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/** Maps when something happened: an event's time interval, its date description, precision and bounds. */
final class TimeMapper {

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    TimeMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    /** Adds the time interval of an event, with its precision and bounds, and returns the interval. */
    Resource interval(Resource event, TimeSpec t, String p) {
        String basis = t.basis() == null ? "text" : t.basis();
        if (!Set.of("text", "metadata", "external").contains(basis)) {
            throw ctx.err(p + "/basis", "unknown basis \"" + basis + "\" (known: text, metadata, external)");
        }
        if (t.year() == null && t.description() == null) {
            throw ctx.err(p, "a time needs a \"year\" or a \"description\" of the period");
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
        if (t.qualifier() != null && (!Set.of("early", "mid", "late").contains(t.qualifier()) || t.month() != null
                || t.year() == null)) {
            throw ctx.err(p + "/qualifier", "qualifier must be early, mid or late, and goes with a year only");
        }
        if ("text".equals(basis) && t.evidence() == null) {
            throw ctx.err(p, "a time stated in the text needs \"evidence\" (or a \"basis\" of metadata or external)");
        }
        LocalDate notBefore = ctx.date(t.notBefore(), p + "/notBefore", false);
        LocalDate notAfter = ctx.date(t.notAfter(), p + "/notAfter", false);
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            throw ctx.err(p, "notBefore " + notBefore + " is after notAfter " + notAfter);
        }

        Resource interval = g.createResource(event.getURI() + "/time");
        event.addProperty(SEM.hasTime, interval);
        interval.addProperty(RDF.type, TIME.Interval).addProperty(RDF.type, SEM.Time)
                .addProperty(NG.dateBasis, basis);
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
            } else {
                precision = t.qualifier() != null ? "part-of-year" : "year";
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
        if (t.qualifier() != null) {
            interval.addProperty(NG.dateQualifier, t.qualifier());
        }
        if (notBefore != null) {
            earliest = notBefore;
        }
        if (notAfter != null) {
            latest = notAfter;
        }
        interval.addProperty(NG.datePrecision, ctx.concept("date-precision", NG.DatePrecisions, precision, p, "date precision"));
        String label;
        if (t.evidence() != null) {
            Resource s = spans.span(t.evidence(), p + "/evidence");
            interval.addProperty(GAF.denotedBy, s);
            label = s.getProperty(NIF.anchorOf).getString();
        } else if (t.description() != null) {
            label = t.description();
        } else {
            label = earliest.toString().substring(0, precision.equals("day") ? 10 : precision.equals("month") ? 7 : 4);
        }
        interval.addProperty(RDFS.label, t.description() != null ? t.description() : label);
        if (earliest != null) {
            event.addProperty(SEM.hasEarliestBeginTimeStamp, g.createTypedLiteral(earliest.toString(), XSDDatatype.XSDdate));
        }
        if (latest != null) {
            event.addProperty(SEM.hasLatestEndTimeStamp, g.createTypedLiteral(latest.toString(), XSDDatatype.XSDdate));
        }
        return interval;
    }
}
