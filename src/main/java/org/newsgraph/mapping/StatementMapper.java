package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.AGENT_TYPES;
import static org.newsgraph.mapping.MappingContext.ARTICLE_ID;
import static org.newsgraph.mapping.MappingContext.comment;
import static org.newsgraph.mapping.MappingContext.required;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.annotation.Entity;
import org.newsgraph.annotation.Membership;
import org.newsgraph.annotation.Statement;
import org.newsgraph.annotation.Statement.Conveyed;
import org.newsgraph.mapping.MappingContext.Declared;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.GRASP;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.NG;

/**
 * Maps the statements: speech acts with their speakers, quote and evidence, and the claims
 * they convey with polarity and certainty (GRASP attributions).
 */
final class StatementMapper {

    private static final Map<String, Resource> CERTAINTY = Map.of(
            "certain", GRASP.CERTAIN, "probable", GRASP.PROBABLE,
            "possible", GRASP.POSSIBLE, "underspecified", GRASP.UNDERSPECIFIED);
    private static final Map<String, Resource> POLARITY = Map.of(
            "positive", GRASP.POSITIVE, "negative", GRASP.NEGATIVE);

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    StatementMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    void map(Statement s, String p) {
        Resource st = g.createResource(ctx.iris.statement(s.id()));
        String type = required(s.type(), ctx.err(p, "missing \"type\""));
        st.addProperty(RDF.type, NG.Statement)
                .addProperty(NG.statementType, ctx.concept("statement-type", NG.StatementTypes, type, p + "/type",
                        "statement type"));
        List<Resource> speakerNodes = speakers(s, st, p);
        if (s.addressee() != null) {
            st.addProperty(NG.addressee, ctx.entityRef(s.addressee(), p + "/addressee", "addressee", AGENT_TYPES));
        }
        Resource quoteSpan = null;
        if (s.quote() != null) {
            quoteSpan = spans.span(s.quote(), p + "/quote");
            st.addProperty(NG.quote, quoteSpan.getProperty(NIF.anchorOf).getString())
                    .addProperty(NG.quoteSpan, quoteSpan)
                    .addProperty(GAF.denotedBy, quoteSpan);
        } else if ("direct-quote".equals(type)) {
            throw ctx.err(p, "a direct quote needs \"quote\": the exact quoted words");
        }
        spans.denotedBy(st, s.evidence(), p + "/evidence", quoteSpan == null, "a statement");
        for (int i = 0; i < s.about().size(); i++) {
            st.addProperty(SCHEMA.about, ctx.anyRef(s.about().get(i), p + "/about/" + i, "topic"));
        }
        comment(st, s.note());
        if ("declined-to-comment".equals(type) && !s.claims().isEmpty()) {
            throw ctx.err(p + "/claims", "a declined comment conveys no claim");
        }
        boolean denial = conveys(s, st, p, quoteSpan, speakerNodes);
        if (denial) {
            st.addProperty(RDF.type, NG.Denial);
        }
    }

    /** The speakers, each with its association (and the position it speaks in); returns their resources. */
    private List<Resource> speakers(Statement s, Resource st, String p) {
        if (s.speakers().isEmpty()) {
            throw ctx.err(p, "a statement needs at least one speaker (\"article\" for the article's own voice)");
        }
        Membership role = null;
        if (s.speakerRole() != null) {
            role = (Membership) ctx.ref(s.speakerRole(), p + "/speakerRole", "speaker role",
                    EnumSet.of(Kind.MEMBERSHIP)).value();
            if (!s.speakers().contains(role.member())) {
                throw ctx.err(p + "/speakerRole", "membership \"" + s.speakerRole() + "\" is held by \"" + role.member()
                        + "\", who is not a speaker of this statement");
            }
        }
        List<Resource> speakerNodes = new ArrayList<>();
        for (int i = 0; i < s.speakers().size(); i++) {
            String id = s.speakers().get(i);
            String sp = p + "/speakers/" + i;
            Resource who;
            if (ARTICLE_ID.equals(id)) {
                who = ctx.article;
            } else {
                Declared d = ctx.ref(id, sp, "speaker", EnumSet.of(Kind.ENTITY));
                String et = ((Entity) d.value()).type();
                if (!AGENT_TYPES.contains(et)) {
                    throw ctx.err(sp, "speaker \"" + id + "\" is of type " + et + ", which cannot speak");
                }
                who = ctx.entity(id);
                ctx.speakers.add(id);
            }
            speakerNodes.add(who);
            st.addProperty(NG.speaker, who);
            Resource assoc = g.createResource(st.getURI() + "/association/" + i);
            assoc.addProperty(RDF.type, PROV.Association).addProperty(PROV.agent, who);
            st.addProperty(PROV.qualifiedAssociation, assoc);
            if (role != null && role.member().equals(id)) {
                assoc.addProperty(PROV.hadRole, NG.concept("position", role.role()))
                        .addProperty(NG.inCapacityOf, g.createResource(ctx.iris.membership(s.speakerRole())));
            }
            if (s.onBehalfOf() != null) {
                who.addProperty(PROV.actedOnBehalfOf, ctx.entityRef(s.onBehalfOf(), p + "/onBehalfOf", "onBehalfOf",
                        AGENT_TYPES));
            }
        }
        return speakerNodes;
    }

    /** The claims the statement conveys, each attributed with polarity and certainty; returns whether one is denied. */
    private boolean conveys(Statement s, Resource st, String p, Resource quoteSpan, List<Resource> speakerNodes) {
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
            Resource certainty = CERTAINTY.get(c.certainty() == null ? "certain" : c.certainty());
            if (certainty == null) {
                throw ctx.err(cp + "/certainty", "unknown certainty \"" + c.certainty()
                        + "\" (known: certain, probable, possible, underspecified)");
            }
            denial |= polarity.equals(GRASP.NEGATIVE);
            Resource mention;
            if (c.evidence() != null) {
                mention = spans.span(c.evidence(), cp + "/evidence");
            } else if (quoteSpan != null) {
                mention = quoteSpan;
            } else {
                mention = spans.span(s.evidence().get(0), p + "/evidence/0");
            }
            Resource claim = g.createResource(ctx.iris.claim(c.claim()));
            claim.addProperty(GAF.denotedBy, mention);
            st.addProperty(NG.conveys, claim);
            for (Resource who : speakerNodes) {
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
}
