package org.newsgraph.mapping;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.annotation.Statement;
import org.newsgraph.annotation.Statement.Conveyed;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.GRASP;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.NG;

/**
 * Maps the claims a statement conveys: each through a mention span that carries a GRASP
 * attribution (polarity, certainty, the statement that makes it) and is attributed to the
 * speakers.
 */
final class AttributionMapper {

    private static final Map<String, Resource> CERTAINTY = Map.of(
            "certain", GRASP.CERTAIN, "probable", GRASP.PROBABLE,
            "possible", GRASP.POSSIBLE, "underspecified", GRASP.UNDERSPECIFIED);
    private static final Map<String, Resource> POLARITY = Map.of(
            "positive", GRASP.POSITIVE, "negative", GRASP.NEGATIVE);
    /** Statement types whose conveyed claims need their own evidence: the words of the proposition. */
    static final Set<String> PROPOSITION_EVIDENCE = Set.of("paraphrase", "according-to", "answer", "no-corroboration",
            "fact-check");
    /** Statement types that convey their claims with certainty underspecified unless said otherwise. */
    private static final Set<String> UNDERSPECIFIED_BY_DEFAULT = Set.of("question", "no-corroboration");

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    AttributionMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    /** The claims the statement conveys, each attributed with polarity and certainty; returns whether one is denied. */
    boolean conveys(Statement s, String type, Resource st, String p, Resource quoteSpan, List<Resource> speakers) {
        Set<String> seen = new HashSet<>();
        boolean denial = false;
        for (int i = 0; i < s.claims().size(); i++) {
            Conveyed c = s.claims().get(i);
            String cp = p + "/claims/" + i;
            ctx.ref(c.claim(), cp + "/claim", "claim", EnumSet.of(Kind.CLAIM));
            if (!seen.add(c.claim())) {
                throw ctx.err(cp + "/claim", "claim \"" + c.claim() + "\" is conveyed twice by this statement");
            }
            ctx.conveyedClaims.add(c.claim());
            Resource polarity = POLARITY.get(c.polarity() == null ? "positive" : c.polarity());
            if (polarity == null) {
                throw ctx.err(cp + "/polarity", "unknown polarity \"" + c.polarity() + "\" (known: positive, negative)");
            }
            if (polarity.equals(GRASP.NEGATIVE) && "no-corroboration".equals(type)) {
                throw ctx.err(cp + "/polarity", "a no-corroboration conveys its claim with positive polarity:"
                        + " not finding anything to confirm a claim is not denying it");
            }
            String defaultCertainty = UNDERSPECIFIED_BY_DEFAULT.contains(type) ? "underspecified" : "certain";
            Resource certainty = CERTAINTY.get(c.certainty() == null ? defaultCertainty : c.certainty());
            if (certainty == null) {
                throw ctx.err(cp + "/certainty", "unknown certainty \"" + c.certainty()
                        + "\" (known: certain, probable, possible, underspecified)");
            }
            denial |= polarity.equals(GRASP.NEGATIVE);
            Resource mention = mention(s, type, c, p, cp, quoteSpan);
            Resource claim = g.createResource(ctx.iris.claim(c.claim()));
            claim.addProperty(GAF.denotedBy, mention);
            st.addProperty(NG.conveys, claim);
            for (Resource who : speakers) {
                mention.addProperty(GRASP.wasAttributedTo, who);
            }
            Resource attr = g.createResource(st.getURI() + "/attribution/" + c.claim());
            attr.addProperty(RDF.type, GRASP.Attribution)
                    .addProperty(NG.attributedClaim, claim)
                    .addProperty(NG.polarity, polarity)
                    .addProperty(NG.certainty, certainty)
                    .addProperty(PROV.wasGeneratedBy, st);
            mention.addProperty(GRASP.hasAttribution, attr);
        }
        return denial;
    }

    /** The span through which the statement conveys the claim: its own evidence, else the quote or the cue. */
    private Resource mention(Statement s, String type, Conveyed c, String p, String cp, Resource quoteSpan) {
        if (c.evidence() != null) {
            return spans.span(c.evidence(), cp + "/evidence");
        }
        if (PROPOSITION_EVIDENCE.contains(type)) {
            throw ctx.err(cp, "claim \"" + c.claim() + "\" conveyed by a statement of type " + type
                    + " needs \"evidence\": the words of the proposition, not the reporting cue");
        }
        return quoteSpan != null ? quoteSpan : spans.span(s.evidence().get(0), p + "/evidence/0");
    }
}
