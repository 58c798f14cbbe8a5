package org.newsgraph.web;

import static org.newsgraph.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The HTML page of a resource: its label and types, the events it took part in (role,
 * capacity, date), where the articles mention it (the sentence, the span highlighted), every
 * property with its values as labelled links, and the resources that link to it. Six
 * bounded queries.
 */
final class ResourcePage {

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final int MAX_MENTIONS = 40;
    static final int MAX_INCOMING_SHOWN = 25;
    static final int MAX_LITERAL = 700;

    static final String PARTS = """
            SELECT ?event ?roleType ?capacity ?when ?earliest ?article WHERE {
              ?role rdf:value ?r .
              ?event ng:participantRole ?role .
              OPTIONAL { ?role sem:roleType ?roleType }
              OPTIONAL { ?role ng:inCapacityOf ?capacity }
              OPTIONAL { ?event sem:hasTime/rdfs:label ?when }
              OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
              OPTIONAL { ?event gaf:denotedBy/nif:referenceContext/nif:sourceUrl ?article }
            } ORDER BY ?earliest ?event LIMIT 200
            """;
    static final String MENTIONS = """
            SELECT DISTINCT ?span ?b ?e ?ctx ?article WHERE {
              ?r gaf:denotedBy ?span .
              ?span nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx .
              OPTIONAL { ?ctx nif:sourceUrl ?article }
            } ORDER BY ?article ?b LIMIT %d
            """.formatted(MAX_MENTIONS);
    static final String TEXTS = """
            SELECT ?ctx ?text WHERE { %s ?ctx nif:isString ?text } LIMIT 100
            """;

    private final Site site;
    private final Sparql sparql;

    ResourcePage(Site site, Sparql sparql) {
        this.site = site;
        this.sparql = sparql;
    }

