package org.newsgraph.mapping;

import static org.newsgraph.mapping.MappingContext.comment;
import static org.newsgraph.mapping.MappingContext.required;

import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotation.Claim;
import org.newsgraph.annotation.Claim.Triple;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/** Maps the claims: each proposition gets its own named graph holding its label, topics and assertion. */
final class ClaimMapper {

    /** Prefixes allowed in claim assertion predicates. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("sem", SEM.NS)
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .lock();

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    ClaimMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    void map(Claim c, String p) {
        Resource claim = g.createResource(ctx.iris.claim(c.id()));
        Model cg = ModelFactory.createDefaultModel();
        ctx.claimGraphs.put(ctx.iris.claim(c.id()), cg);
        Resource inGraph = cg.createResource(claim.getURI());
        inGraph.addProperty(RDF.type, NG.Claim)
                .addProperty(RDFS.label, required(c.label(), ctx.err(p, "missing \"label\" (the proposition in plain words)")));
        for (int i = 0; i < c.about().size(); i++) {
            inGraph.addProperty(SCHEMA.about, ctx.topic(c.about().get(i), p + "/about/" + i));
        }
        for (int i = 0; i < c.assertion().size(); i++) {
            Triple t = c.assertion().get(i);
            String tp = p + "/assertion/" + i;
            Resource s = ctx.anyRef(t.subject(), tp + "/subject", "subject");
            Property pred = predicate(t.predicate(), tp + "/predicate");
            RDFNode o;
            if ((t.object() == null) == (t.value() == null)) {
                throw ctx.err(tp, "give exactly one of \"object\" (an id) or \"value\" (a literal)");
            }
            o = t.object() != null ? ctx.anyRef(t.object(), tp + "/object", "object") : cg.createLiteral(t.value());
            cg.add(s, pred, o);
        }
        claim.addProperty(PROV.wasDerivedFrom, ctx.article);
        comment(claim, c.note());
        spans.denotedBy(claim, c.evidence(), p + "/evidence", false, "a claim");
    }

    /** A predicate of the assertion, as a prefixed name; ng: ones must be declared in the ontology. */
    private Property predicate(String curie, String p) {
        if (curie == null || !curie.contains(":")) {
            throw ctx.err(p, "predicate must be a prefixed name such as ng:hadAccessTo (prefixes: "
                    + String.join(", ", new TreeSet<>(PREFIXES.getNsPrefixMap().keySet())) + ")");
        }
        String expanded = PREFIXES.expandPrefix(curie);
        if (expanded.equals(curie)) {
            throw ctx.err(p, "unknown prefix in \"" + curie + "\" (known: "
                    + String.join(", ", new TreeSet<>(PREFIXES.getNsPrefixMap().keySet())) + ")");
        }
        if (expanded.startsWith(NG.NS)) {
            Resource declared = OntologyFiles.ontology().createResource(expanded);
            if (!OntologyFiles.ontology().contains(declared, RDF.type, OWL.ObjectProperty)
                    && !OntologyFiles.ontology().contains(declared, RDF.type, OWL.DatatypeProperty)
                    && !OntologyFiles.ontology().contains(declared, RDF.type, RDF.Property)) {
                throw ctx.err(p, "\"" + curie + "\" is not a property declared in the ontology (ontology/*.ttl)");
            }
        }
        return g.createProperty(expanded);
    }
}
