package org.newsgraph.mapping;

import static org.newsgraph.mapping.MappingContext.comment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotation.Claim;
import org.newsgraph.annotation.Claim.Triple;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/** Maps the claims: each proposition gets its own named graph holding its label, topics and assertion. */
final class ClaimMapper {

    /** Prefixes understood in claim assertion predicates (which predicates are allowed is {@link #allowed()}). */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("sem", SEM.NS)
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .lock();

    /**
     * The standard predicates a claim graph may use besides the ontology's claim relations
     * (the ng:ClaimRelation properties of ontology/newsgraph.ttl, section "Claim content").
     */
    static final List<String> STANDARD_PREDICATES = List.of("sem:hasActor", "sem:hasPlace", "schema:about",
            "schema:publisher", "schema:author", "prov:wasDerivedFrom", "org:memberOf", "ng:object");

    /** What the subject and the object of a claim triple may be: any node of the graph but the article. */
    static final Set<Kind> NODE_KINDS = EnumSet.of(Kind.ENTITY, Kind.MEMBERSHIP, Kind.EVENT, Kind.CLAIM,
            Kind.STATEMENT);

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;
    private final SortedSet<String> allowed = allowed();

    ClaimMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    void map(Claim c, String p) {
        Resource claim = g.createResource(ctx.iris.claim(c.id()));
        Model cg = MappingContext.newModel();
        ctx.claimGraphs.put(ctx.iris.claim(c.id()), cg);
        Resource inGraph = cg.createResource(claim.getURI());
        inGraph.addProperty(RDF.type, NG.Claim)
                .addProperty(RDFS.label, ctx.required(c.label(), p, "missing \"label\" (the proposition in plain words)"));
        for (int i = 0; i < c.about().size(); i++) {
            inGraph.addProperty(SCHEMA.about, ctx.topic(c.about().get(i), p + "/about/" + i));
        }
        for (int i = 0; i < c.assertion().size(); i++) {
            Triple t = c.assertion().get(i);
            String tp = p + "/assertion/" + i;
            Resource s = ctx.nodeRef(t.subject(), tp + "/subject", "subject", NODE_KINDS);
            Property pred = predicate(t.predicate(), tp + "/predicate");
            if ((t.object() == null) == (t.value() == null)) {
                throw ctx.err(tp, "give exactly one of \"object\" (an id) or \"value\" (a literal)");
            }
            RDFNode o = t.object() != null ? ctx.nodeRef(t.object(), tp + "/object", "object", NODE_KINDS)
                    : cg.createLiteral(t.value());
            cg.add(s, pred, o);
        }
        claim.addProperty(PROV.wasDerivedFrom, ctx.article);
        if (c.corpus() != null) {
            claim.addProperty(NG.accountOf, g.createResource(ctx.register.claim(c.corpus(), ctx, p + "/corpus").iri()));
        }
        comment(claim, c.note());
        spans.denotedBy(claim, c.evidence(), p + "/evidence", false, "a claim");
    }

    /**
     * The predicates a claim graph may use, as prefixed names, sorted: the ontology's claim relations
     * (typed ng:ClaimRelation) and {@link #STANDARD_PREDICATES}.
     */
    static SortedSet<String> allowed() {
        SortedSet<String> allowed = new TreeSet<>(STANDARD_PREDICATES);
        OntologyFiles.ontology().listSubjectsWithProperty(RDF.type, NG.ClaimRelation)
                .forEachRemaining(r -> allowed.add(PREFIXES.shortForm(r.getURI())));
        return allowed;
    }

    /**
     * A predicate of the assertion, as a prefixed name: one of {@link #allowed()}. Anything else is
     * refused, so that a claim graph cannot relabel or retype the nodes it talks about in the union
     * of the graphs.
     */
    private Property predicate(String curie, String p) {
        String allowedList = "; a claim graph may use " + String.join(", ", allowed);
        if (curie == null || !curie.contains(":")) {
            throw ctx.err(p, "predicate must be a prefixed name such as ng:hadAccessTo" + allowedList);
        }
        String expanded = PREFIXES.expandPrefix(curie);
        if (expanded.equals(curie)) {
            throw ctx.err(p, "unknown prefix in \"" + curie + "\"" + allowedList);
        }
        if (!allowed.contains(curie)) {
            Node term = NodeFactory.createURI(expanded);
            boolean known = OntologyFiles.ontology().getGraph().contains(term, Node.ANY, Node.ANY)
                    || OntologyFiles.ontology().getGraph().contains(Node.ANY, term, Node.ANY)
                    || OntologyFiles.ontology().getGraph().contains(Node.ANY, Node.ANY, term);
            String why = !known ? "unknown predicate \"" + curie + "\": the ontology neither defines nor uses it"
                    : expanded.startsWith(NG.NS) ? "\"" + curie + "\" is not a claim relation (ng:ClaimRelation):"
                            + " it is not allowed in a claim graph"
                    : "\"" + curie + "\" is not allowed in a claim graph: a claim states a relation between nodes"
                            + " of the graph, not their labels, types or descriptions";
            throw ctx.err(p, why + allowedList);
        }
        return g.createProperty(expanded);
    }
}
