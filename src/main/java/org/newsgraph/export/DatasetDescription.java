package org.newsgraph.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.External;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.VOID;

/**
 * The description of a published dataset, in VoID and DCAT 3: what it holds (one VoID subset
 * per article graph with its triple count, one linkset to Wikidata per article), under which
 * licence, where to query it ({@code void:sparqlEndpoint}, a {@code dcat:DataService}) and where
 * to download it ({@code void:dataDump}, {@code dcat:Distribution}s with media type, size and
 * SHA-256). Made from the dataset as published (after the {@link TextPolicy}); nothing in it
 * depends on the time, so the same dataset and dumps give the same description.
 */
public final class DatasetDescription {

    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String VOID_NS = VOID.NS;
    /** Licence of the annotations and the graph (the ontology says the same). */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** The Wikidata dataset, target of the linksets. */
    public static final String WIKIDATA = "https://www.wikidata.org/";
    static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /**
     * A downloadable file: its URL, media type, size (-1: not known) and SHA-256 (or null);
     * {@code whole}: it holds the whole dataset (a {@code void:dataDump}), not a view of it.
     */
    public record Dump(String url, String title, String mediaType, boolean gzip, long byteSize, String sha256,
            boolean whole) {
    }

    /** What the description says about access: the endpoint (or null) and the dumps. */
    public record Access(String sparqlEndpoint, List<Dump> dumps) {
    }

    private DatasetDescription() {
    }

    /** The counts read from a dataset once (in a read transaction). */
    public record Counts(Node dataset, Map<Node, Long> graphTriples, long unionTriples, Graph build) {
    }

