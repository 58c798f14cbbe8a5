package org.newsgraph.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.VOID;
import org.newsgraph.vocab.NG;

/**
 * The imported graphs of a build: {@code <data>/imports/NAME.json} (what was imported, from
 * where) and {@code NAME.nq} (the triples, in the graphs they were given), as {@code newsgraph
 * import} wrote them. Each imported graph is added to the dataset as it is, and described in the
 * build graph as an {@code ng:ImportedGraph}; it is never merged with an article's graph.
 */
public final class Imports {
    private Imports() {
    }

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The folder of the imports, {@code <dataDir>/imports}. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("imports");
    }

    /** The graph an import's triples go to when {@code --graph} does not say: {@code <base>graph/import/NAME}. */
    public static String defaultGraph(String base, String name) {
        return base + "graph/import/" + name;
    }

    /** The manifests under {@code <dataDir>/imports}, by name (none when there is no such folder). */
    static List<Path> manifests(Path dataDir) {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputError(dir, "cannot list: " + TextFiles.describe(e));
        }
    }

    /** Reads one manifest. */
    static ImportManifest read(Path manifest) {
        ImportManifest m;
        try {
            m = JSON.readValue(manifest.toFile(), ImportManifest.class);
        } catch (IOException e) {
            throw InputError.json(manifest, "cannot read the import manifest (import the file again)", e);
        }
        String problem = manifestProblem(m, manifest.getFileName().toString());
        if (problem != null) {
            throw new InputError(manifest, "not an import manifest written by newsgraph import (" + problem
                    + "); import the file again");
        }
        return m;
    }

    /** The source file name of the import {@code name} in {@code dataDir}, or null when there is none (or it is damaged). */
    public static String sourceOf(Path dataDir, String name) {
        Path manifest = folder(dataDir).resolve(name + ".json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return read(manifest).source();
        } catch (InputError e) {
            return null;
        }
    }

    /** What is missing or wrong in a manifest read from {@code file}, or null. */
    static String manifestProblem(ImportManifest m, String file) {
        if (m == null) {
            return "empty";
        }
        if (m.name() == null || !file.equals(m.name() + ".json")) {
            return "name " + m.name() + " does not match the file name";
        }
        if (m.source() == null || m.source().isBlank()) {
            return "no source";
        }
        if (m.sha256() == null || !m.sha256().matches("[0-9a-f]{64}")) {
            return "no sha256";
        }
        if (m.format() == null || m.formatName() == null) {
            return "no format";
        }
        if (m.triples() <= 0) {
            return "no triples";
        }
        if (m.graphs() == null || m.graphs().isEmpty() || m.graphs().stream().anyMatch(g -> g == null || g.isBlank())) {
            return "no graphs";
        }
        return null;
    }

    /**
     * Whether an import of {@code <dataDir>/imports} holds a blank node. Such imports are written
     * with the whole graph (blank node labels are given over the whole dataset), not one graph at
     * a time. An import that cannot be read counts as one (the whole build then reports it).
     */
    public static boolean holdBlankNodes(Path dataDir) {
        for (Path manifest : manifests(dataDir)) {
            try {
                Path nq = manifest.resolveSibling(read(manifest).name() + ".nq");
                RDFParser.source(nq).lang(Lang.NQUADS)
                        .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                if (holdsBlank(q.getSubject()) || holdsBlank(q.getObject()) || q.getGraph().isBlank()) {
                                    throw new BlankNodeFound();
                                }
                            }
                        });
            } catch (RuntimeException e) { // a blank node, or an import that cannot be read
                return true;
            }
        }
        return false;
    }

    /** Whether a term is a blank node or a triple term that holds one. */
    public static boolean holdsBlank(Node n) {
        if (n.isBlank()) {
            return true;
        }
        if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            return holdsBlank(t.getSubject()) || holdsBlank(t.getObject());
        }
        return false;
    }

    /** Whether {@code <dataDir>/imports} holds an import (a manifest). */
    public static boolean any(Path dataDir) {
        return !manifests(dataDir).isEmpty();
    }

    /** Stops the scan of {@link #holdBlankNodes} at the first blank node. */
    private static final class BlankNodeFound extends RuntimeException {
        BlankNodeFound() {
            super(null, null, false, false);
        }
    }

    /** The graphs the manifests of {@code <dataDir>/imports} list (none when there are no imports). */
    public static Set<Node> graphNames(Path dataDir) {
        Set<Node> out = new HashSet<>();
        for (Path manifest : manifests(dataDir)) {
            read(manifest).graphs().forEach(g -> out.add(NodeFactory.createURI(g)));
        }
        return out;
    }

    /**
     * Adds every import of {@code <dataDir>/imports} to {@code ds} and describes it in the build
     * graph ({@code <base>graph/build}), as {@link #forEach} does.
     *
     * @throws InputError when an import's files are missing or damaged, or a graph it holds is
     *     already a graph of the build
     */
    public static void addTo(DatasetGraph ds, Path dataDir, String base) {
        if (!Files.isDirectory(folder(dataDir))) {
            return;
        }
        Graph build = ds.getGraph(NodeFactory.createURI(base + "graph/build"));
        forEach(dataDir, base, build, ds::containsGraph, graphs -> graphs.forEach(ds::addGraph));
    }

    /**
     * Reads the imports of {@code <dataDir>/imports} one at a time (in name order), describes each
     * in {@code build} (the build graph): for each imported graph, its class
     * {@code ng:ImportedGraph}, the source file's name, SHA-256 and syntax, and its triple count;
     * then hands its graphs, by name in IRI order, to {@code out}. Only one import is held at a
     * time.
     *
     * @param taken whether a graph name is already a graph of the build (an article's, a claim's,
     *     the ontology's ...); an import's graph may not have one of those names, nor that of a
     *     graph of an earlier import
     * @throws InputError when an import's files are missing or damaged, or a graph it holds is
     *     already a graph of the build
     */
    public static void forEach(Path dataDir, String base, Graph build, Predicate<Node> taken,
            Consumer<Map<Node, Graph>> out) {
        Node dataset = NodeFactory.createURI(base + "dataset");
        Set<Node> imported = new HashSet<>();
        for (Path manifest : manifests(dataDir)) {
            ImportManifest m = read(manifest);
            Path nq = manifest.resolveSibling(m.name() + ".nq");
            TextFiles.requireRegularFile(nq, "each import has NAME.json and NAME.nq (newsgraph import writes both)");
            DatasetGraph parsed;
            try (InputStream in = Files.newInputStream(nq)) {
                parsed = RdfInput.parse(nq, in, Lang.NQUADS, defaultGraph(base, m.name()));
            } catch (IOException e) {
                throw new InputError(nq, "cannot read: " + TextFiles.describe(e));
            }
            if (!parsed.getDefaultGraph().isEmpty()) {
                throw new InputError(nq, "holds triples outside a named graph; import the file again");
            }
            Node activity = NodeFactory.createURI(base + "import/" + m.name());
            build.add(Triple.create(activity, RDF.type.asNode(), PROV.Activity.asNode()));
            build.add(Triple.create(activity, RDFS.label.asNode(), NodeFactory.createLiteralString("import " + m.name())));
            build.add(Triple.create(activity, PROV.wasAssociatedWith.asNode(),
                    NodeFactory.createURI(base + "software/newsgraph")));
            Map<Node, Graph> graphs = new LinkedHashMap<>();
            for (Node g : namesOf(parsed, nq, m)) {
                if (taken.test(g) || imported.contains(g)) {
                    throw new InputError(manifest, "graph <" + g.getURI() + "> is already a graph of the build"
                            + " (an article's, a claim's, the ontology's or another import's); import with another --graph");
                }
                Graph content = GraphFactory.createDefaultGraph();
                parsed.getGraph(g).find().forEachRemaining(content::add);
                parsed.removeGraph(g); // held once
                describe(build, g, activity, m, content.size());
                build.add(Triple.create(dataset, VOID.subset.asNode(), g));
                graphs.put(g, content);
            }
            imported.addAll(graphs.keySet());
            out.accept(graphs);
        }
    }

    /** The graphs of an import, in IRI order; they must be those its manifest lists. */
    private static List<Node> namesOf(DatasetGraph imported, Path nq, ImportManifest m) {
        List<Node> names = new ArrayList<>();
        imported.listGraphNodes().forEachRemaining(names::add);
        Set<String> listed = new TreeSet<>(m.graphs());
        Set<String> found = new TreeSet<>();
        names.forEach(n -> found.add(n.isURI() ? n.getURI() : n.toString()));
        if (!listed.equals(found)) {
            throw new InputError(nq, "holds the graphs " + found + ", its manifest lists " + listed
                    + "; import the file again");
        }
        names.sort(java.util.Comparator.comparing(Node::getURI));
        return names;
    }

    private static void describe(Graph build, Node g, Node activity, ImportManifest m, long triples) {
        build.add(Triple.create(g, RDF.type.asNode(), VOID.Dataset.asNode()));
        build.add(Triple.create(g, RDF.type.asNode(), NG.ImportedGraph.asNode()));
        build.add(Triple.create(g, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(m.name())));
        build.add(Triple.create(g, DCTerms.source.asNode(), NodeFactory.createLiteralString(m.source())));
        build.add(Triple.create(g, NG.sha256.asNode(), NodeFactory.createLiteralString(m.sha256())));
        build.add(Triple.create(g, DCTerms.format.asNode(), NodeFactory.createURI(m.format())));
        build.add(Triple.create(g, VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger)));
        build.add(Triple.create(g, PROV.wasGeneratedBy.asNode(), activity));
    }

    /**
     * The imported graphs of a built dataset: those its build graph (a graph named
     * {@code …/graph/build}) says are {@code ng:ImportedGraph}. Validation leaves them out: they
     * were made by other tools, to other rules.
     */
    public static Set<Node> graphs(DatasetGraph ds) {
        Set<Node> out = new HashSet<>();
        List<Quad> quads = new ArrayList<>();
        ds.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.ImportedGraph.asNode()).forEachRemaining(quads::add);
        for (Quad q : quads) {
            if (q.getGraph().isURI() && q.getGraph().getURI().endsWith("/graph/build")) {
                out.add(q.getSubject());
            }
        }
        return out;
    }
}
