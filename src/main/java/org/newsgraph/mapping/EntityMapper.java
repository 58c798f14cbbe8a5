package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.ANONYMOUS_GROUP;
import static org.newsgraph.mapping.EntityTypes.ENTITY_TYPES;
import static org.newsgraph.mapping.EntityTypes.ORGANIZATION_TYPES;
import static org.newsgraph.mapping.MappingContext.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotation.CorpusEntity;
import org.newsgraph.annotation.Entity;
import org.newsgraph.mapping.MappingContext.Declared;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.NG;

/**
 * Maps the entities: people, organisations, places, groups, anonymous sources, documents, with
 * their further types and (through {@link EntityLinkMapper}) their links to other entities.
 */
final class EntityMapper {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final MappingContext ctx;
    private final SpanMapper spans;

    EntityMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.spans = new SpanMapper(ctx);
    }

    void map(Entity e, String p) {
        List<Resource> classes = ENTITY_TYPES.get(ctx.required(e.type(), p, "missing \"type\""));
        if (classes == null) {
            throw ctx.err(p + "/type", "unknown entity type \"" + e.type() + "\" (known: "
                    + String.join(", ", ENTITY_TYPES.keySet()) + ")");
        }
        if (e.wikidata() != null && !QID.matcher(e.wikidata()).matches()) {
            throw ctx.err(p + "/wikidata", "\"" + e.wikidata() + "\" is not a Wikidata item id (Q followed by digits)");
        }
        Register.Item<CorpusEntity> shared = ctx.corpusEntity(e.id());
        boolean anonymous = "anonymousSource".equals(e.type());
        if (anonymous) {
            if (shared == null && (e.descriptor() == null || e.descriptor().isBlank())) {
                throw ctx.err(p, "an anonymous source needs a \"descriptor\" as written in the text");
            }
            if (e.name() != null) {
                throw ctx.err(p + "/name", "an anonymous source has no name; put the text's words in \"descriptor\"");
            }
        } else if (shared == null && e.name() == null && e.descriptor() == null) {
            throw ctx.err(p, "a " + e.type() + " needs a \"name\" or, when the text gives none, a \"descriptor\"");
        }
        boolean group = anonymous && ((e.count() != null && e.count() > 1) || Boolean.TRUE.equals(e.plural()));
        List<Resource> further = alsoTypes(e, p);
        if (e.label() != null && e.label().isBlank()) {
            throw ctx.err(p + "/label", "a label must not be empty");
        }
        Resource r = ctx.entity(e.id());
        if (shared != null) {
            // one node for every article: its types, label, names and Wikidata link are the register's
            new RegisterCheck(ctx, shared).entity(e, p, group);
            if (shared.value().wikidata() != null) {
                ctx.links.add(r, SKOS.exactMatch, ctx.links.createResource(External.WD + shared.value().wikidata()));
            }
        } else {
            noRegisterEntry(e, p);
            for (Resource c : group ? ANONYMOUS_GROUP : classes) {
                r.addProperty(RDF.type, c);
            }
            further.forEach(c -> r.addProperty(RDF.type, c));
            r.addProperty(RDFS.label, e.label() != null ? e.label() : e.name() != null ? e.name() : e.descriptor());
            if (e.name() != null) {
                r.addProperty(SCHEMA.name, e.name());
            }
            for (String alt : e.alternativeNames()) {
                r.addProperty(SCHEMA.alternateName, alt);
            }
            if (e.wikidata() != null) {
                ctx.links.add(r, SKOS.exactMatch, ctx.links.createResource(External.WD + e.wikidata()));
            }
            if (anonymous) {
                r.addLiteral(NG.anonymous, true);
                r.addProperty(NG.sourceType, NG.concept("source-type", group ? "anonymous-group"
                        : "anonymous-individual"));
            }
        }
        // a shared anonymous source is described once, by the register (one descriptor, one count)
        boolean ownsSourceFacts = shared == null || !anonymous;
        if (e.descriptor() != null && ownsSourceFacts) {
            r.addProperty(NG.descriptor, e.descriptor());
        }
        comment(r, e.note());
        if (e.seniority() != null) {
            r.addProperty(NG.seniority, ctx.concept("seniority", NG.Seniorities, e.seniority(), p + "/seniority",
                    "seniority"));
        }
        if (e.affiliationType() != null) {
            r.addProperty(NG.affiliationType, ctx.concept("affiliation-type", NG.AffiliationTypes, e.affiliationType(),
                    p + "/affiliationType", "affiliation type"));
        }
        for (int i = 0; i < e.affiliatedWith().size(); i++) {
            r.addProperty(NG.affiliatedWith, ctx.entityRef(e.affiliatedWith().get(i), p + "/affiliatedWith/" + i,
                    "affiliation", ORGANIZATION_TYPES));
        }
        if (e.count() != null) {
            if (e.count() < 1) {
                throw ctx.err(p + "/count", "count must be at least 1");
            }
            if (ownsSourceFacts) {
                r.addLiteral(NG.sourceCount, ctx.g.createTypedLiteral(e.count().toString(), XSDDatatype.XSDinteger));
            }
        }
        if (e.plural() != null) {
            if (e.plural() && e.count() != null && e.count() == 1) {
                throw ctx.err(p + "/plural", "count 1 is one person; plural says several");
            }
            if (!e.plural() && e.count() != null && e.count() > 1) {
                throw ctx.err(p + "/plural", "count " + e.count() + " is several people; plural false says one");
            }
            if (ownsSourceFacts) {
                r.addLiteral(NG.plural, e.plural().booleanValue());
            }
        }
        if (e.former() != null) {
            r.addLiteral(NG.former, e.former().booleanValue());
        }
        new EntityLinkMapper(ctx).map(e, r, p);
        if (e.namedThrough() != null && !e.mentions().isEmpty()) {
            throw ctx.err(p + "/mentions", "an entity named through another (\"namedThrough\") has no mentions of its own");
        }
        if (e.namedThrough() == null && e.mentions().isEmpty()) {
            throw ctx.err(p, "an entity needs \"mentions\" (where the text names it) or, when only another entity's"
                    + " words name it, \"namedThrough\"");
        }
        spans.denotedBy(r, e.mentions(), p + "/mentions", false, "an entity");
    }

    /**
     * An entity with a Wikidata item that the register has must refer to the register entry: one
     * node, one label.
     */
    private void noRegisterEntry(Entity e, String p) {
        Register.Item<CorpusEntity> entry = e.wikidata() == null ? null : ctx.register.entityByQid(e.wikidata());
        if (entry != null) {
            throw ctx.err(p + "/wikidata", e.wikidata() + " is corpus entity \"" + entry.value().id() + "\" ("
                    + Register.label(entry.value()) + ") in " + entry.path() + ": refer to it with \"corpus\": \""
                    + entry.value().id() + "\"");
        }
    }

    /** The classes of the entity's further types ({@code alsoTypes}), checked. */
    private List<Resource> alsoTypes(Entity e, String p) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < e.alsoTypes().size(); i++) {
            String problem = EntityTypes.alsoTypeProblem(e.type(), e.alsoTypes(), i);
            if (problem != null) {
                throw ctx.err(p + "/alsoTypes/" + i, problem);
            }
            out.addAll(ENTITY_TYPES.get(e.alsoTypes().get(i)));
        }
        return out;
    }

    /** Marks every entity that speaks in a statement (anonymous sources excepted) as an ng:Source. */
    void markSpeakersAsSources() {
        for (String id : ctx.speakers) {
            Declared d = ctx.declared(id);
            if (d.kind() == Kind.ENTITY) {
                Entity e = (Entity) d.value();
                if (!"anonymousSource".equals(e.type())) {
                    Resource r = ctx.entity(id);
                    Register.Item<CorpusEntity> shared = ctx.corpusEntity(id);
                    boolean named = shared != null ? shared.value().name() != null : e.name() != null;
                    r.addProperty(RDF.type, NG.Source);
                    r.addProperty(NG.sourceType, NG.concept("source-type", EntityTypes.sourceType(e, named)));
                    if ("person".equals(e.type())) {
                        // on the record, named or not: only an ng:AnonymousSource is anonymous
                        r.addLiteral(NG.anonymous, false);
                    }
                }
            }
        }
    }
}
