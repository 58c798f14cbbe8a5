package org.newsgraph.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions with our precision: a day ("9 September 2019", "September 9, 2019"), a month
 * ("May 2017"), a year ("in 2017"), part of a year ("early 2017": early, mid, late), a weekday
 * relative to the article's date ("Monday evening": the last such day on or before publication,
 * basis derived), and described periods ("at the end of the Obama administration", "in the first
 * months of his administration"). Longer matches win over the shorter ones inside them.
 */
final class TimePatterns {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d)";
    private static final Pattern DAY_MDY = Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2}),?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_DMY = Pattern.compile("\\b(?<day>\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_NO_YEAR = Pattern.compile("\\b(?:(?<day>\\d{1,2})\\s+" + MONTH.replace("month", "month")
            + "|" + MONTH.replace("<month>", "<month2>") + "\\s+(?<day2>\\d{1,2})(?!\\d|,?\\s+\\d{4}))\\b(?!\\s*,?\\s*\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern PART = Pattern.compile(
            "\\b(?<q>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he (?:beginning|start|middle|end) of)[- ]" + YEAR + "\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(?:(?:in|since|until|by|during|of|from|through)\\s+)?"
            + YEAR + "\\b(?!-\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:on|last|this|late|early)\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:\\s+(?<tod>morning|afternoon|evening|night))?\\b(?!s)");
    private static final Pattern DESCRIBED = Pattern.compile(
            "\\b(?:[Aa]t|[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter)\\s+the\\s+(?:very\\s+)?(?:end|beginning|start|middle|"
                    + "last (?:days|weeks|months)|first (?:days|weeks|months|year)|final (?:days|weeks|months))\\s+of\\s+"
                    + "(?:the|his|her|their)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+)*(?:administration|presidency|term|tenure|war|campaign)\\b");

    /** Periods and order words that place an event without a date ("at the time", "months later", "for decades"). */
    private static final Pattern DESCRIBED_SHORT = Pattern.compile("(?i)\\b(?:at the time|at that time|afterwards?|in advance"
            + "|initially|for (?:more than |nearly |almost |over )?(?:a |an |two |three |several |many )?"
            + "(?:decades?|years?|months?|weeks?)|(?:days|weeks|months|years|decades) (?:later|earlier|before|after)"
            + "|sometime (?:after|before|later)|the (?:previous|next|following) (?:day|week|month|year)"
            + "|(?:soon|shortly|weeks|months|days|years) after|in the (?:period|weeks|months|days|years) (?:after|before))\\b");

    private final String text;
    private final LocalDate published;
    private final Draft draft;

    TimePatterns(String text, LocalDate published, Draft draft) {
        this.text = text;
        this.published = published;
        this.draft = draft;
    }

    void run() {
        List<Draft.Time> found = new ArrayList<>();
        Draft.Mark mark = new Draft.Mark("pattern:time", 0.9);
        find(DESCRIBED, text, m -> new Draft.Time(span(m), null, null, null, null, null,
                m.group().replaceFirst("^\\S+\\s+", ""), null, "described", new Draft.Mark("pattern:time", 0.7)), found);
        find(DAY_MDY, text, m -> day(m, mark), found);
        find(DAY_DMY, text, m -> day(m, mark), found);
        find(DAY_NO_YEAR, text, m -> dayOfPublicationYear(m), found);
        find(PART, text, m -> new Draft.Time(span(m), Integer.parseInt(m.group("year")), null, null,
                qualifier(m.group("q")), null, null, null, "part-of-year", mark), found);
        find(MONTH_YEAR, text, m -> new Draft.Time(span(m), Integer.parseInt(m.group("year")), month(m.group("month")),
                null, null, null, null, null, "month", mark), found);
        find(WEEKDAY, text, m -> weekday(m), found);
        find(DESCRIBED_SHORT, text, m -> new Draft.Time(span(m), null, null, null, null, null, m.group(), null,
                "described", new Draft.Mark("pattern:time-described", 0.5)), found);
        find(YEAR_ONLY, text, m -> new Draft.Time(span(m), Integer.parseInt(m.group("year")), null, null, null, null,
                null, null, "year", new Draft.Mark("pattern:time", 0.8)), found);
        found.sort((a, b) -> a.span().compareTo(b.span()));
        draft.times.addAll(found);
    }

    private interface Maker {
        Draft.Time make(Matcher m);
    }

    private static void find(Pattern p, String text, Maker maker, List<Draft.Time> found) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Span s = span(m);
            if (found.stream().anyMatch(t -> t.span().overlaps(s))) {
                continue;
            }
            Draft.Time t = maker.make(m);
            if (t != null) {
                found.add(t);
            }
        }
    }

    private static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }

    private static Draft.Time day(Matcher m, Draft.Mark mark) {
        int day = Integer.parseInt(m.group("day"));
        int month = month(m.group("month"));
        int year = Integer.parseInt(m.group("year"));
        try {
            LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new Draft.Time(span(m), year, month, day, null, null, null, null, "day", mark);
    }

    /** "on 10 September": a day of the publication's year (derived from the article's date). */
    private Draft.Time dayOfPublicationYear(Matcher m) {
        if (published == null) {
            return null;
        }
        String d = m.group("day") != null ? m.group("day") : m.group("day2");
        String mo = m.group("month") != null ? m.group("month") : m.group("month2");
        int month = month(mo);
        int day = Integer.parseInt(d);
        try {
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            return new Draft.Time(span(m), date.getYear(), month, day, null, null, null, "derived", "day",
                    new Draft.Mark("pattern:time-relative", 0.7));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Draft.Time weekday(Matcher m) {
        if (published == null) {
            return null;   // a weekday is a day only relative to the article's date
        }
        DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(wd));
        String tod = m.group("tod");
        return new Draft.Time(span(m), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, tod, null, "derived",
                "day", new Draft.Mark("pattern:time-relative", 0.8));
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    private static String qualifier(String q) {
        String l = q.toLowerCase(Locale.ROOT);
        if (l.startsWith("early") || l.contains("beginning") || l.contains("start")) {
            return "early";
        }
        if (l.startsWith("mid") || l.contains("middle")) {
            return "mid";
        }
        return "late";
    }
}
