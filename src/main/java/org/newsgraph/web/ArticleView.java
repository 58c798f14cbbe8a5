package org.newsgraph.web;

import static org.newsgraph.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The article view: the text with every annotated span highlighted and linked to its
 * resource (entities, anonymous sources, events, times, positions, stated orders, statements,
 * claims: one colour each, a legend; a claim the statement denies is struck in red), and
 * beside it who said what and what was denied. Four bounded queries.
 */
final class ArticleView {

    /** The kinds of annotated span, innermost first when spans nest. */
    static final List<String> KINDS = List.of("entity", "anonymous", "time", "position", "event", "order", "statement",
            "claim");
    static final Map<String, String> KIND_NAMES = Map.of("entity", "person, organisation, place",
            "anonymous", "anonymous source", "time", "date or time", "position", "position held",
            "event", "event", "order", "stated order", "statement", "reporting words, quote", "claim", "claim (proposition)");

    static final String META = """
            SELECT ?ctx ?text ?headline ?date ?publisher WHERE {
              ?ctx nif:sourceUrl ?a .
              OPTIONAL { ?ctx nif:isString ?text }
              OPTIONAL { ?a schema:headline ?headline }
              OPTIONAL { ?a schema:datePublished ?date }
              OPTIONAL { ?a schema:publisher ?publisher }
            } LIMIT 1
            """;
    static final String SPANS = """
            SELECT ?x ?b ?e ?kind ?pol ?words WHERE {
              ?span nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
              OPTIONAL { ?span nif:anchorOf ?words }
              ?x gaf:denotedBy ?span .
              BIND(IF(EXISTS { ?x a ng:Claim }, "claim",
                   IF(EXISTS { ?x a ng:Statement }, "statement",
                   IF(EXISTS { ?x a ng:TemporalRelation }, "order",
                   IF(EXISTS { ?x a sem:Event }, "event",
                   IF(EXISTS { ?x a ng:AnonymousSource }, "anonymous",
                   IF(EXISTS { ?x a org:Membership }, "position",
                   IF(EXISTS { ?x a time:Interval }, "time", "entity"))))))) AS ?kind)
              OPTIONAL { ?span grasp:hasAttribution/ng:polarity ?pol }
            } LIMIT 20000
            """;
    static final String SAID = """
            SELECT ?st ?type ?speaker ?anon ?claim ?pol ?b ?quote WHERE {
              GRAPH ?g {
                ?st a ng:Statement .
                OPTIONAL { ?st ng:statementType ?type }
                OPTIONAL { ?st ng:speaker ?speaker }
                OPTIONAL { ?att prov:wasGeneratedBy ?st ; ng:attributedClaim ?claim .
                           OPTIONAL { ?att ng:polarity ?pol } }
                OPTIONAL { ?st ng:quote ?quote }
                OPTIONAL { ?st gaf:denotedBy/nif:beginIndex ?b }
              }
              BIND(EXISTS { ?speaker a ng:AnonymousSource } AS ?anon)
            } LIMIT 5000
            """;

    private final Site site;
    private final Sparql sparql;

    ArticleView(Site site, Sparql sparql) {
        this.site = site;
        this.sparql = sparql;
    }

    record Span(Node x, int b, int e, String kind, boolean negative, String words) {
        int length() {
            return e - b;
        }
    }

    /** The page, or null when the article is not in the graph. */
    String render(Node article, String slug) {
        List<Binding> meta = sparql.select(META, Map.of("a", article));
        if (meta.isEmpty()) {
            return null;
        }
        Binding mb = meta.get(0);
        String text = Sparql.str(mb, "text");
        Node ctx = mb.get("ctx");
        List<Span> spans = new ArrayList<>();
        for (Binding b : sparql.select(SPANS, Map.of("ctx", ctx))) {
            // Offsets are code points; without the text (a text policy left it out) they stay so.
            int begin = text == null ? Sparql.integer(b, "b", 0) : Texts.index(text, Sparql.integer(b, "b", 0));
            int end = text == null ? Sparql.integer(b, "e", 0) : Texts.index(text, Sparql.integer(b, "e", 0));
            if (end > begin) {
                String pol = Sparql.str(b, "pol");
                spans.add(new Span(b.get("x"), begin, end, Sparql.str(b, "kind"), pol != null && pol.endsWith("NEGATIVE"),
                        Sparql.str(b, "words")));
            }
        }
        Node graph = NodeFactory.createURI(site.dataIri("graph/article/" + slug));
        List<Binding> said = sparql.select(SAID, Map.of("g", graph));

        Set<Node> toLabel = new LinkedHashSet<>();
        spans.forEach(s -> toLabel.add(s.x()));
        for (Binding b : said) {
            for (String v : List.of("type", "speaker", "claim")) {
                if (b.get(v) != null) {
                    toLabel.add(b.get(v));
                }
            }
        }
        if (mb.get("publisher") != null) {
            toLabel.add(mb.get("publisher"));
        }
        Map<Node, String> labels = sparql.labels(toLabel);

        String headline = Sparql.str(mb, "headline");
        String title = headline != null ? headline : slug;
        StringBuilder m = new StringBuilder();
        m.append("<div class=\"article-head\"><p class=\"kicker\">");
        if (mb.get("publisher") != null) {
            m.append(esc(labels.getOrDefault(mb.get("publisher"), ""))).append(" · ");
        }
        if (Sparql.str(mb, "date") != null) {
            m.append(esc(Sparql.str(mb, "date"))).append(" · ");
        }
        m.append(Html.a(site.href(article.getURI()), "resource page", article.getURI())).append(" · ")
                .append("<a href=\"/timeline?article=").append(esc(slug)).append("\">timeline</a></p><h1>")
                .append(esc(title)).append("</h1></div>\n");
        legend(m, spans);
        m.append("<div class=\"article-layout\">\n<section class=\"article-text\" aria-label=\"Article text\">");
        m.append(text == null ? withheld(spans, labels) : annotated(text, spans, labels));
        m.append("</section>\n<aside class=\"said\" aria-label=\"Who said what\">");
        whoSaidWhat(m, said, labels);
        m.append("</aside>\n</div>");
        return Html.page(title, "articles", m.toString(), null);
    }

