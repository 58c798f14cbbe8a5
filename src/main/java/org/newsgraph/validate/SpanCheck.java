package org.newsgraph.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.newsgraph.util.Sha256;
import org.newsgraph.vocab.NG;

/**
 * The text checks of {@code ngsh:ContextShape} and {@code ngsh:SpanShape}, in Java: each
 * context's SHA-256 and length against its text, each span's end, anchor and RFC 5147 fragment
 * against its context's text. {@code ontology/shapes.ttl} keeps these constraints as SHACL-SPARQL
 * (the definition); they are taken out of the shapes the validator runs, because a SPARQL query
 * per span that takes {@code STRLEN} and {@code SUBSTR} of the whole article costs the square of
 * the article's length. This class evaluates the same queries' conditions, with SPARQL's
 * semantics for the cases that matter (a value of the wrong kind makes the condition an error,
 * so no result), and reports each result as SHACL reports it: the focus node and the
 * constraint's message with its variables filled in the way Jena fills them (a literal by its
 * lexical form, anything else as Jena displays it). A test checks that the report is the one
 * SHACL gives with the constraints in place.
 */
final class SpanCheck {

    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Node IS_STRING = NodeFactory.createURI(NIF + "isString");
    private static final Node BEGIN = NodeFactory.createURI(NIF + "beginIndex");
    private static final Node END = NodeFactory.createURI(NIF + "endIndex");
    private static final Node ANCHOR = NodeFactory.createURI(NIF + "anchorOf");
    private static final Node CONTEXT = NodeFactory.createURI(NIF + "referenceContext");
    private static final Node SHA256 = NG.sha256.asNode();
    static final Node CONTEXT_SHAPE = NodeFactory.createURI("https://w3id.org/newsgraph/shapes#ContextShape");
    static final Node SPAN_SHAPE = NodeFactory.createURI("https://w3id.org/newsgraph/shapes#SpanShape");

    /** A result: the focus node and the message. */
    record Result(Node focus, String message) {
    }

    private final Shape contextShape;
    private final Shape spanShape;
    private final Map<String, String> messageTemplates;

    /**
     * @param targets shapes that declare the targets of the two shapes
     * @param messageTemplates the message of each constraint, by its name here (sha, length, end, anchor, fragment)
     */
    SpanCheck(Shapes targets, Map<String, String> messageTemplates) {
        this.contextShape = targets.getShape(CONTEXT_SHAPE);
        this.spanShape = targets.getShape(SPAN_SHAPE);
        this.messageTemplates = Map.copyOf(messageTemplates);
        if (contextShape == null || spanShape == null || this.messageTemplates.size() != 5) {
            throw new IllegalStateException("ontology/shapes.ttl: ngsh:ContextShape and ngsh:SpanShape with their"
                    + " five text constraints are expected");
        }
    }

