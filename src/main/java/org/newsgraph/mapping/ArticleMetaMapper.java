package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.AGENT_TYPES;
import static org.newsgraph.mapping.EntityTypes.ORGANIZATION_TYPES;
import static org.newsgraph.mapping.EntityTypes.PLACE_TYPES;
import static org.newsgraph.mapping.MappingContext.PUBLICATION_ID;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.ArticleMeta;
import org.newsgraph.annotation.TimeSpec;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.NG;

/** Maps the article's metadata: the article and its text, the original of a digest, and the publication event. */
final class ArticleMetaMapper {

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    ArticleMetaMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    /**
     * The article and its text (the NIF context); sets {@link MappingContext#article} and
     * {@link MappingContext#published}.
     */
    void mapArticle() {
        ArticleMeta m = ctx.a.article();
        if (m == null) {
            throw ctx.err("", "missing \"article\" (the article's metadata)");
        }
        Resource article = g.createResource(ctx.iris.article());
        ctx.article = article;
        article.addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(RDFS.label, title());
        if (m.headline() != null) {
            article.addProperty(SCHEMA.headline, ctx.required(m.headline(), "/article/headline",
                    "the headline must not be empty (leave it out when the article has none)"));
        }
        ctx.published = ctx.date(m.published(), "/article/published", false);
        if (ctx.published != null) {
            article.addProperty(SCHEMA.datePublished, g.createTypedLiteral(ctx.published.toString(),
                    XSDDatatype.XSDdate));
        }
        LocalDate modified = ctx.date(m.modified(), "/article/modified", false);
        if (modified != null) {
            article.addProperty(SCHEMA.dateModified, g.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate));
        }
        article.addProperty(SCHEMA.inLanguage, ctx.required(m.language(), "/article", "missing \"language\""));
        if (m.url() != null) {
            article.addProperty(SCHEMA.url, ctx.iri(m.url(), "/article/url"));
        }
        if (m.genre() != null) {
            article.addProperty(SCHEMA.genre, m.genre());
        }
        for (String fact : m.externalFacts()) {
            article.addProperty(NG.externalFact, fact);
        }
        Resource context = g.createResource(ctx.iris.span(0, ctx.text.length()));
        context.addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addLiteral(NIF.beginIndex, spans.index(0))
                .addLiteral(NIF.endIndex, spans.index(ctx.text.length()))
                .addProperty(NIF.isString, ctx.text.text())
                .addProperty(NIF.sourceUrl, article)
                .addProperty(NG.sha256, ctx.text.sha256());
        if (m.digestOf() != null) {
            digest(article, m.digestOf());
        }
    }

    /**
     * A digest written for the corpus: the text is ours, the facts are the original's (a report, a
     * fact-check, remarks). What the notes do not give is left out, never invented: a digest of
     * remarks may have no outlet, a fact-check only a year, and none need have a URL. The
     * publisher and authors are mapped with the entities ({@link #mapPublicationEvent()}).
     */
    private void digest(Resource article, ArticleMeta.Digest d) {
        String p = "/article/digestOf";
        Resource original = g.createResource(ctx.iris.article() + "/original");
        original.addProperty(RDF.type, SCHEMA.CreativeWork);
        if (d.url() != null) {
            original.addProperty(SCHEMA.url, ctx.iri(d.url(), p + "/url"));
        }
        LocalDate published = ctx.date(d.published(), p + "/published", false);
        if (published != null) {
            original.addProperty(SCHEMA.datePublished, g.createTypedLiteral(published.toString(), XSDDatatype.XSDdate));
        }
        if (d.title() != null) {
            original.addProperty(SCHEMA.headline, ctx.required(d.title(), p + "/title",
                    "the title must not be empty (leave it out when the notes give none)"));
        }
        article.addProperty(NG.digestOf, original).addProperty(SCHEMA.isBasedOn, original);
    }

    /** The publisher and authors of a digest's original, and its label (which needs the publisher's name). */
    private void digestPeople(ArticleMeta.Digest d) {
        String p = "/article/digestOf";
        Resource original = g.createResource(ctx.iris.article() + "/original");
        if (d.publisher() != null) {
            original.addProperty(SCHEMA.publisher, ctx.entityRef(d.publisher(), p + "/publisher",
                    "publisher of the original", ORGANIZATION_TYPES));
        }
        for (int i = 0; i < d.authors().size(); i++) {
            original.addProperty(SCHEMA.author, ctx.entityRef(d.authors().get(i), p + "/authors/" + i,
                    "author of the original", AGENT_TYPES));
        }
        String label = d.title() != null ? d.title()
                : d.url() != null ? d.url()
                : "the original of article " + ctx.slug + (d.publisher() != null ? ", by "
                        + ctx.nameOf(d.publisher()) : "") + (d.published() != null ? ", " + d.published() : "");
        original.addProperty(RDFS.label, label);
    }

    /** What the article is called: its headline, or "article <slug>" when it has none (a transcript). */
    private String title() {
        String headline = ctx.a.article().headline();
        return headline != null && !headline.isBlank() ? headline : "article " + ctx.slug;
    }

    /**
     * Publisher, authors and dateline, and (when the article has a publication date) the
     * publication event with its time; sets {@link MappingContext#publisher},
     * {@link MappingContext#publisherName} and {@link MappingContext#publicationTime}. Runs after the
     * entities are mapped. Nothing is invented: no date, no publication event.
     */
    void mapPublicationEvent() {
        ArticleMeta m = ctx.a.article();
        Resource article = ctx.article;
        Resource publisher = m.publisher() == null ? null
                : ctx.entityRef(m.publisher(), "/article/publisher", "publisher", ORGANIZATION_TYPES);
        if (publisher != null) {
            article.addProperty(SCHEMA.publisher, publisher);
            ctx.publisher = publisher;
            ctx.publisherName = ctx.nameOf(m.publisher());
        }
        for (int i = 0; i < m.authors().size(); i++) {
            article.addProperty(SCHEMA.author, ctx.entityRef(m.authors().get(i), "/article/authors/" + i, "author",
                    AGENT_TYPES));
        }
        if (m.digestOf() != null) {
            digestPeople(m.digestOf());
        }
        if (m.dateline() != null) {
            article.addProperty(SCHEMA.locationCreated, ctx.entityRef(m.dateline(), "/article/dateline", "dateline",
                    PLACE_TYPES));
        }
        if (ctx.published == null) {
            return;
        }
        Resource event = g.createResource(ctx.iris.event(PUBLICATION_ID));
        article.addProperty(NG.publicationEvent, event);
        event.addProperty(RDF.type, SEM.Event)
                .addProperty(SEM.eventType, ctx.concept("event-type", NG.EventTypes, "report-publication", "/article",
                        "event type (publication)"))
                .addProperty(RDFS.label, m.headline() != null ? "publication of \"" + m.headline() + "\""
                        : "publication of " + title());
        if (publisher != null) {
            event.addProperty(SEM.hasActor, publisher);
            EventMapper.addRole(event, 0, publisher, ctx.concept("participant-role", NG.ParticipantRoles,
                    "publisher", "/article", "participant role (publisher)"), null);
        }
        if (m.dateline() != null) {
            event.addProperty(SEM.hasPlace, ctx.entity(m.dateline()));
        }
        if (m.datelineEvidence() != null) {
            event.addProperty(GAF.denotedBy, spans.span(m.datelineEvidence(), "/article/datelineEvidence"));
        } else {
            event.addProperty(GAF.denotedBy, g.createResource(ctx.iris.span(0, ctx.text.length())));
        }
        ctx.publicationTime = new TimeMapper(ctx).interval(event, TimeSpec.dayFromMetadata(ctx.published),
                "/article/published", TimeMapper.Order.NOT_AN_EVENT);
    }
}
