package org.newsgraph.mapping;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.annotation.Evidence;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.NIF;

/** Maps evidence to text spans of the article (NIF strings, GAF mentions) and links parts to them. */
final class SpanMapper {

    private final MappingContext ctx;

    SpanMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    /** The span of the text that the evidence quotes, created on first use. */
    Resource span(Evidence ev, String pointer) {
        ArticleText.Span s;
        try {
            s = ctx.text.resolve(ev);
        } catch (ArticleText.EvidenceProblem e) {
            throw ctx.err(pointer, e.getMessage());
        }
        Resource r = ctx.g.createResource(ctx.iris.span(s.begin(), s.end()));
        if (!r.hasProperty(RDF.type, NIF.String)) {
            r.addProperty(RDF.type, NIF.String)
                    .addProperty(RDF.type, NIF.RFC5147String)
                    .addProperty(RDF.type, GAF.Mention)
                    .addLiteral(NIF.beginIndex, index(s.begin()))
                    .addLiteral(NIF.endIndex, index(s.end()))
                    .addProperty(NIF.anchorOf, s.anchor())
                    .addProperty(NIF.referenceContext, ctx.g.createResource(ctx.iris.span(0, ctx.text.length())));
        }
        return r;
    }

    /** A character offset in the text, as an xsd:nonNegativeInteger. */
    Literal index(int i) {
        return ctx.g.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    List<Resource> spans(List<Evidence> evs, String pointer) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < evs.size(); i++) {
            out.add(span(evs.get(i), pointer + "/" + i));
        }
        return out;
    }

    /**
     * Links a resource to the spans of its evidence (gaf:denotedBy); {@code required}: at least one.
     * Returns the spans, in the order of the evidence.
     */
    List<Resource> denotedBy(Resource r, List<Evidence> evs, String pointer, boolean required, String what) {
        if (required && evs.isEmpty()) {
            throw ctx.err(pointer, what + " needs at least one piece of evidence from the text");
        }
        List<Resource> out = spans(evs, pointer);
        for (Resource s : out) {
            r.addProperty(GAF.denotedBy, s);
        }
        return out;
    }
}
