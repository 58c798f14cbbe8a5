package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.OntologyFiles;
import org.newsgraph.vocab.NG;

/**
 * Checks a built graph against the SHACL shapes of {@code ontology/shapes.ttl}, one article at
 * a time: each article's graphs (article, claims, linkset) with the graphs the whole corpus
 * shares (ontology and SKOS schemes, corpus register, build record) and the type of every
 * article it restates. The shapes are parsed and compiled once. Jena's validator runs the SHACL
 * Core constraints; the SHACL-SPARQL text constraints (every span's anchor against the article
 * text between its offsets, in code points, and the text's SHA-256) are evaluated in Java by
 * {@link SpanCheck}, and the other SHACL-SPARQL constraints by {@link SparqlChecks}, each query
 * once per article for all its focus nodes; both report as SHACL does.
 *
 * <p>Checking per article gives the report that checking the union of all graphs gives, as
 * long as no shape needs two articles' graphs at once: the shapes ask of an article's nodes what
 * its own graphs say, of the register's what the register says; what articles share (a Wikidata
 * item's one name and label, restated articles being in the build) is checked on the corpus's
 * index by the build itself. Imported graphs ({@code ng:ImportedGraph}) are not checked: they were
 * made elsewhere, to other rules.
 */
public final class Validation {
    private Validation() {
    }

    /** The outcome of validation: conforms or not, and a readable report (one line per problem). */
    public record Report(boolean conforms, List<String> problems) {
        public String text() {
            return conforms ? "valid: the graph conforms to the shapes and every span matches the text"
                    : problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
        }