    /** The results of the text constraints on the spans and contexts of {@code data}. */
    List<Result> check(Graph data) {
        List<Result> out = new ArrayList<>();
        Map<Node, Text> texts = new java.util.HashMap<>();
        Function<Node, Text> text = n -> texts.computeIfAbsent(n, Text::new);
        for (Node c : VLib.focusNodes(data, contextShape)) {
            for (Node t : objects(data, c, IS_STRING)) {
                Text tx = text.apply(t);
                for (Node sha : objects(data, c, SHA256)) {
                    String actual = tx.sha256();
                    if (actual != null && !str(sha).toLowerCase(Locale.ROOT).equals(actual)) {
                        out.add(result(c, "sha", Map.of("this", c, "sha", sha, "actual", lit(actual))));
                    }
                }
                if (c.isURI() && c.getURI().contains("#char=0,") && tx.length() != null) {
                    String n = after(c.getURI(), "#char=0,");
                    if (!n.equals(tx.length().toString())) {
                        out.add(result(c, "length", Map.of("this", c, "n", lit(n),
                                "len", NodeFactory.createLiteralDT(tx.length().toString(), XSDDatatype.XSDinteger))));
                    }
                }
            }
        }
        for (Node s : VLib.focusNodes(data, spanShape)) {
            List<Node> begins = objects(data, s, BEGIN);
            List<Node> ends = objects(data, s, END);
            List<Node> anchors = objects(data, s, ANCHOR);
            for (Node ctx : objects(data, s, CONTEXT)) {
                for (Node t : objects(data, ctx, IS_STRING)) {
                    Text tx = text.apply(t);
                    if (tx.length() == null) {
                        continue;
                    }
                    BigDecimal length = new BigDecimal(tx.length());
                    for (Node end : ends) {
                        BigDecimal e = number(end);
                        if (e != null && e.compareTo(length) > 0) {
                            out.add(result(s, "end", Map.of("this", s, "end", end,
                                    "length", NodeFactory.createLiteralDT(tx.length().toString(), XSDDatatype.XSDinteger))));
                        }
                    }
                    for (Node begin : begins) {
                        BigDecimal b = number(begin);
                        for (Node end : ends) {
                            BigDecimal e = number(end);
                            if (b == null || e == null || b.compareTo(e) >= 0 || e.compareTo(length) > 0) {
                                continue;
                            }
                            String actual = tx.substring(b, e);
                            for (Node anchorOf : anchors) {
                                if (anchorOf.isBlank() || actual == null) {
                                    continue;
                                }
                                String anchor = str(anchorOf);
                                if (!anchor.equals(actual)) {
                                    out.add(result(s, "anchor", Map.of("this", s, "begin", begin, "end", end,
                                            "anchor", lit(anchor), "actual", lit(actual))));
                                }
                            }
                        }
                    }
                }
            }
            if (s.isURI() && s.getURI().contains("#char=")) {
                String fragment = after(s.getURI(), "#char=");
                for (Node begin : begins) {
                    for (Node end : ends) {
                        if (begin.isBlank() || end.isBlank()) {
                            continue;
                        }
                        if (!fragment.equals(str(begin) + "," + str(end))) {
                            out.add(result(s, "fragment", Map.of("this", s, "begin", begin, "end", end)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A focus node and its message, the variables filled in as Jena's SHACL fills them. */
    private Result result(Node focus, String constraint, Map<String, Node> row) {
        String msg = messageTemplates.get(constraint);
        for (Map.Entry<String, Node> v : row.entrySet()) {
            Node n = v.getValue();
            String shown = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            msg = msg.replaceAll("\\{[\\$\\?]" + v.getKey() + "\\}", Matcher.quoteReplacement(shown));
        }
        return new Result(focus, msg);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** STR() of an IRI or literal. */
    private static String str(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static String after(String s, String marker) {
        return s.substring(s.indexOf(marker) + marker.length());
    }

    /** The value of a numeric literal, or null (a comparison with anything else is an error in SPARQL). */
    private static BigDecimal number(Node n) {
        if (!n.isLiteral() || !(n.getLiteralDatatype() instanceof XSDDatatype dt) || !isNumeric(dt)) {
            return null;
        }
        try {
            return new BigDecimal(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isNumeric(XSDDatatype dt) {
        return dt.getJavaClass() != null && Number.class.isAssignableFrom(dt.getJavaClass())
                || dt.equals(XSDDatatype.XSDdecimal) || dt.equals(XSDDatatype.XSDinteger)
                || dt.equals(XSDDatatype.XSDnonNegativeInteger) || dt.equals(XSDDatatype.XSDpositiveInteger)
                || dt.equals(XSDDatatype.XSDint) || dt.equals(XSDDatatype.XSDlong);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining((Triple t) -> out.add(t.getObject()));
        return out;
    }

    /** An article text, its code points indexed once. */
    private static final class Text {
        private final Node node;
        private int[] codePoints;

        Text(Node node) {
            this.node = node;
        }

        /** STR(?text): an IRI or a literal's lexical form. */
        private String str() {
            return SpanCheck.str(node);
        }

        /** STRLEN(?text): only for a string literal, else null (an error). */
        Integer length() {
            if (!isString()) {
                return null;
            }
            return cps().length;
        }

        private boolean isString() {
            return node.isLiteral() && (node.getLiteralDatatype() == null
                    || XSDDatatype.XSDstring.equals(node.getLiteralDatatype())
                    || !node.getLiteralLanguage().isEmpty());
        }

        private int[] cps() {
            if (codePoints == null) {
                codePoints = str().codePoints().toArray();
            }
            return codePoints;
        }

        /** SUBSTR(STR(?text), b + 1, e - b) for b < e <= length, by code points. */
        String substring(BigDecimal b, BigDecimal e) {
            if (node.isBlank()) {
                return null;
            }
            int[] cp = cps();
            // fn:substring: positions p (1-based) with round(b + 1) <= p < round(b + 1) + round(e - b)
            BigDecimal start = b.add(BigDecimal.ONE).setScale(0, RoundingMode.HALF_UP);
            BigDecimal stop = start.add(e.subtract(b).setScale(0, RoundingMode.HALF_UP));
            long from = Math.max(1, start.max(BigDecimal.valueOf(Integer.MIN_VALUE)).longValue());
            long to = Math.min(cp.length + 1L, stop.min(BigDecimal.valueOf(Integer.MAX_VALUE)).longValue());
            if (to <= from) {
                return "";
            }
            return new String(cp, (int) from - 1, (int) (to - from));
        }

        /** SHA256(STR(?text)) in lower-case hex, or null for a blank node. */
        String sha256() {
            if (node.isBlank()) {
                return null;
            }
            return Sha256.of(str());
        }
    }
}
