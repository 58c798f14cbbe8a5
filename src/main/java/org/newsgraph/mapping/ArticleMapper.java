package org.newsgraph.mapping;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationReader.Located;
import org.newsgraph.annotation.Claim;
import org.newsgraph.annotation.InputError;
import org.newsgraph.vocab.External.PROV;

/**
 * Maps one article's annotation and text to RDF: the article graph, one graph per claim,
 * and Wikidata links. No I/O; every inconsistency is an {@link InputError} located by
 * JSON pointer, line and column. Each part of the annotation has its mapper; they share
 * one {@link MappingContext}.
 */
final class ArticleMapper {

    /**
     * The result of mapping one article: its graph, its claim graphs and its links to Wikidata (in
     * the graph {@code linksetGraph}, null when it has none); its annotation (for the checks across
     * articles) and the other articles its statements restate (slug by the pointer of each
     * {@code restates}).
     */
    record Mapped(String slug, String articleGraph, Model graph, Map<String, Model> claimGraphs, Model links,
                  String linksetGraph, String article, String sha256, Located src, Map<String, String> restated) {
    }

    private ArticleMapper() {
    }

    static Mapped map(String slug, Located src, ArticleText text, String base, Register register) {
        MappingContext ctx = new MappingContext(slug, src, text, base, register);
        Annotation a = ctx.a;
        ctx.declareIds();
        ArticleMetaMapper meta = new ArticleMetaMapper(ctx);
        meta.mapArticle();
        EntityMapper entities = new EntityMapper(ctx);
        for (int i = 0; i < a.entities().size(); i++) {
            entities.map(a.entities().get(i), "/entities/" + i);
        }
        meta.mapPublicationEvent();
        EventMapper events = new EventMapper(ctx);
        for (int i = 0; i < a.events().size(); i++) {
            events.map(a.events().get(i), "/events/" + i);
        }
        MembershipMapper memberships = new MembershipMapper(ctx);
        for (int i = 0; i < a.memberships().size(); i++) {
            memberships.map(a.memberships().get(i), "/memberships/" + i);
        }
        ClaimMapper claims = new ClaimMapper(ctx);
        for (int i = 0; i < a.claims().size(); i++) {
            claims.map(a.claims().get(i), "/claims/" + i);
        }
        StatementMapper statements = new StatementMapper(ctx);
        for (int i = 0; i < a.statements().size(); i++) {
            statements.map(a.statements().get(i), "/statements/" + i);
        }
        for (int i = 0; i < a.claims().size(); i++) {
            Claim c = a.claims().get(i);
            if (!ctx.conveyedClaims.contains(c.id())) {
                throw ctx.err("/claims/" + i + "/id", "claim \"" + c.id() + "\" is conveyed by no statement: every"
                        + " claim needs a source (use a statement with speaker \"article\" for the article's own voice)");
            }
        }
        entities.markSpeakersAsSources();
        String linkset = ctx.links.isEmpty() ? null : ctx.iris.linksetGraph();
        traceGraphs(ctx, linkset);
        return new Mapped(ctx.slug, ctx.iris.articleGraph(), ctx.g, ctx.claimGraphs, ctx.links, linkset,
                ctx.iris.article(), ctx.text.sha256(), src, ctx.restated);
    }

    /** Every graph of the article is derived from it (claim graphs say so already, through their claim). */
    private static void traceGraphs(MappingContext ctx, String linkset) {
        ctx.g.createResource(ctx.iris.articleGraph()).addProperty(PROV.wasDerivedFrom, ctx.article);
        if (linkset != null) {
            ctx.g.createResource(linkset).addProperty(PROV.wasDerivedFrom, ctx.article);
        }
    }
}
