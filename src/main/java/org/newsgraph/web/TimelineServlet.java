package org.newsgraph.web;

import static org.newsgraph.web.Html.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /timeline}: every article's events on one time axis ({@code ?article=SLUG}: one
 * article's account; an article the graph does not have is a 404). Each event is drawn over
 * the span its date allows: a day as a day, "May
 * 2017" as the month, "early 2017" as January to April; an event dated only by its stated
 * order ("soon after") is drawn hatched between what it comes after and what it comes before
 * or lies within, with the order and its words. Each event links to its page, and to the register event it is an account of.
 */
final class TimelineServlet extends HttpServlet {

    static final String EVENTS = """
            SELECT ?event ?label ?article ?earliest ?latest ?when ?precision ?account ?type WHERE {
              GRAPH ?g {
                ?g prov:wasDerivedFrom ?article .
                ?event a sem:Event ; rdfs:label ?label .
                OPTIONAL { ?event sem:eventType ?type }
                OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
                OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
                OPTIONAL { ?event sem:hasTime ?t .
                           OPTIONAL { ?t rdfs:label ?when }
                           OPTIONAL { ?t ng:datePrecision ?precision } }
                OPTIONAL { ?event ng:accountOf ?account }
              }
            } LIMIT 5000
            """;
    static final String ORDERS = """
            SELECT ?event ?relation ?qualifier ?other ?text WHERE {
              GRAPH ?g {
                ?g prov:wasDerivedFrom ?article .
                ?r a ng:TemporalRelation ; ng:fromEvent ?event ; ng:relation ?relation ; ng:toEvent ?other .
                OPTIONAL { ?r ng:qualifier ?qualifier }
                OPTIONAL { ?r gaf:denotedBy/nif:anchorOf ?text }
              }
            } LIMIT 5000
            """;
    static final String ARTICLES = """
            SELECT ?a ?headline ?date WHERE {
              ?a a schema:NewsArticle .
              OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date }
            } ORDER BY ?date ?a LIMIT 1000
            """;

    /** Whether {@code ?article} is an article of the graph (a news article, or the source of a graph). */
    static final String KNOWN = """
            SELECT ?article WHERE {
              { ?article a schema:NewsArticle } UNION { GRAPH ?g { ?g prov:wasDerivedFrom ?article } }
            } LIMIT 1
            """;

    private final Site site;
    private final Sparql sparql;

    TimelineServlet(Site site, Sparql sparql) {
        this.site = site;
        this.sparql = sparql;
    }

    /** One article's event, with its dates. */
    static final class Ev {
        Node event;
        String label;
        Node article;
        LocalDate earliest;
        LocalDate latest;
        String when;
        String precision;
        Node account;
        Node type;
        LocalDate floor;
        LocalDate ceiling;
        final List<String[]> orders = new ArrayList<>();
        final List<Node> orderTargets = new ArrayList<>();

        void capAt(LocalDate d) {
            if (d != null && (ceiling == null || d.isBefore(ceiling))) {
                ceiling = d;
            }
        }

        LocalDate start() {
            return earliest != null ? earliest : floor;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String slug = req.getParameter("article");
        if (slug != null && !ArticleServlet.SLUG.matcher(slug).matches()) {
            Pages.notFound(resp, "No such article.");
            return;
        }
        try {
            if (slug != null && sparql.select(KNOWN, Map.of("article",
                    NodeFactory.createURI(site.dataIri("article/" + slug)))).isEmpty()) {
                Pages.notFound(resp, "No article " + slug + " in the graph.");
                return;
            }
            Pages.sendHtml(resp, render(slug));
        } catch (QueryCancelledException e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The timeline took too long.");
        }
    }

