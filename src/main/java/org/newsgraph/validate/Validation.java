package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.mapping.OntologyFiles;
import org.newsgraph.vocab.NG;

/**
 * Checks a built graph against the SHACL shapes of {@code ontology/shapes.ttl}, one article at
 * a time: each article's graphs (article, claims, linkset) with the graphs the whole corpus
 * shares (ontology and SKOS schemes, corpus register, build record) and the type of every
 * article it restates. The shapes are parsed and compiled once. The SHACL-SPARQL constraints
 * compare every span's anchor with the article text between its offsets (code points) and the
 * text's SHA-256.
 *
 * <p>Checking per article gives the report that checking the union of all graphs gives, as
 * long as no shape needs two articles' graphs at once: the shapes ask of an article's nodes what
 * its own graphs say, of the register's what the register says; what articles share (a Wikidata
 * item's one name and label, restated articles being in the build) is checked on the corpus's
 * index by the build itself.
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

    private static volatile Shapes shapes;

    /** The shapes, parsed and compiled once. */
    static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            synchronized (Validation.class) {
                if (shapes == null) {
                    shapes = Shapes.parse(OntologyFiles.shapes().getGraph());
                }
                s = shapes;
            }
        }
        return s;
    }

    /**
     * Validates a whole dataset, article by article: its graphs are grouped by the article they
     * belong to (by their IRIs); every other graph (ontology, register, build record) is part of
     * each article's check.
     */
    public static Report validate(DatasetGraph dataset) {
        Map<String, List<Graph>> articles = new LinkedHashMap<>();
        List<Graph> shared = new ArrayList<>();
        shared.add(dataset.getDefaultGraph());
        dataset.listGraphNodes().forEachRemaining(g -> {
            Matcher m = g.isURI() ? ARTICLE_GRAPH.matcher(g.getURI()) : null;
            if (m != null && m.matches() && !g.getURI().endsWith("/graph/build")) {
                articles.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(dataset.getGraph(g));
            } else {
                shared.add(dataset.getGraph(g));
            }
        });
        Checker checker = new Checker(shared);
        TreeSet<String> problems = new TreeSet<>(checker.check(List.of(), List.of()));
        for (List<Graph> unit : articles.values()) {
            List<org.apache.jena.graph.Triple> restated = new ArrayList<>();
            for (Graph g : unit) {
                g.find(Node.ANY, NG.restates.asNode(), Node.ANY).forEachRemaining(t ->
                        dataset.find(Node.ANY, t.getObject(), RDF.type.asNode(), Node.ANY)
                                .forEachRemaining(q -> restated.add(q.asTriple())));
            }
            problems.addAll(checker.check(unit, restated));
        }
        return Report.of(problems);
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
            Graph data = GraphFactory.createGraphMem();
            context.find().forEachRemaining(data::add);
            graphs.forEach(g -> g.find().forEachRemaining(data::add));
            extra.forEach(data::add);
            return shacl(data);
        }
    }

    private static List<String> shacl(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        if (report.conforms()) {
            return List.of();
        }
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
        return out;
    }
}
