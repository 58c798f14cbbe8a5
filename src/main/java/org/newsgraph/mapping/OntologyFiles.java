package org.newsgraph.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.NG;

/**
 * The ontology, SKOS schemes and SHACL shapes shipped on the classpath under {@code ontology/}.
 * The schemes are the controlled vocabularies that annotation type ids are checked against.
 */
public final class OntologyFiles {

    /** Files that make up the ontology graph. */
    public static final List<String> ONTOLOGY = List.of("ontology/newsgraph.ttl", "ontology/schemes.ttl");
    public static final String SHAPES = "ontology/shapes.ttl";

    private static volatile Model ontology;

    private OntologyFiles() {
    }

    /** The ontology and the concept schemes, parsed once (do not modify the returned model). */
    public static Model ontology() {
        Model m = ontology;
        if (m == null) {
            synchronized (OntologyFiles.class) {
                if (ontology == null) {
                    Model fresh = ModelFactory.createDefaultModel();
                    for (String f : ONTOLOGY) {
                        parse(f, fresh);
                    }
                    ontology = fresh;
                }
                m = ontology;
            }
        }
        return m;
    }

    /** The SHACL shapes (blank nodes kept: SHACL paths and lists depend on them). */
    public static Model shapes() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(SHAPES)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static InputStream open(String resource) {
        InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource on the classpath: " + resource);
        }
        return in;
    }

    /**
     * Parses a classpath Turtle file into the model. Blank nodes are replaced by skolem IRIs
     * numbered in parse order ({@code .../ontology/genid/<file>-<n>}), so that the graph, and
     * every serialisation of it, is the same from one run to the next.
     */
    public static void parse(String resource, Model into) {
        Graph parsed = GraphFactory.createDefaultGraph();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY)
                    .labelToNode(LabelToNode.createIncremental()).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stem = resource.substring(resource.lastIndexOf('/') + 1).replace(".ttl", "");
        Function<Node, Node> skolem = n -> n.isBlank()
                ? NodeFactory.createURI(NG.CONCEPTS + "genid/" + stem + "-" + n.getBlankNodeLabel()) : n;
        parsed.find().forEachRemaining(t -> into.getGraph().add(Triple.create(
                skolem.apply(t.getSubject()), t.getPredicate(), skolem.apply(t.getObject()))));
        into.setNsPrefixes(parsed.getPrefixMapping());
    }

    /** Names of the schemes' concepts, by the scheme's path segment (e.g. "event-type"). */
    public static boolean isConcept(String scheme, String id, Resource schemeIri) {
        Resource c = NG.concept(scheme, id);
        Model m = ontology();
        return m.contains(c, SKOS.inScheme, schemeIri) && m.contains(c, RDF.type, SKOS.Concept);
    }

    /** The ids of a scheme's concepts, sorted, for error messages. */
    public static String known(String scheme, Resource schemeIri) {
        String prefix = NG.CONCEPTS + scheme + "/";
        TreeSet<String> ids = ontology().listSubjectsWithProperty(SKOS.inScheme, schemeIri).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(u -> u.startsWith(prefix))
                .map(u -> u.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", ids);
    }

}