    private static LocalDate date(Binding b, String var) {
        String s = Sparql.str(b, var);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String render(String slug) {
        Map<String, Node> bind = slug == null ? Map.of()
                : Map.of("article", NodeFactory.createURI(site.dataIri("article/" + slug)));
        Map<Node, Ev> events = new LinkedHashMap<>();
        for (Binding b : sparql.select(EVENTS, bind)) {
            Ev ev = events.computeIfAbsent(b.get("event"), k -> new Ev());
            ev.event = b.get("event");
            ev.label = Sparql.str(b, "label");
            ev.article = b.get("article");
            ev.earliest = ev.earliest != null ? ev.earliest : date(b, "earliest");
            ev.latest = ev.latest != null ? ev.latest : date(b, "latest");
            ev.when = ev.when != null ? ev.when : Sparql.str(b, "when");
            String p = Sparql.str(b, "precision");
            ev.precision = p == null ? ev.precision : Site.readable(p);
            ev.account = ev.account != null ? ev.account : b.get("account");
            ev.type = ev.type != null ? ev.type : b.get("type");
        }
        for (Binding b : sparql.select(ORDERS, bind)) {
            Ev ev = events.get(b.get("event"));
            if (ev == null) {
                continue;
            }
            String relation = Site.readable(Sparql.str(b, "relation"));
            String qualifier = Sparql.str(b, "qualifier");
            String words = Sparql.str(b, "text");
            ev.orders.add(new String[] {(qualifier == null ? "" : qualifier + " ") + relation, words});
            ev.orderTargets.add(b.get("other"));
        }
        // An event dated only by its order starts no earlier than what it comes after (a few rounds for chains).
        for (int round = 0; round < 5; round++) {
            for (Ev ev : events.values()) {
                for (int i = 0; i < ev.orderTargets.size(); i++) {
                    Ev other = events.get(ev.orderTargets.get(i));
                    String rel = ev.orders.get(i)[0];
                    // An event ends no later than what it is before (or lies within) allows; what it
                    // comes after begins no later than it ends.
                    if (other != null && rel.endsWith("before")) {
                        ev.capAt(other.start());
                    }
                    if (other != null && rel.endsWith("during")) {
                        ev.capAt(other.latest);
                    }
                    if (other != null && rel.endsWith("after")) {
                        other.capAt(ev.latest);
                    }
                    if (other != null && other.start() != null && (rel.endsWith("after") || rel.endsWith("during"))) {
                        LocalDate f = other.start();
                        if (ev.floor == null || f.isAfter(ev.floor)) {
                            ev.floor = f;
                        }
                    }
                }
            }
        }
        List<Ev> list = new ArrayList<>(events.values());
        list.sort(Comparator.comparing(Ev::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.latest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.label == null ? "" : e.label)
                .thenComparing(e -> e.event.getURI()));

        Set<Node> toLabel = new LinkedHashSet<>();
        for (Ev ev : list) {
            toLabel.add(ev.article);
            if (ev.account != null) {
                toLabel.add(ev.account);
            }
            toLabel.addAll(ev.orderTargets);
        }
        List<Binding> articles = sparql.select(ARTICLES, Map.of());
        Map<Node, String> labels = sparql.labels(toLabel);
        Map<Node, String> labelOfEvent = new HashMap<>();
        list.forEach(e -> labelOfEvent.put(e.event, e.label));

        LocalDate min = null;
        LocalDate max = null;
        for (Ev ev : list) {
            for (LocalDate d : new LocalDate[] {ev.start(), ev.latest}) {
                if (d != null) {
                    min = min == null || d.isBefore(min) ? d : min;
                    max = max == null || d.isAfter(max) ? d : max;
                }
            }
        }
        StringBuilder m = new StringBuilder();
        m.append("<h1>Timeline</h1>\n<p class=\"lead\">Events as each article dates them: a bar covers what the date allows "
                + "(a day, a month, \"early 2017\" as January–April); a hatched bar is placed only by its stated order.</p>\n");
        m.append("<nav class=\"chips\" aria-label=\"Articles\">").append(slug == null ? "<span class=\"chip current\">All articles</span>"
                : "<a class=\"chip\" href=\"/timeline\">All articles</a>");
        for (Binding a : articles) {
            String iri = a.get("a").getURI();
            if (!iri.startsWith(site.base() + "article/")) {
                continue;
            }
            String s = iri.substring((site.base() + "article/").length());
            m.append(s.equals(slug) ? "<span class=\"chip current\">" + esc(s) + "</span>"
                    : "<a class=\"chip\" href=\"/timeline?article=" + esc(s) + "\">" + esc(s) + "</a>");
        }
        m.append("</nav>\n");
        if (list.isEmpty()) {
            m.append("<p class=\"muted\">No events.</p>");
            return Html.page("Timeline", "timeline", m.toString(), null);
        }
        LocalDate from = min == null ? null : LocalDate.of(min.getYear(), 1, 1);
        LocalDate to = max == null ? null : LocalDate.of(max.getYear(), 12, 31);
        if (from != null) {
            m.append("<div class=\"axis\" aria-hidden=\"true\"><div class=\"ev-when\"></div><div class=\"years\">");
            for (int y = from.getYear(); y <= to.getYear(); y++) {
                m.append("<span>").append(y).append("</span>");
            }
            m.append("</div></div>\n");
        }
        m.append("<ol class=\"timeline\">\n");
        for (Ev ev : list) {
            String kind = ev.earliest != null ? "dated" : ev.floor != null ? "relative" : "undated";
            m.append("<li class=\"ev ").append(kind).append("\" data-event=\"").append(esc(ev.event.getURI()))
                    .append("\"><div class=\"ev-when\"><span class=\"when\"").append(ev.when != null && ev.when.length() > 40
                            ? " title=\"" + esc(ev.when) + "\">" + esc(ev.when.substring(0, 38)) + "…"
                            : ">" + esc(ev.when == null ? "—" : ev.when))
                    .append("</span>");
            if (ev.precision != null) {
                m.append("<span class=\"prec\">").append(esc(ev.precision)).append("</span>");
            }
            m.append("</div><div class=\"ev-body\"><p class=\"ev-label\">").append(Html.a(site.href(ev.event.getURI()), ev.label, ev.event.getURI()))
                    .append("</p>");
            if (from != null && ev.start() != null) {
                long total = ChronoUnit.DAYS.between(from, to) + 1;
                LocalDate b = ev.start();
                LocalDate e = ev.latest != null && !ev.latest.isBefore(b) ? ev.latest : ev.earliest != null ? ev.earliest
                        : ev.ceiling != null && !ev.ceiling.isBefore(b) ? ev.ceiling : to;
                double x = 1000.0 * ChronoUnit.DAYS.between(from, b) / total;
                double w = Math.max(4, 1000.0 * (ChronoUnit.DAYS.between(b, e) + 1) / total);
                m.append("<svg class=\"track\" viewBox=\"0 0 1000 12\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                        .append(esc(b + " to " + e)).append("\"><rect class=\"bar ").append(kind).append("\" x=\"")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", x)).append("\" y=\"1\" width=\"")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", Math.min(w, 1000 - x))).append("\" height=\"10\" rx=\"2\"/></svg>");
            }
            m.append("<p class=\"ev-meta\">");
            if (slug == null) {
                String article = ev.article.getURI();
                String s = article.startsWith(site.base() + "article/") ? article.substring((site.base() + "article/").length()) : article;
                m.append("<a class=\"source\" href=\"/articles/").append(esc(s)).append("\">").append(esc(s)).append("</a>");
            }
            if (ev.account != null) {
                m.append(" <span class=\"account\">an account of ").append(Html.a(site.href(ev.account.getURI()),
                        labels.getOrDefault(ev.account, site.shortName(ev.account.getURI())), ev.account.getURI())).append("</span>");
            }
            m.append("</p>");
            for (int i = 0; i < ev.orders.size(); i++) {
                Node other = ev.orderTargets.get(i);
                String[] o = ev.orders.get(i);
                m.append("<p class=\"order\"><span class=\"rel\">").append(esc(o[0])).append("</span> ")
                        .append(Html.a(site.href(other.getURI()), labelOfEvent.getOrDefault(other,
                                labels.getOrDefault(other, site.shortName(other.getURI()))), other.getURI()));
                if (o[1] != null) {
                    m.append(" <q>").append(esc(o[1])).append("</q>");
                }
                m.append("</p>");
            }
            m.append("</div></li>\n");
        }
        m.append("</ol>");
        return Html.page(slug == null ? "Timeline" : "Timeline of " + slug, "timeline", m.toString(), null);
    }
}