    private void legend(StringBuilder m, List<Span> spans) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        spans.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        m.append("<ul class=\"legend\" aria-label=\"Legend\">");
        for (String k : KINDS) {
            m.append("<li><span class=\"swatch k-").append(k).append(k.equals("claim") ? " in-claim" : "").append(k.equals("anonymous") ? " anon-start" : "")
                    .append("\">").append(esc(KIND_NAMES.get(k))).append("</span> <span class=\"muted\">")
                    .append(counts.get(k)).append("</span></li>");
        }
        m.append("<li><span class=\"swatch in-claim in-denied\">claim denied</span></li></ul>\n");
    }

    /** The text as HTML: each stretch covered by spans is one link to the innermost span's resource. */
    String annotated(String text, List<Span> spans, Map<Node, String> labels) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : spans) {
            cuts.add(s.b());
            cuts.add(s.e());
        }
        Comparator<Span> inner = Comparator.comparingInt(Span::length)
                .thenComparingInt(s -> KINDS.indexOf(s.kind()));
        List<Span> byBegin = new ArrayList<>(spans);
        byBegin.sort(Comparator.comparingInt(Span::b));
        Set<String> anchors = new HashSet<>();
        StringBuilder h = new StringBuilder(text.length() * 3);
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int p = prev;
                int q = cut;
                List<Span> cover = new ArrayList<>();
                for (Span s : byBegin) {
                    if (s.b() > p) {
                        break;
                    }
                    if (s.e() >= q) {
                        cover.add(s);
                    }
                }
                for (Span s : byBegin) {
                    if (s.b() == p && anchors.add(s.b() + "," + s.e())) {
                        h.append("<span class=\"anchor\" id=\"char=").append(cpOffset(text, s.b())).append(',')
                                .append(cpOffset(text, s.e())).append("\"></span>");
                    }
                }
                String piece = esc(text.substring(p, q));
                if (cover.isEmpty()) {
                    h.append(piece);
                } else {
                    cover.sort(inner);
                    Span top = cover.get(0);
                    StringBuilder cls = new StringBuilder("m k-").append(top.kind());
                    boolean claim = cover.stream().anyMatch(s -> s.kind().equals("claim"));
                    boolean denied = cover.stream().anyMatch(s -> s.kind().equals("claim") && s.negative());
                    if (claim) {
                        cls.append(" in-claim");
                    }
                    if (denied) {
                        cls.append(" in-denied");
                    }
                    if (cover.stream().anyMatch(s -> s.kind().equals("anonymous") && s.b() == p)) {
                        cls.append(" anon-start");
                    }
                    StringBuilder tip = new StringBuilder();
                    for (Span s : cover) {
                        if (tip.length() > 0) {
                            tip.append("\n");
                        }
                        tip.append(KIND_NAMES.get(s.kind())).append(": ")
                                .append(labels.getOrDefault(s.x(), site.shortName(s.x().getURI())))
                                .append(s.negative() ? " (denied)" : "");
                    }
                    h.append("<a class=\"").append(cls).append("\"").append(Html.hrefAttr(site.href(top.x().getURI())))
                            .append(" title=\"").append(esc(tip.toString())).append("\" data-kind=\"").append(top.kind())
                            .append("\">").append(piece).append("</a>");
                }
            }
            prev = cut;
        }
        return h.toString();
    }

    /**
     * Without the text (the server's text policy leaves out texts published by others): the
     * annotated spans in text order, with their offsets and, where the policy keeps them, their words.
     */
    String withheld(List<Span> spans, Map<Node, String> labels) {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Span::b).thenComparingInt(Span::e));
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"notice\">The text of this article is not served here: the server's text policy")
                .append(" (<code>--text</code>) leaves out texts published by others. The annotated spans, in text order:</p>")
                .append("<ol class=\"withheld-spans\">");
        for (Span s : ordered) {
            h.append("<li id=\"char=").append(s.b()).append(',').append(s.e()).append("\"><span class=\"muted\">characters ")
                    .append(s.b()).append('\u2013').append(s.e()).append("</span> <a class=\"m k-").append(s.kind())
                    .append("\"").append(Html.hrefAttr(site.href(s.x().getURI()))).append(" data-kind=\"").append(s.kind())
                    .append("\">").append(esc(labels.getOrDefault(s.x(), site.shortName(s.x().getURI())))).append("</a>");
            if (s.words() != null) {
                h.append(" \u201c").append(esc(s.words())).append("\u201d");
            }
            h.append("</li>");
        }
        return h.append("</ol>").toString();
    }

    private static int cpOffset(String text, int index) {
        return text.codePointCount(0, index);
    }

    private void whoSaidWhat(StringBuilder m, List<Binding> said, Map<Node, String> labels) {
        record Claimed(Node claim, boolean negative) {
        }
        Map<Node, Integer> first = new LinkedHashMap<>();
        Map<Node, Binding> one = new LinkedHashMap<>();
        Map<Node, Set<Node>> speakers = new LinkedHashMap<>();
        Map<Node, Set<Claimed>> claims = new LinkedHashMap<>();
        for (Binding b : said) {
            Node st = b.get("st");
            one.putIfAbsent(st, b);
            int begin = Sparql.integer(b, "b", Integer.MAX_VALUE);
            first.merge(st, begin, Math::min);
            if (b.get("speaker") != null) {
                speakers.computeIfAbsent(st, k -> new LinkedHashSet<>()).add(b.get("speaker"));
            }
            if (b.get("claim") != null) {
                String pol = Sparql.str(b, "pol");
                claims.computeIfAbsent(st, k -> new LinkedHashSet<>())
                        .add(new Claimed(b.get("claim"), pol != null && pol.endsWith("NEGATIVE")));
            }
        }
        Set<Node> anonymous = new HashSet<>();
        for (Binding b : said) {
            if (b.get("speaker") != null && "true".equals(Sparql.str(b, "anon"))) {
                anonymous.add(b.get("speaker"));
            }
        }
        List<Node> order = new ArrayList<>(first.keySet());
        order.sort(Comparator.comparing((Node n) -> first.get(n)).thenComparing(Node::getURI));

        m.append("<h2>Who said what</h2>");
        StringBuilder denials = new StringBuilder();
        for (Node st : order) {
            for (Claimed c : claims.getOrDefault(st, Set.of())) {
                if (c.negative()) {
                    denials.append("<li>").append(speakerNames(speakers.get(st), anonymous, labels)).append(" <span class=\"verb denies\">denied</span> ")
                            .append(link(c.claim(), labels)).append("</li>");
                }
            }
        }
        if (denials.length() > 0) {
            m.append("<section class=\"denials\"><h3>Denied</h3><ul>").append(denials).append("</ul></section>");
        }
        m.append("<ol class=\"statements\">");
        for (Node st : order) {
            Binding b = one.get(st);
            m.append("<li class=\"statement\"><p class=\"who\">").append(speakerNames(speakers.get(st), anonymous, labels));
            if (b.get("type") != null) {
                m.append(" <span class=\"stype\">").append(esc(labels.getOrDefault(b.get("type"), Site.readable(b.get("type").getURI()))))
                        .append("</span>");
            }
            m.append(" <a class=\"jump\"").append(Html.hrefAttr(site.href(st.getURI()))).append(" title=\"the statement\">↗</a></p>");
            String quote = Sparql.str(b, "quote");
            if (quote != null) {
                m.append("<blockquote>").append(esc(quote.length() > 300 ? quote.substring(0, 300) + "…" : quote)).append("</blockquote>");
            }
            Set<Claimed> cs = claims.getOrDefault(st, Set.of());
            if (!cs.isEmpty()) {
                m.append("<ul class=\"claims\">");
                for (Claimed c : cs) {
                    m.append("<li class=\"").append(c.negative() ? "denied" : "asserted").append("\"><span class=\"verb\">")
                            .append(c.negative() ? "denies" : "says").append("</span> ").append(link(c.claim(), labels)).append("</li>");
                }
                m.append("</ul>");
            }
            m.append("</li>");
        }
        m.append("</ol>");
        if (order.isEmpty()) {
            m.append("<p class=\"muted\">No statements in this article.</p>");
        }
    }

    private String speakerNames(Set<Node> speakers, Set<Node> anonymous, Map<Node, String> labels) {
        if (speakers == null || speakers.isEmpty()) {
            return "<span class=\"muted\">(speaker not named)</span>";
        }
        StringBuilder b = new StringBuilder();
        for (Node s : speakers) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(link(s, labels));
            if (anonymous.contains(s)) {
                b.append(" <span class=\"badge anon\" title=\"anonymous source\">anonymous</span>");
            }
        }
        return b.toString();
    }

    private String link(Node n, Map<Node, String> labels) {
        return Html.a(site.href(n.getURI()), labels.getOrDefault(n, site.shortName(n.getURI())), n.getURI());
    }
}