    /** The page, or null when the graph says nothing about {@code r}. */
    String render(Node r) {
        Map<String, Node> bind = Map.of("r", r);
        Graph out = sparql.construct(Description.CBD, bind);
        Graph in = sparql.construct(Description.INCOMING, bind);
        if (out.isEmpty() && in.isEmpty()) {
            return null;
        }
        List<Binding> parts = sparql.select(PARTS, bind);
        List<Binding> mentions = sparql.select(MENTIONS, bind);

        Set<Node> toLabel = new LinkedHashSet<>();
        toLabel.add(r);
        out.find().forEach(t -> {
            toLabel.add(t.getPredicate());
            toLabel.add(t.getObject());
        });
        in.find().forEach(t -> {
            toLabel.add(t.getPredicate());
            toLabel.add(t.getSubject());
        });
        for (Binding b : parts) {
            for (String v : List.of("event", "roleType", "capacity", "article")) {
                if (b.get(v) != null) {
                    toLabel.add(b.get(v));
                }
            }
        }
        mentions.forEach(b -> {
            if (b.get("article") != null) {
                toLabel.add(b.get("article"));
            }
        });
        Map<Node, String> labels = sparql.labels(toLabel);

        String iri = r.getURI();
        String title = labels.getOrDefault(r, site.shortName(iri));
        StringBuilder m = new StringBuilder();
        m.append("<article class=\"resource\">\n<p class=\"kicker\">");
        List<Node> types = new ArrayList<>();
        out.find(r, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getPredicate().getURI().equals(RDF_TYPE) && t.getObject().isURI()) {
                types.add(t.getObject());
            }
        });
        types.sort(Comparator.comparing(Node::getURI));
        for (Node t : types) {
            m.append("<a class=\"type\"").append(Html.hrefAttr(site.href(t.getURI()))).append(" title=\"")
                    .append(esc(t.getURI())).append("\">").append(esc(name(t, labels))).append("</a> ");
        }
        m.append("</p>\n<h1>").append(esc(title)).append("</h1>\n");
        m.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>\n");
        m.append("<p class=\"formats\">This description as ");
        String self = site.href(iri);
        m.append(Html.a(self + "?format=ttl", "Turtle", null)).append(" · ")
                .append(Html.a(self + "?format=jsonld", "JSON-LD", null)).append(" · ")
                .append(Html.a(self + "?format=nt", "N-Triples", null)).append(" · ")
                .append(Html.a(self + "?format=rdf", "RDF/XML", null)).append("</p>\n");
        if (iri.startsWith(site.base() + "article/")) {
            String slug = iri.substring((site.base() + "article/").length());
            m.append("<p class=\"cta\"><a class=\"button\" href=\"/articles/").append(esc(slug))
                    .append("\">Read the article with its annotations</a> <a class=\"button secondary\" href=\"/timeline?article=")
                    .append(esc(slug)).append("\">Its timeline</a></p>\n");
        }
        appendParts(m, parts, labels);
        appendMentions(m, mentions, labels);
        appendProperties(m, r, out, labels);
        appendIncoming(m, in, labels);
        m.append("</article>");
        String alternates = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + esc(self) + "?format=ttl\">\n"
                + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + esc(self) + "?format=jsonld\">\n";
        return Html.page(title, "resource", m.toString(), alternates);
    }

    private String name(Node n, Map<Node, String> labels) {
        String l = labels.get(n);
        return l != null ? l : Site.readable(n.getURI());
    }

    private String link(Node n, Map<Node, String> labels) {
        if (n.isURI()) {
            String l = labels.get(n);
            String text = l != null ? l : site.shortName(n.getURI());
            return Html.a(site.href(n.getURI()), text, n.getURI());
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String shown = lex.length() > MAX_LITERAL ? lex.substring(0, MAX_LITERAL) + "…" : lex;
            String note = !n.getLiteralLanguage().isEmpty() ? n.getLiteralLanguage()
                    : n.getLiteralDatatypeURI() != null && !n.getLiteralDatatypeURI().endsWith("#string")
                            ? site.shortName(n.getLiteralDatatypeURI()) : null;
            return "<span class=\"literal\">" + esc(shown) + "</span>"
                    + (note == null ? "" : " <span class=\"datatype\">" + esc(note) + "</span>");
        }
        return "<span class=\"bnode\">" + esc(n.toString()) + "</span>";
    }

    private void appendParts(StringBuilder m, List<Binding> parts, Map<Node, String> labels) {
        if (parts.isEmpty()) {
            return;
        }
        m.append("<section class=\"parts\"><h2>Part in events</h2>\n<ul class=\"cards\">\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Binding b : parts) {
            Node event = b.get("event");
            String key = event + "|" + b.get("roleType") + "|" + b.get("capacity");
            if (!seen.add(key)) {
                continue;
            }
            m.append("<li class=\"part\"><div class=\"part-event\">").append(link(event, labels)).append("</div>");
            m.append("<div class=\"part-role\">");
            if (b.get("roleType") != null) {
                m.append("<span class=\"role\">").append(esc(name(b.get("roleType"), labels))).append("</span>");
            }
            if (b.get("capacity") != null) {
                m.append(" as ").append(link(b.get("capacity"), labels));
            }
            String when = Sparql.str(b, "when");
            if (when != null) {
                m.append(" <span class=\"when\">").append(esc(when)).append("</span>");
            }
            if (b.get("article") != null) {
                m.append(" <span class=\"source\">in ").append(link(b.get("article"), labels)).append("</span>");
            }
            m.append("</div></li>\n");
        }
        m.append("</ul></section>\n");
    }

    private void appendMentions(StringBuilder m, List<Binding> mentions, Map<Node, String> labels) {
        if (mentions.isEmpty()) {
            return;
        }
        Set<Node> contexts = new LinkedHashSet<>();
        mentions.forEach(b -> contexts.add(b.get("ctx")));
        Map<Node, String> texts = new HashMap<>();
        for (Binding b : sparql.select(TEXTS.formatted(Sparql.values("ctx", contexts)), Map.of())) {
            texts.put(b.get("ctx"), Sparql.str(b, "text"));
        }
        m.append("<section class=\"mentions\"><h2>In the text</h2>\n<ul class=\"quotes\">\n");
        for (Binding b : mentions) {
            String text = texts.get(b.get("ctx"));
            if (text == null) {
                continue;
            }
            int begin = Sparql.integer(b, "b", 0);
            int end = Sparql.integer(b, "e", 0);
            m.append("<li><blockquote class=\"sentence\">").append(Texts.sentenceHtml(text, begin, end))
                    .append("</blockquote><p class=\"where\">");
            if (b.get("article") != null) {
                m.append(link(b.get("article"), labels)).append(" · ");
            }
            m.append(Html.a(site.href(b.get("span").getURI()), "characters " + begin + "–" + end, b.get("span").getURI()))
                    .append("</p></li>\n");
        }
        m.append("</ul></section>\n");
    }

    private void appendProperties(StringBuilder m, Node r, Graph out, Map<Node, String> labels) {
        Map<Node, List<Node>> byProperty = new TreeMap<>(Comparator.comparing((Node p) -> !p.getURI().equals(RDF_TYPE))
                .thenComparing(p -> name(p, labels).toLowerCase(java.util.Locale.ROOT)).thenComparing(Node::getURI));
        for (Triple t : out.find(r, Node.ANY, Node.ANY).toList()) {
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if (byProperty.isEmpty()) {
            return;
        }
        m.append("<section class=\"properties\"><h2>Properties</h2>\n<dl class=\"props\">\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            Node p = e.getKey();
            m.append("<dt>").append(Html.a(site.href(p.getURI()), name(p, labels), p.getURI())).append("</dt><dd><ul>");
            e.getValue().sort(Comparator.comparing(n -> n.isURI() ? labels.getOrDefault(n, n.getURI()) : n.toString()));
            for (Node v : e.getValue()) {
                m.append("<li>").append(link(v, labels)).append("</li>");
            }
            m.append("</ul></dd>\n");
        }
        m.append("</dl></section>\n");
    }

    private void appendIncoming(StringBuilder m, Graph in, Map<Node, String> labels) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : in.find().toList()) {
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        if (byProperty.isEmpty()) {
            return;
        }
        m.append("<section class=\"incoming\"><h2>Referred to by</h2>\n<dl class=\"props\">\n");
        List<Node> props = new ArrayList<>(byProperty.keySet());
        props.sort(Comparator.comparing((Node p) -> name(p, labels).toLowerCase(java.util.Locale.ROOT)));
        for (Node p : props) {
            List<Node> subjects = byProperty.get(p);
            subjects.sort(Comparator.comparing(n -> n.isURI() ? labels.getOrDefault(n, n.getURI()) : n.toString()));
            m.append("<dt>").append(Html.a(site.href(p.getURI()), name(p, labels), p.getURI()))
                    .append(" <span class=\"muted\">of</span></dt><dd><ul>");
            int shown = 0;
            for (Node s : subjects) {
                if (shown++ == MAX_INCOMING_SHOWN) {
                    m.append("<li class=\"muted\">and ").append(subjects.size() - MAX_INCOMING_SHOWN)
                            .append(" more (all in the RDF of this page)</li>");
                    break;
                }
                m.append("<li>").append(link(s, labels)).append("</li>");
            }
            m.append("</ul></dd>\n");
        }
        m.append("</dl></section>\n");
    }
}