    /**
     * Reads what the description needs from the dataset: the build graph (the dataset's own VoID:
     * the dataset node, its subsets, linksets) and each named graph's triple count.
     */
    public static Counts counts(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Node ds = null;
            Graph build = null;
            for (Node g : Iter.toList(dataset.listGraphNodes())) {
                Graph graph = dataset.getGraph(g);
                List<Triple> subsets = graph.find(Node.ANY, VOID.subset.asNode(), Node.ANY).toList();
                if (!subsets.isEmpty() && graph.contains(subsets.get(0).getSubject(), RDF.type.asNode(),
                        VOID.Dataset.asNode())) {
                    ds = subsets.get(0).getSubject();
                    build = ModelFactory.createDefaultModel().getGraph();
                    graph.find().forEachRemaining(build::add);
                    break;
                }
            }
            if (ds == null) {
                throw new IllegalStateException("the dataset has no build graph (no void:Dataset with subsets)");
            }
            Map<Node, Long> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
            for (Node g : Iter.toList(dataset.listGraphNodes())) {
                if (g.isURI()) {
                    counts.put(g, (long) dataset.getGraph(g).size());
                }
            }
            long union = dataset.getUnionGraph().size();
            return new Counts(ds, counts, union, build);
        });
    }

    /** The description (VoID and DCAT) of the dataset with these counts, policy and access. */
    public static Model describe(Counts counts, TextPolicy policy, Access access) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("spdx", SPDX).setNsPrefix("prov", PROV.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#")
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("skos", SKOS.uri);
        Model build = ModelFactory.createModelForGraph(counts.build());
        Resource ds = m.createResource(counts.dataset().getURI());
        Resource source = build.createResource(counts.dataset().getURI());
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, r(DCAT, "Dataset"));
        copy(source, DCTerms.title, ds);
        for (RDFNode d : source.listProperties(DCTerms.description).mapWith(s -> s.getObject()).toList()) {
            ds.addProperty(DCTerms.description, d.asLiteral().getString() + " Article texts: " + policy.describe());
        }
        ds.addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.rights, "The annotations and the graph are licensed under CC BY 4.0. Each"
                        + " article's text belongs to its publisher and is not covered by that licence; digests"
                        + " written for the corpus are ours, under CC BY 4.0. Text policy of this copy: "
                        + policy.cliName() + ".")
                .addLiteral(p(VOID.NS, "triples"), typed(m, counts.unionTriples()))
                .addProperty(p(VOID.NS, "vocabulary"), m.createResource("https://w3id.org/newsgraph/ontology#"));
        String iri = counts.dataset().getURI();
        if (iri.endsWith("/dataset")) {
            // The dataset is minted as BASE + "dataset": the base is where its data IRIs live.
            ds.addProperty(p(VOID.NS, "uriSpace"), iri.substring(0, iri.length() - "dataset".length()));
        }
        Resource wikidata = m.createResource(WIKIDATA).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Wikidata")
                .addProperty(p(VOID.NS, "uriSpace"), External.WD);
        for (Resource subset : build.listObjectsOfProperty(source, VOID.subset).mapWith(RDFNode::asResource)
                .toList().stream().sorted(Comparator.comparing(Resource::getURI)).toList()) {
            Resource s = m.createResource(subset.getURI());
            ds.addProperty(VOID.subset, s);
            subset.listProperties().forEachRemaining(st -> s.addProperty(st.getPredicate(), copyNode(m, st.getObject())));
            Long n = counts.graphTriples().get(subset.asNode());
            if (n != null) {
                s.addLiteral(p(VOID.NS, "triples"), typed(m, n));
            }
            Resource article = subset.getPropertyResourceValue(PROV.wasDerivedFrom);
            if (article != null && !subset.hasProperty(RDF.type, VOID.Linkset)) {
                s.addProperty(DCTerms.source, m.createResource(article.getURI()));
                s.addProperty(DCTerms.title, "The graph of article " + slug(article.getURI()));
            }
            if (subset.hasProperty(RDF.type, VOID.Linkset)) {
                s.addProperty(p(VOID.NS, "subjectsTarget"), ds).addProperty(p(VOID.NS, "objectsTarget"), wikidata)
                        .addProperty(p(VOID.NS, "target"), ds).addProperty(p(VOID.NS, "target"), wikidata)
                        .addProperty(p(VOID.NS, "linkPredicate"), m.createResource(SKOS.uri + "exactMatch"));
            }
        }
        if (access.sparqlEndpoint() != null) {
            Resource endpoint = m.createResource(access.sparqlEndpoint());
            ds.addProperty(p(VOID.NS, "sparqlEndpoint"), endpoint);
            endpoint.addProperty(RDF.type, r(DCAT, "DataService"))
                    .addProperty(DCTerms.title, "SPARQL endpoint (read only)")
                    .addProperty(p(DCAT, "endpointURL"), endpoint)
                    .addProperty(p(DCAT, "endpointDescription"), endpoint)
                    .addProperty(p(DCAT, "servesDataset"), ds)
                    .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
            Resource viaService = m.createResource()
                    .addProperty(RDF.type, r(DCAT, "Distribution"))
                    .addProperty(DCTerms.title, "The SPARQL endpoint")
                    .addProperty(p(DCAT, "accessURL"), endpoint)
                    .addProperty(p(DCAT, "accessService"), endpoint)
                    .addProperty(DCTerms.license, m.createResource(LICENSE));
            ds.addProperty(p(DCAT, "distribution"), viaService);
        }
        for (Dump d : access.dumps()) {
            Resource file = m.createResource(d.url());
            if (d.whole()) {
                ds.addProperty(p(VOID.NS, "dataDump"), file);
            }
            Resource dist = m.createResource(d.url() + "#distribution");
            dist.addProperty(DCTerms.title, d.title());
            ds.addProperty(p(DCAT, "distribution"), dist);
            dist.addProperty(RDF.type, r(DCAT, "Distribution"))
                    .addProperty(p(DCAT, "downloadURL"), file)
                    .addProperty(p(DCAT, "accessURL"), file)
                    .addProperty(p(DCAT, "mediaType"), m.createResource(MEDIA_TYPES + d.mediaType()))
                    .addProperty(DCTerms.license, m.createResource(LICENSE));
            if (d.gzip()) {
                dist.addProperty(p(DCAT, "compressFormat"), m.createResource(MEDIA_TYPES + "application/gzip"));
            }
            if (d.byteSize() >= 0) {
                dist.addLiteral(p(DCAT, "byteSize"), typed(m, d.byteSize()));
            }
            if (d.sha256() != null) {
                dist.addProperty(p(SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, r(SPDX, "Checksum"))
                        .addProperty(p(SPDX, "algorithm"), r(SPDX, "checksumAlgorithm_sha256"))
                        .addProperty(p(SPDX, "checksumValue"), m.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary)));
            }
        }
        return m;
    }

    private static void copy(Resource from, Property p, Resource to) {
        from.listProperties(p).forEachRemaining(st -> to.addProperty(p, copyNode(to.getModel(), st.getObject())));
    }

    private static RDFNode copyNode(Model m, RDFNode n) {
        return n.isURIResource() ? m.createResource(n.asResource().getURI()) : n.isLiteral() ? n : m.createResource();
    }

    private static org.apache.jena.rdf.model.Literal typed(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String slug(String articleIri) {
        return articleIri.substring(articleIri.lastIndexOf('/') + 1);
    }

    static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