        /** A report of the problems, sorted and without duplicates. */
        public static Report of(Collection<String> problems) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(problems));
            return new Report(sorted.isEmpty(), sorted);
        }
    }

    /** The graphs of one article, by the IRI layout of {@code Iris}: article graph, linkset, claim graphs. */
    private static final Pattern ARTICLE_GRAPH =
            Pattern.compile(".*/(?:graph/article/|graph/linkset/|claim/)([a-z0-9][a-z0-9._-]*)(?:/[^/]*)?");

    /** An article's graphs and the article itself, as the build record names them. */
    private static final Pattern RECORDED =
            Pattern.compile(".*/(?:graph/article/|graph/linkset/|article/)([a-z0-9][a-z0-9._-]*)");

    /** The shapes as {@code ontology/shapes.ttl} has them, and as the validator runs them (text constraints in Java). */
    private record Compiled(Shapes full, Shapes run, SpanCheck spans, SparqlChecks sparql) {
    }

    private static volatile Compiled compiled;

    /** The shapes, parsed and compiled once. */
    private static Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (Validation.class) {
                if (compiled == null) {
                    compiled = compile();
                }
                c = compiled;
            }
        }
        return c;
    }

    /**
     * Parses the shapes; takes the SHACL-SPARQL text constraints of {@code ngsh:ContextShape} and
     * {@code ngsh:SpanShape} out of those the validator runs, for {@link SpanCheck} to evaluate, and
     * the other SPARQL constraints that {@link SparqlChecks} runs for all focus nodes at once.
     */
    private static Compiled compile() {
        org.apache.jena.rdf.model.Model model = OntologyFiles.shapes();
        Shapes full = Shapes.parse(model.getGraph());
        org.apache.jena.rdf.model.Property sparql = model.createProperty(SH + "sparql");
        org.apache.jena.rdf.model.Property select = model.createProperty(SH + "select");
        org.apache.jena.rdf.model.Property message = model.createProperty(SH + "message");
        Map<String, String> templates = new HashMap<>();
        for (Node shape : List.of(SpanCheck.CONTEXT_SHAPE, SpanCheck.SPAN_SHAPE)) {
            org.apache.jena.rdf.model.Resource r = model.createResource(shape.getURI());
            for (org.apache.jena.rdf.model.Statement st : model.listStatements(r, sparql, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                org.apache.jena.rdf.model.Resource c = st.getResource();
                String q = c.getProperty(select).getString();
                String name = q.contains("SHA256(") ? "sha" : q.contains("\"#char=0,\"") ? "length"
                        : q.contains("SUBSTR(") ? "anchor" : q.contains("?end > ?length") ? "end"
                        : q.contains("\"#char=\"") ? "fragment" : null;
                if (name == null || templates.put(name, c.getProperty(message).getString()) != null) {
                    throw new IllegalStateException("ontology/shapes.ttl: unexpected text constraint on " + shape);
                }
                model.remove(st);
            }
        }
        List<Shape> batched = SparqlChecks.batchable(full, Set.of(SpanCheck.CONTEXT_SHAPE, SpanCheck.SPAN_SHAPE));
        for (Shape shape : batched) {
            model.removeAll(model.createResource(shape.getShapeNode().getURI()), sparql, null);
        }
        return new Compiled(full, Shapes.parse(model.getGraph()), new SpanCheck(full, templates), SparqlChecks.of(batched));
    }

    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** How many SPARQL constraints run for all focus nodes at once ({@link SparqlChecks}). */
    static int batchedSparqlConstraints() {
        return compiled().sparql().size();
    }

    /**
     * Validates a whole dataset, article by article: its graphs are grouped by the article they
     * belong to (by their IRIs); every other graph (ontology, register, build record) is part of
     * each article's check.
     */
    public static Report validate(DatasetGraph dataset) {
        Map<String, List<Graph>> articles = new LinkedHashMap<>();
        List<Graph> sharedGraphs = new ArrayList<>();
        sharedGraphs.add(dataset.getDefaultGraph());
        Set<Node> imported = Imports.graphs(dataset); // made elsewhere, to other rules: not checked
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (imported.contains(g)) {
                return;
            }
            String slug = slugOf(g, ARTICLE_GRAPH);
            if (slug != null) {
                articles.computeIfAbsent(slug, k -> new ArrayList<>()).add(dataset.getGraph(g));
            } else {
                sharedGraphs.add(dataset.getGraph(g));
            }
        });
        // What the build record says of one article's graphs goes with that article.
        Graph shared = GraphFactory.createGraphMem();
        Map<String, List<org.apache.jena.graph.Triple>> records = new HashMap<>();
        for (Graph g : sharedGraphs) {
            g.find().forEachRemaining(t -> {
                String slug = slugOf(t.getSubject(), RECORDED);
                slug = slug != null ? slug : slugOf(t.getObject(), RECORDED);
                if (slug != null && articles.containsKey(slug)) {
                    records.computeIfAbsent(slug, k -> new ArrayList<>()).add(t);
                } else {
                    shared.add(t);
                }
            });
        }
        Checker checker = new Checker(List.of(shared));
        TreeSet<String> problems = new TreeSet<>(checker.check(List.of(), List.of()));
        for (Map.Entry<String, List<Graph>> unit : articles.entrySet()) {
            List<org.apache.jena.graph.Triple> extra = new ArrayList<>(records.getOrDefault(unit.getKey(), List.of()));
            for (Graph g : unit.getValue()) {
                g.find(Node.ANY, NG.restates.asNode(), Node.ANY).forEachRemaining(t ->
                        dataset.find(Node.ANY, t.getObject(), RDF.type.asNode(), Node.ANY)
                                .forEachRemaining(q -> extra.add(q.asTriple())));
            }
            problems.addAll(checker.check(unit.getValue(), extra));
        }
        return Report.of(problems);
    }

    /**
     * The reference semantics: all graphs copied into one union graph and checked at once (what
     * {@link #validate} gave before it checked article by article; kept for the test that
     * compares the two).
     */
    static Report validateUnion(DatasetGraph dataset) {
        Graph union = GraphFactory.createGraphMem();
        Set<Node> imported = Imports.graphs(dataset);
        dataset.find().forEachRemaining(q -> {
            if (!imported.contains(q.getGraph())) {
                union.add(q.asTriple());
            }
        });
        return Report.of(lines(ShaclValidator.get().validate(compiled().full(), union), List.of()));
    }

    /** The article slug in a node's IRI, by the pattern, or null. */
    private static String slugOf(Node n, Pattern p) {
        if (!n.isURI()) {
            return null;
        }
        Matcher m = p.matcher(n.getURI());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Validates and returns normally only when the graph conforms.
     *
     * @throws InvalidGraphException with the report, when it does not
     */
    public static void requireValid(DatasetGraph dataset) {
        Report report = validate(dataset);
        if (!report.conforms()) {
            throw new InvalidGraphException(report);
        }
    }

    /**
     * Checks one article at a time against the shapes, with the graphs every article is checked
     * with (the context). Safe to use from several threads at once.
     */
    public static final class Checker {
        private final Graph context;

        /** A checker with these context graphs (ontology, register, build record...), copied once. */
        public Checker(List<Graph> contextGraphs) {
            Graph c = GraphFactory.createGraphMem();
            contextGraphs.forEach(g -> g.find().forEachRemaining(c::add));
            this.context = c;
        }

        /**
         * The problems of one article: its graphs and extra triples (what the corpus knows of the nodes it
         * refers to), checked together with the context. Report lines as {@link Report} has them.
         */
        public List<String> check(List<Graph> graphs, List<org.apache.jena.graph.Triple> extra) {
            Graph data;
            if (context instanceof GraphMem2 mem) {
                data = mem.copy(); // copies the indexes as they are
            } else {
                data = GraphFactory.createGraphMem();
                context.find().forEachRemaining(data::add);
            }
            graphs.forEach(g -> g.find().forEachRemaining(data::add));
            extra.forEach(data::add);
            return shacl(data);
        }
    }

    private static List<String> shacl(Graph data) {
        Compiled c = compiled();
        ValidationReport report = ShaclValidator.get().validate(c.run(), data);
        List<SpanCheck.Result> spans = c.spans().check(data);
        spans.addAll(c.sparql().check(data));
        if (report.conforms() && spans.isEmpty()) {
            return List.of();
        }
        return lines(report, spans);
    }

    private static List<String> lines(ValidationReport report, List<SpanCheck.Result> spans) {
        PrefixMap prefixes = PrefixMapFactory.create(OntologyFiles.ontology().getNsPrefixMap());
        Prologue prologue = new Prologue(OntologyFiles.ontology());
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.severity().level().getLocalName()).append(": ")
                    .append(NodeFmtLib.str(e.focusNode(), prefixes));
            if (e.resultPath() != null) {
                sb.append(' ').append(e.resultPath().toString(prologue));
            }
            if (e.value() != null && !e.value().equals(e.focusNode())) {
                sb.append(" value ").append(NodeFmtLib.str(e.value(), prefixes));
            }
            sb.append(": ").append(e.message());
            out.add(sb.toString());
        }
        for (SpanCheck.Result r : spans) {
            out.add("Violation: " + NodeFmtLib.str(r.focus(), prefixes) + ": " + r.message());
        }
        return out;
    }
}
