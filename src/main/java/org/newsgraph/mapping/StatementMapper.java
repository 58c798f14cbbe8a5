package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.AGENT_TYPES;
import static org.newsgraph.mapping.EntityTypes.PLACE_TYPES;
import static org.newsgraph.mapping.MappingContext.ARTICLE_ID;
import static org.newsgraph.mapping.MappingContext.comment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.Membership;
import org.newsgraph.annotation.Statement;
import org.newsgraph.mapping.MappingContext.Declared;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.NG;

/**
 * Maps the statements: speech acts with their speakers (the article's own voice for
 * "article"), quote, reporting cue, when, where and at which occasion they were made, the
 * statements they answer, correct or retract; the claims they convey are mapped by
 * {@link AttributionMapper}.
 */
final class StatementMapper {

    /** Statement types of reported speech: their evidence is the reporting cue (ng:cue). */
    static final Set<String> REPORTED_SPEECH = Set.of("direct-quote", "paraphrase", "according-to", "question",
            "answer", "fact-check");
    /** Statement types that need {@code quote}: a direct quote's words, a fact-check's verdict as written. */
    private static final java.util.Map<String, String> NEEDS_QUOTE = java.util.Map.of(
            "direct-quote", "a direct quote needs \"quote\": the exact quoted words",
            "fact-check", "a fact-check needs \"quote\": the verdict as written (\"misleading\", \"false\")");

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;
    private final AttributionMapper attributions;

    StatementMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
        this.attributions = new AttributionMapper(ctx);
    }

    void map(Statement s, String p) {
        Resource st = g.createResource(ctx.iris.statement(s.id()));
        String type = ctx.required(s.type(), p, "missing \"type\"");
        st.addProperty(RDF.type, NG.Statement)
                .addProperty(NG.statementType, ctx.concept("statement-type", NG.StatementTypes, type, p + "/type",
                        "statement type"));
        if ("no-corroboration".equals(type)) {
            st.addProperty(RDF.type, NG.NonCorroboration);
        }
        List<Resource> speakerNodes = speakers(s, type, st, p);
        if (s.addressee() != null) {
            st.addProperty(NG.addressee, ctx.entityRef(s.addressee(), p + "/addressee", "addressee", AGENT_TYPES));
        }
        Resource quoteSpan = null;
        if (s.quote() != null) {
            quoteSpan = spans.span(s.quote(), p + "/quote");
            st.addProperty(NG.quote, quoteSpan.getProperty(NIF.anchorOf).getString())
                    .addProperty(NG.quoteSpan, quoteSpan)
                    .addProperty(GAF.denotedBy, quoteSpan);
        } else if (NEEDS_QUOTE.containsKey(type)) {
            throw ctx.err(p, NEEDS_QUOTE.get(type));
        }
        List<Resource> evidence = spans.denotedBy(st, s.evidence(), p + "/evidence", quoteSpan == null, "a statement");
        if (REPORTED_SPEECH.contains(type)) {
            for (Resource cue : evidence) {
                st.addProperty(NG.cue, cue);
            }
        }
        for (int i = 0; i < s.about().size(); i++) {
            st.addProperty(SCHEMA.about, ctx.topic(s.about().get(i), p + "/about/" + i));
        }
        circumstances(s, st, p);
        links(s, type, st, p);
        comment(st, s.note());
        if ("declined-to-comment".equals(type) && !s.claims().isEmpty()) {
            throw ctx.err(p + "/claims", "a declined comment conveys no claim");
        }
        if (attributions.conveys(s, type, st, p, quoteSpan, speakerNodes)) {
            st.addProperty(RDF.type, NG.Denial);
        }
    }

    /** The speakers, each with its association (and the position it speaks in); returns their resources. */
    private List<Resource> speakers(Statement s, String type, Resource st, String p) {
        if (s.speakers().isEmpty() && !"question".equals(type)) {
            throw ctx.err(p, "a statement needs at least one speaker (\"article\" for the article's own voice;"
                    + " only a question may leave out who asked)");
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
        if (s.onBehalfOf() != null && s.speakers().contains(ARTICLE_ID)) {
            throw ctx.err(p + "/onBehalfOf", "the article's own voice (speaker \"article\") speaks on behalf of the"
                    + " publisher (article.publisher), not of \"" + s.onBehalfOf() + "\": leave out \"onBehalfOf\"");
        }
        Resource onBehalfOf = s.onBehalfOf() == null ? null
                : ctx.entityRef(s.onBehalfOf(), p + "/onBehalfOf", "onBehalfOf", AGENT_TYPES);
        List<Resource> speakerNodes = new ArrayList<>();
        for (int i = 0; i < s.speakers().size(); i++) {
            String id = s.speakers().get(i);
            String sp = p + "/speakers/" + i;
            Resource who;
            if (ARTICLE_ID.equals(id)) {
                who = articleVoice();
            } else {
                who = ctx.entityRef(id, sp, "speaker", AGENT_TYPES);
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
        }
        if (onBehalfOf != null) {
            // a fact about this statement, not about the speaker (who may speak for others elsewhere)
            st.addProperty(NG.onBehalfOf, onBehalfOf);
        }
        return speakerNodes;
    }

    /**
     * The article speaking in its own voice (speaker "article"): one node per article, acting on
     * behalf of the publisher when there is one; created on first use.
     */
    private Resource articleVoice() {
        Resource voice = g.createResource(ctx.iris.article() + "/voice");
        if (voice.hasProperty(RDF.type, NG.ArticleVoice)) {
            return voice;
        }
        voice.addProperty(RDF.type, NG.Source)
                .addProperty(RDF.type, NG.ArticleVoice)
                .addProperty(NG.voiceOf, ctx.article)
                .addProperty(NG.sourceType, NG.concept("source-type", "article"));
        if (ctx.publisher != null) {
            voice.addProperty(PROV.actedOnBehalfOf, ctx.publisher)
                    .addProperty(RDFS.label, ctx.publisherName + ", in the article's own voice");
        } else {
            voice.addProperty(RDFS.label, "the article's own voice");
        }
        return voice;
    }

    /** When, where and at which occasion the statement was made. */
    private void circumstances(Statement s, Resource st, String p) {
        if (s.time() != null) {
            new TimeMapper(ctx).interval(st, s.time(), p + "/time", TimeMapper.Order.NOT_AN_EVENT);
        }
        if (s.place() != null) {
            st.addProperty(PROV.atLocation, ctx.entityRef(s.place(), p + "/place", "place", PLACE_TYPES));
        }
        if (s.occasion() != null) {
            ctx.ref(s.occasion(), p + "/occasion", "occasion", EnumSet.of(Kind.EVENT));
            st.addProperty(NG.occasion, g.createResource(ctx.iris.event(s.occasion())));
        }
    }

    /** The earlier statements this one answers, corrects or retracts. */
    private void links(Statement s, String type, Resource st, String p) {
        if (s.answers() != null) {
            if (!"answer".equals(type)) {
                throw ctx.err(p + "/answers", "only a statement of type answer answers a question");
            }
            Statement q = (Statement) link(s, s.answers(), p + "/answers", "answered question", "answer", NG.answers, st).value();
            if (!"question".equals(q.type())) {
                throw ctx.err(p + "/answers", "statement \"" + s.answers() + "\" is of type " + q.type()
                        + ", not a question");
            }
        } else if ("answer".equals(type)) {
            throw ctx.err(p, "an answer needs \"answers\": the id of the question statement it answers");
        }
        if (s.corrects() != null) {
            link(s, s.corrects(), p + "/corrects", "corrected statement", "correct", NG.corrects, st);
        }
        if (s.retracts() != null) {
            link(s, s.retracts(), p + "/retracts", "retracted statement", "retract", NG.retracts, st);
        }
        if (s.restates() != null) {
            if (s.restates().equals(ctx.slug)) {
                throw ctx.err(p + "/restates", "a statement restates another article's report, not its own"
                        + " article's");
            }
            // whether that article is in the build is checked once all articles are mapped
            ctx.restated.put(p + "/restates", s.restates());
            st.addProperty(NG.restates, g.createResource(new Iris(ctx.iris.base(), s.restates()).article()));
        }
    }

    /** A link to another statement of the article (not this one). */
    private Declared link(Statement s, String id, String pointer, String what, String verb, Property prop,
                          Resource st) {
        Declared d = ctx.ref(id, pointer, what, EnumSet.of(Kind.STATEMENT));
        if (id.equals(s.id())) {
            throw ctx.err(pointer, "a statement cannot " + verb + " itself");
        }
        st.addProperty(prop, g.createResource(ctx.iris.statement(id)));
        return d;
    }
}
