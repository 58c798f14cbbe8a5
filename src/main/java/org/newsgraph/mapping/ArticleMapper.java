package org.newsgraph.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
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
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.Annotation.ArticleMeta;
import org.newsgraph.annotation.Annotation.Claim;
import org.newsgraph.annotation.Annotation.Conveyed;
import org.newsgraph.annotation.Annotation.Entity;
import org.newsgraph.annotation.Annotation.Event;
import org.newsgraph.annotation.Annotation.Membership;
import org.newsgraph.annotation.Annotation.Participant;
import org.newsgraph.annotation.Annotation.Relation;
import org.newsgraph.annotation.Annotation.Statement;
import org.newsgraph.annotation.Annotation.TimeSpec;
import org.newsgraph.annotation.Annotation.Triple;
import org.newsgraph.annotation.AnnotationReader.Located;
import org.newsgraph.annotation.Evidence;
import org.newsgraph.annotation.InputError;
import org.newsgraph.vocab.External;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.GRASP;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/**
 * Maps one article's annotation and text to RDF: the article graph, one graph per claim,
 * and Wikidata links. No I/O; every inconsistency is an {@link InputError} located by
 * JSON pointer, line and column.
 */
final class ArticleMapper {

    /** The result of mapping one article. */
    record Mapped(String slug, String articleGraph, Model graph, Map<String, Model> claimGraphs, Model links,
                  String article, String sha256) {
    }

    /** What kind of thing a local id names. */
    enum Kind { ENTITY, MEMBERSHIP, EVENT, CLAIM, STATEMENT, ARTICLE }

    private record Declared(Kind kind, String pointer, Object value) {
    }

    static final String ARTICLE_ID = "article";
    static final String PUBLICATION_ID = "publication";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Entity type name to its RDF classes. */
    private static final Map<String, List<Resource>> ENTITY_TYPES = new LinkedHashMap<>();

    static {
        ENTITY_TYPES.put("person", List.of(SCHEMA.Person, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("organization", List.of(ORG.Organization, SCHEMA.Organization, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("government", List.of(ORG.Organization, SCHEMA.GovernmentOrganization, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("country", List.of(SCHEMA.Country, SEM.Place, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("place", List.of(SCHEMA.Place, SEM.Place));
        ENTITY_TYPES.put("group", List.of(NG.Group, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("anonymousSource", List.of(NG.AnonymousSource, SCHEMA.Person, SEM.Actor, PROV.Agent));
        ENTITY_TYPES.put("document", List.of(SCHEMA.CreativeWork, PROV.Entity));
    }

    private static final Set<String> AGENT_TYPES = Set.of("person", "organization", "government", "country", "group",
            "anonymousSource");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "government", "country", "group");
    private static final Set<String> PLACE_TYPES = Set.of("place", "country");

    private static final Map<String, Property> RELATIONS = Map.of(
            "after", TIME.after,
            "before", TIME.before,
            "during", TIME.intervalDuring,
            "contains", TIME.intervalContains,
            "overlaps", TIME.intervalOverlaps);

    private static final Map<String, Resource> CERTAINTY = Map.of(
            "certain", GRASP.CERTAIN, "probable", GRASP.PROBABLE,
            "possible", GRASP.POSSIBLE, "underspecified", GRASP.UNDERSPECIFIED);
    private static final Map<String, Resource> POLARITY = Map.of(
            "positive", GRASP.POSITIVE, "negative", GRASP.NEGATIVE);

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

    private final String slug;
    private final Located src;
    private final Annotation a;
    private final ArticleText text;
    private final Iris iris;
    private final Model g = ModelFactory.createDefaultModel();
    private final Model links = ModelFactory.createDefaultModel();
    private final Map<String, Model> claimGraphs = new TreeMap<>();
    private final Map<String, Declared> ids = new HashMap<>();
    private final Set<String> speakers = new HashSet<>();
    private final Set<String> conveyedClaims = new HashSet<>();
    private Resource article;
    private Resource publicationTime;

    private ArticleMapper(String slug, Located src, ArticleText text, String base) {
        this.slug = slug;
        this.src = src;
        this.a = src.annotation();
        this.text = text;
        this.iris = new Iris(base, slug);
    }

    static Mapped map(String slug, Located src, ArticleText text, String base) {
        return new ArticleMapper(slug, src, text, base).run();
    }

    private Mapped run() {
        declareIds();
        mapArticle();
        for (int i = 0; i < a.entities().size(); i++) {
            mapEntity(a.entities().get(i), "/entities/" + i);
        }
        mapPublicationEvent();
        for (int i = 0; i < a.events().size(); i++) {
            mapEvent(a.events().get(i), "/events/" + i);
        }
        for (int i = 0; i < a.memberships().size(); i++) {
            mapMembership(a.memberships().get(i), "/memberships/" + i);
        }
        for (int i = 0; i < a.claims().size(); i++) {
            mapClaim(a.claims().get(i), "/claims/" + i);
        }
        for (int i = 0; i < a.statements().size(); i++) {
            mapStatement(a.statements().get(i), "/statements/" + i);
        }
        for (int i = 0; i < a.claims().size(); i++) {
            Claim c = a.claims().get(i);
            if (!conveyedClaims.contains(c.id())) {
                throw err("/claims/" + i + "/id", "claim \"" + c.id() + "\" is conveyed by no statement: every claim needs"
                        + " a source (use a statement with speaker \"article\" for the article's own voice)");
            }
        }
        for (String id : speakers) {
            Declared d = ids.get(id);
            if (d.kind() == Kind.ENTITY) {
                Entity e = (Entity) d.value();
                if (!"anonymousSource".equals(e.type())) {
                    Resource r = entity(id);
                    r.addProperty(RDF.type, NG.Source);
                    String sourceType = !"person".equals(e.type()) ? "organization"
                            : e.name() != null ? "named-person" : "unnamed-person";
                    r.addProperty(NG.sourceType, NG.concept("source-type", sourceType));
                    if ("person".equals(e.type())) {
                        r.addLiteral(NG.anonymous, e.name() == null);
                    }
                }
            }
        }
        return new Mapped(slug, iris.articleGraph(), g, claimGraphs, links, iris.article(), text.sha256());
    }

    // ---------------------------------------------------------------- ids and references

    private void declareIds() {
        declare(a.entities(), "/entities", Kind.ENTITY, Entity::id);
        declare(a.memberships(), "/memberships", Kind.MEMBERSHIP, Membership::id);
        declare(a.events(), "/events", Kind.EVENT, Event::id);
        declare(a.claims(), "/claims", Kind.CLAIM, Claim::id);
        declare(a.statements(), "/statements", Kind.STATEMENT, Statement::id);
        ids.put(ARTICLE_ID, new Declared(Kind.ARTICLE, "/article", a.article()));
        ids.put(PUBLICATION_ID, new Declared(Kind.EVENT, "/article/published", null));
    }

    private <T> void declare(List<T> items, String section, Kind kind, java.util.function.Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            String p = section + "/" + i;
            if (items.get(i) == null) {
                throw err(p, "null is not allowed here");
            }
            String id = idOf.apply(items.get(i));
            if (id == null) {
                throw err(p, "missing \"id\"");
            }
            if (!ID.matcher(id).matches()) {
                throw err(p + "/id", "id \"" + id + "\" may use only letters, digits, '.', '_' and '-'");
            }
            if (id.equals(ARTICLE_ID) || id.equals(PUBLICATION_ID)) {
                throw err(p + "/id", "id \"" + id + "\" is reserved (\"article\" is the article itself,"
                        + " \"publication\" its publication event)");
            }
            Declared before = ids.get(id);
            if (before != null) {
                throw err(p + "/id", "duplicate id \"" + id + "\" (already used at " + before.pointer() + ")");
            }
            ids.put(id, new Declared(kind, p, items.get(i)));
        }
    }

    private Declared ref(String id, String pointer, String what, Set<Kind> kinds) {
        if (id == null) {
            throw err(pointer, "missing " + what);
        }
        Declared d = ids.get(id);
        if (d == null) {
            throw err(pointer, "unknown " + what + " \"" + id + "\": no entity, event, membership, claim or"
                    + " statement has this id");
        }
        if (!kinds.contains(d.kind())) {
            throw err(pointer, what + " \"" + id + "\" is " + article(d.kind()) + ", not " + expected(kinds));
        }
        return d;
    }

    private Resource entityRef(String id, String pointer, String what, Set<String> types) {
        Declared d = ref(id, pointer, what, EnumSet.of(Kind.ENTITY));
        String type = ((Entity) d.value()).type();
        if (types != null && !types.contains(type)) {
            throw err(pointer, what + " \"" + id + "\" is of type " + type + "; expected one of " + types.stream().sorted().toList());
        }
        return entity(id);
    }

    /** Any id (entity, event, membership, claim, statement, article) as a resource. */
    private Resource anyRef(String id, String pointer, String what) {
        Declared d = ref(id, pointer, what, EnumSet.allOf(Kind.class));
        return switch (d.kind()) {
            case ENTITY -> entity(id);
            case MEMBERSHIP -> g.createResource(iris.membership(id));
            case EVENT -> g.createResource(iris.event(id));
            case CLAIM -> g.createResource(iris.claim(id));
            case STATEMENT -> g.createResource(iris.statement(id));
            case ARTICLE -> article;
        };
    }

    private Resource entity(String id) {
        Entity e = (Entity) ids.get(id).value();
        return g.createResource(iris.entity(id, e.wikidata()));
    }

    private static String article(Kind k) {
        return switch (k) {
            case ENTITY -> "an entity";
            case MEMBERSHIP -> "a membership";
            case EVENT -> "an event";
            case CLAIM -> "a claim";
            case STATEMENT -> "a statement";
            case ARTICLE -> "the article";
        };
    }

    private static String expected(Set<Kind> kinds) {
        return String.join(" or ", kinds.stream().sorted().map(ArticleMapper::article).toList());
    }

    private Resource concept(String scheme, Resource schemeIri, String id, String pointer, String what) {
        if (id == null) {
            throw err(pointer, "missing " + what);
        }
        if (!OntologyFiles.isConcept(scheme, id, schemeIri)) {
            throw err(pointer, "unknown " + what + " \"" + id + "\" (known: " + OntologyFiles.known(scheme, schemeIri)
                    + "; a new one is added to ontology/schemes.ttl)");
        }
        return g.createResource(NG.concept(scheme, id).getURI());
    }

    /** An annotator's note, kept as rdfs:comment in the article graph. */
    private static void comment(Resource r, String note) {
        if (note != null) {
            r.addProperty(RDFS.comment, note);
        }
    }

    private InputError err(String pointer, String problem) {
        return src.error(pointer, problem);
    }

    private static String required(String value, InputError ifMissing) {
        if (value == null || value.isBlank()) {
            throw ifMissing;
        }
        return value;
    }

    // ---------------------------------------------------------------- spans

    private Resource span(Evidence ev, String pointer) {
        ArticleText.Span s;
        try {
            s = text.resolve(ev);
        } catch (ArticleText.EvidenceProblem e) {
            throw err(pointer, e.getMessage());
        }
        Resource r = g.createResource(iris.span(s.begin(), s.end()));
        if (!r.hasProperty(RDF.type, NIF.String)) {
            r.addProperty(RDF.type, NIF.String)
                    .addProperty(RDF.type, NIF.RFC5147String)
                    .addProperty(RDF.type, GAF.Mention)
                    .addLiteral(NIF.beginIndex, index(s.begin()))
                    .addLiteral(NIF.endIndex, index(s.end()))
                    .addProperty(NIF.anchorOf, s.anchor())
                    .addProperty(NIF.referenceContext, g.createResource(iris.span(0, text.length())));
        }
        return r;
    }

    private Literal index(int i) {
        return g.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private List<Resource> spans(List<Evidence> evs, String pointer) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < evs.size(); i++) {
            out.add(span(evs.get(i), pointer + "/" + i));
        }
        return out;
    }

    private void denotedBy(Resource r, List<Evidence> evs, String pointer, boolean required, String what) {
        if (required && evs.isEmpty()) {
            throw err(pointer, what + " needs at least one piece of evidence from the text");
        }
        for (Resource s : spans(evs, pointer)) {
            r.addProperty(GAF.denotedBy, s);
        }
    }

    // ---------------------------------------------------------------- article

    private void mapArticle() {
        ArticleMeta m = a.article();
        if (m == null) {
            throw err("", "missing \"article\" (the article's metadata)");
        }
        article = g.createResource(iris.article());
        String headline = required(m.headline(), err("/article", "missing \"headline\""));
        article.addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(RDF.type, NG.Source)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(RDFS.label, headline)
                .addProperty(SCHEMA.headline, headline)
                .addProperty(NG.sourceType, NG.concept("source-type", "article"));
        LocalDate published = date(m.published(), "/article/published", true);
        article.addProperty(SCHEMA.datePublished, g.createTypedLiteral(published.toString(), XSDDatatype.XSDdate));
        LocalDate modified = date(m.modified(), "/article/modified", false);
        if (modified != null) {
            article.addProperty(SCHEMA.dateModified, g.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate));
        }
        article.addProperty(SCHEMA.inLanguage, required(m.language(), err("/article", "missing \"language\"")));
        if (m.url() != null) {
            article.addProperty(SCHEMA.url, iri(m.url(), "/article/url"));
        }
        if (m.genre() != null) {
            article.addProperty(SCHEMA.genre, m.genre());
        }
        for (String fact : m.externalFacts()) {
            article.addProperty(NG.externalFact, fact);
        }
        Resource context = g.createResource(iris.span(0, text.length()));
        context.addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addLiteral(NIF.beginIndex, index(0))
                .addLiteral(NIF.endIndex, index(text.length()))
                .addProperty(NIF.isString, text.text())
                .addProperty(NIF.sourceUrl, article)
                .addProperty(NG.sha256, text.sha256());
        if (m.digestOf() != null) {
            // A digest written for the corpus: the text is ours, the facts are the original report's.
            Annotation.Digest d = m.digestOf();
            String p = "/article/digestOf";
            Resource original = g.createResource(iris.article() + "/original");
            String url = required(d.url(), err(p, "a digest needs the original's \"url\""));
            original.addProperty(RDF.type, SCHEMA.CreativeWork)
                    .addProperty(SCHEMA.url, iri(url, p + "/url"))
                    .addProperty(RDFS.label, d.title() != null ? d.title() : url)
                    .addProperty(SCHEMA.publisher, entityRef(d.publisher(), p + "/publisher", "publisher of the original",
                            ORGANIZATION_TYPES))
                    .addProperty(SCHEMA.datePublished, g.createTypedLiteral(
                            date(d.published(), p + "/published", true).toString(), XSDDatatype.XSDdate));
            if (d.title() != null) {
                original.addProperty(SCHEMA.headline, d.title());
            }
            article.addProperty(NG.digestOf, original).addProperty(SCHEMA.isBasedOn, original);
        }
    }

    private void mapPublicationEvent() {
        ArticleMeta m = a.article();
        Resource publisher = entityRef(m.publisher(), "/article/publisher", "publisher", ORGANIZATION_TYPES);
        article.addProperty(SCHEMA.publisher, publisher);
        for (int i = 0; i < m.authors().size(); i++) {
            article.addProperty(SCHEMA.author, entityRef(m.authors().get(i), "/article/authors/" + i, "author", AGENT_TYPES));
        }
        if (m.dateline() != null) {
            article.addProperty(SCHEMA.locationCreated, entityRef(m.dateline(), "/article/dateline", "dateline", PLACE_TYPES));
        }
        LocalDate published = date(m.published(), "/article/published", true);
        Resource event = g.createResource(iris.event(PUBLICATION_ID));
        article.addProperty(NG.publicationEvent, event);
        event.addProperty(RDF.type, SEM.Event)
                .addProperty(SEM.eventType, concept("event-type", NG.EventTypes, "report-publication", "/article",
                        "event type (publication)"))
                .addProperty(RDFS.label, "publication of \"" + m.headline() + "\"")
                .addProperty(SEM.hasActor, publisher);
        addRole(event, 0, publisher, concept("participant-role", NG.ParticipantRoles, "publisher", "/article",
                "participant role (publisher)"), null);
        if (m.dateline() != null) {
            event.addProperty(SEM.hasPlace, entity(m.dateline()));
        }
        if (m.datelineEvidence() != null) {
            event.addProperty(GAF.denotedBy, span(m.datelineEvidence(), "/article/datelineEvidence"));
        } else {
            event.addProperty(GAF.denotedBy, g.createResource(iris.span(0, text.length())));
        }
        publicationTime = interval(event, new TimeSpec(published.getYear(), published.getMonthValue(),
                published.getDayOfMonth(), null, null, null, null, null, "metadata"), "/article/published");
    }

    /** An absolute http(s) IRI given in the annotation (a URL). */
    private Resource iri(String value, String pointer) {
        try {
            IRIx parsed = IRIx.create(value);
            if (!parsed.isAbsolute() || !(value.startsWith("http://") || value.startsWith("https://"))) {
                throw err(pointer, "\"" + value + "\" is not an absolute http(s) URL");
            }
        } catch (IRIException e) {
            throw err(pointer, "\"" + value + "\" is not a valid URL: " + e.getMessage());
        }
        return g.createResource(value);
    }

    private LocalDate date(String value, String pointer, boolean required) {
        if (value == null) {
            if (required) {
                throw err(pointer, "missing date (YYYY-MM-DD)");
            }
            return null;
        }
        if (!ISO_DATE.matcher(value).matches()) {
            throw err(pointer, "date \"" + value + "\" is not of the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw err(pointer, "impossible date \"" + value + "\"");
        }
    }

    // ---------------------------------------------------------------- entities

    private void mapEntity(Entity e, String p) {
        List<Resource> classes = ENTITY_TYPES.get(required(e.type(), err(p, "missing \"type\"")));
        if (classes == null) {
            throw err(p + "/type", "unknown entity type \"" + e.type() + "\" (known: "
                    + String.join(", ", ENTITY_TYPES.keySet()) + ")");
        }
        if (e.wikidata() != null && !QID.matcher(e.wikidata()).matches()) {
            throw err(p + "/wikidata", "\"" + e.wikidata() + "\" is not a Wikidata item id (Q followed by digits)");
        }
        boolean anonymous = "anonymousSource".equals(e.type());
        if (anonymous) {
            if (e.descriptor() == null || e.descriptor().isBlank()) {
                throw err(p, "an anonymous source needs a \"descriptor\" as written in the text");
            }
            if (e.name() != null) {
                throw err(p + "/name", "an anonymous source has no name; put the text's words in \"descriptor\"");
            }
        } else if (e.name() == null && e.descriptor() == null) {
            throw err(p, "a " + e.type() + " needs a \"name\" or, when the text gives none, a \"descriptor\"");
        }
        Resource r = entity(e.id());
        for (Resource c : classes) {
            r.addProperty(RDF.type, c);
        }
        r.addProperty(RDFS.label, e.name() != null ? e.name() : e.descriptor());
        if (e.name() != null) {
            r.addProperty(SCHEMA.name, e.name());
        }
        for (String alt : e.alternativeNames()) {
            r.addProperty(SCHEMA.alternateName, alt);
        }
        if (e.descriptor() != null) {
            r.addProperty(NG.descriptor, e.descriptor());
        }
        comment(r, e.note());
        if (e.wikidata() != null) {
            links.add(r, SKOS.exactMatch, links.createResource(External.WD + e.wikidata()));
        }
        if (anonymous) {
            r.addLiteral(NG.anonymous, true);
            boolean group = (e.count() != null && e.count() > 1) || Boolean.TRUE.equals(e.plural());
            r.addProperty(NG.sourceType, NG.concept("source-type", group ? "anonymous-group" : "anonymous-individual"));
        }
        if (e.seniority() != null) {
            r.addProperty(NG.seniority, concept("seniority", NG.Seniorities, e.seniority(), p + "/seniority", "seniority"));
        }
        if (e.affiliationType() != null) {
            r.addProperty(NG.affiliationType, concept("affiliation-type", NG.AffiliationTypes, e.affiliationType(),
                    p + "/affiliationType", "affiliation type"));
        }
        for (int i = 0; i < e.affiliatedWith().size(); i++) {
            r.addProperty(NG.affiliatedWith, entityRef(e.affiliatedWith().get(i), p + "/affiliatedWith/" + i,
                    "affiliation", ORGANIZATION_TYPES));
        }
        if (e.count() != null) {
            if (e.count() < 1) {
                throw err(p + "/count", "count must be at least 1");
            }
            r.addLiteral(NG.sourceCount, g.createTypedLiteral(e.count().toString(), XSDDatatype.XSDinteger));
        }
        if (e.plural() != null) {
            r.addLiteral(NG.plural, e.plural().booleanValue());
        }
        if (e.former() != null) {
            r.addLiteral(NG.former, e.former().booleanValue());
        }
        denotedBy(r, e.mentions(), p + "/mentions", true, "an entity");
    }

    // ---------------------------------------------------------------- events and time

    private void mapEvent(Event e, String p) {
        Resource ev = g.createResource(iris.event(e.id()));
        ev.addProperty(RDF.type, SEM.Event)
                .addProperty(SEM.eventType, concept("event-type", NG.EventTypes, e.type(), p + "/type", "event type"))
                .addProperty(RDFS.label, required(e.label(), err(p, "missing \"label\"")));
        if (e.participants().isEmpty()) {
            throw err(p, "an event needs at least one participant");
        }
        for (int i = 0; i < e.participants().size(); i++) {
            Participant pt = e.participants().get(i);
            String pp = p + "/participants/" + i;
            Resource actor = entityRef(pt.actor(), pp + "/actor", "participant", null);
            ev.addProperty(SEM.hasActor, actor);
            Resource capacity = null;
            if (pt.as() != null) {
                ref(pt.as(), pp + "/as", "capacity (\"as\")", EnumSet.of(Kind.MEMBERSHIP));
                Membership m = (Membership) ids.get(pt.as()).value();
                if (!pt.actor().equals(m.member())) {
                    throw err(pp + "/as", "membership \"" + pt.as() + "\" is held by \"" + m.member()
                            + "\", not by \"" + pt.actor() + "\"");
                }
                capacity = g.createResource(iris.membership(pt.as()));
            }
            addRole(ev, i, actor, concept("participant-role", NG.ParticipantRoles, pt.role(), pp + "/role",
                    "participant role"), capacity);
        }
        if (e.place() != null) {
            ev.addProperty(SEM.hasPlace, entityRef(e.place(), p + "/place", "place", PLACE_TYPES));
        }
        if (e.partOf() != null) {
            ref(e.partOf(), p + "/partOf", "parent event", EnumSet.of(Kind.EVENT));
            if (e.partOf().equals(e.id())) {
                throw err(p + "/partOf", "an event cannot be part of itself");
            }
            g.createResource(iris.event(e.partOf())).addProperty(SEM.hasSubEvent, ev);
        }
        for (int i = 0; i < e.about().size(); i++) {
            ev.addProperty(SCHEMA.about, anyRef(e.about().get(i), p + "/about/" + i, "topic"));
        }
        comment(ev, e.note());
        denotedBy(ev, e.evidence(), p + "/evidence", true, "an event");
        if (e.time() == null) {
            throw err(p, "an event needs a \"time\" (with year, month, day, qualifier or description)");
        }
        Resource interval = interval(ev, e.time(), p + "/time");
        for (int i = 0; i < e.relations().size(); i++) {
            Relation rel = e.relations().get(i);
            String rp = p + "/relations/" + i;
            Property prop = RELATIONS.get(required(rel.type(), err(rp, "missing \"type\"")));
            if (prop == null) {
                throw err(rp + "/type", "unknown relation \"" + rel.type() + "\" (known: after, before, contains,"
                        + " during, overlaps)");
            }
            ref(rel.event(), rp + "/event", "related event", EnumSet.of(Kind.EVENT));
            if (rel.event().equals(e.id())) {
                throw err(rp + "/event", "an event cannot be related to itself");
            }
            Resource other = g.createResource(iris.event(rel.event()));
            interval.addProperty(prop, g.createResource(iris.event(rel.event()) + "/time"));
            Resource node = g.createResource(iris.event(e.id()) + "/relation/" + i);
            node.addProperty(RDF.type, NG.TemporalRelation)
                    .addProperty(NG.fromEvent, ev)
                    .addProperty(NG.relation, prop)
                    .addProperty(NG.toEvent, other);
            if (rel.qualifier() != null) {
                node.addProperty(NG.qualifier, rel.qualifier());
            }
            if (rel.evidence() == null) {
                throw err(rp, "a stated order needs \"evidence\": the words that state it (e.g. \"soon after\")");
            }
            node.addProperty(GAF.denotedBy, span(rel.evidence(), rp + "/evidence"));
        }
    }

    private void addRole(Resource event, int n, Resource actor, Resource roleType, Resource capacity) {
        Resource role = g.createResource(event.getURI() + "/role/" + n);
        role.addProperty(RDF.type, SEM.Role)
                .addProperty(RDF.value, actor)
                .addProperty(SEM.roleType, roleType);
        if (capacity != null) {
            role.addProperty(NG.inCapacityOf, capacity);
        }
        event.addProperty(NG.participantRole, role);
    }

    /** Adds the time interval of an event, with its precision and bounds, and returns the interval. */
    private Resource interval(Resource event, TimeSpec t, String p) {
        String basis = t.basis() == null ? "text" : t.basis();
        if (!Set.of("text", "metadata", "external").contains(basis)) {
            throw err(p + "/basis", "unknown basis \"" + basis + "\" (known: text, metadata, external)");
        }
        if (t.year() == null && t.description() == null) {
            throw err(p, "a time needs a \"year\" or a \"description\" of the period");
        }
        if (t.month() != null && t.year() == null) {
            throw err(p + "/month", "a month needs a year");
        }
        if (t.day() != null && t.month() == null) {
            throw err(p + "/day", "a day needs a month");
        }
        if (t.month() != null && (t.month() < 1 || t.month() > 12)) {
            throw err(p + "/month", "impossible month " + t.month());
        }
        if (t.day() != null && !YearMonth.of(t.year(), t.month()).isValidDay(t.day())) {
            throw err(p + "/day", "impossible date " + t.year() + "-" + t.month() + "-" + t.day());
        }
        if (t.qualifier() != null && (!Set.of("early", "mid", "late").contains(t.qualifier()) || t.month() != null
                || t.year() == null)) {
            throw err(p + "/qualifier", "qualifier must be early, mid or late, and goes with a year only");
        }
        if ("text".equals(basis) && t.evidence() == null) {
            throw err(p, "a time stated in the text needs \"evidence\" (or a \"basis\" of metadata or external)");
        }
        LocalDate notBefore = date(t.notBefore(), p + "/notBefore", false);
        LocalDate notAfter = date(t.notAfter(), p + "/notAfter", false);
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            throw err(p, "notBefore " + notBefore + " is after notAfter " + notAfter);
        }

        Resource interval = g.createResource(event.getURI() + "/time");
        event.addProperty(SEM.hasTime, interval);
        interval.addProperty(RDF.type, TIME.Interval).addProperty(RDF.type, SEM.Time)
                .addProperty(NG.dateBasis, basis);
        String precision;
        LocalDate earliest = null;
        LocalDate latest = null;
        if (t.year() != null) {
            Resource d = g.createResource(interval.getURI() + "/description");
            interval.addProperty(TIME.hasDateTimeDescription, d);
            d.addProperty(RDF.type, TIME.DateTimeDescription)
                    .addProperty(TIME.year, g.createTypedLiteral(String.format("%04d", t.year()), XSDDatatype.XSDgYear));
            if (t.day() != null) {
                precision = "day";
                d.addProperty(TIME.unitType, TIME.unitDay);
                earliest = LocalDate.of(t.year(), t.month(), t.day());
                latest = earliest;
            } else if (t.month() != null) {
                precision = "month";
                d.addProperty(TIME.unitType, TIME.unitMonth);
                earliest = LocalDate.of(t.year(), t.month(), 1);
                latest = YearMonth.of(t.year(), t.month()).atEndOfMonth();
            } else {
                precision = t.qualifier() != null ? "part-of-year" : "year";
                d.addProperty(TIME.unitType, TIME.unitYear);
                earliest = LocalDate.of(t.year(), 1, 1);
                latest = LocalDate.of(t.year(), 12, 31);
            }
            if (t.month() != null) {
                d.addProperty(TIME.month, g.createTypedLiteral(String.format("--%02d", t.month()), XSDDatatype.XSDgMonth));
            }
            if (t.day() != null) {
                d.addProperty(TIME.day, g.createTypedLiteral(String.format("---%02d", t.day()), XSDDatatype.XSDgDay));
            }
        } else {
            precision = "described";
        }
        if (t.qualifier() != null) {
            interval.addProperty(NG.dateQualifier, t.qualifier());
        }
        if (notBefore != null) {
            earliest = notBefore;
        }
        if (notAfter != null) {
            latest = notAfter;
        }
        interval.addProperty(NG.datePrecision, concept("date-precision", NG.DatePrecisions, precision, p, "date precision"));
        String label;
        if (t.evidence() != null) {
            Resource s = span(t.evidence(), p + "/evidence");
            interval.addProperty(GAF.denotedBy, s);
            label = s.getProperty(NIF.anchorOf).getString();
        } else if (t.description() != null) {
            label = t.description();
        } else {
            label = earliest.toString().substring(0, precision.equals("day") ? 10 : precision.equals("month") ? 7 : 4);
        }
        interval.addProperty(RDFS.label, t.description() != null ? t.description() : label);
        if (earliest != null) {
            event.addProperty(SEM.hasEarliestBeginTimeStamp, g.createTypedLiteral(earliest.toString(), XSDDatatype.XSDdate));
        }
        if (latest != null) {
            event.addProperty(SEM.hasLatestEndTimeStamp, g.createTypedLiteral(latest.toString(), XSDDatatype.XSDdate));
        }
        return interval;
    }

    // ---------------------------------------------------------------- memberships

    private void mapMembership(Membership m, String p) {
        Resource r = g.createResource(iris.membership(m.id()));
        Resource member = entityRef(m.member(), p + "/member", "member", AGENT_TYPES);
        Resource organization = entityRef(m.organization(), p + "/organization", "organization", ORGANIZATION_TYPES);
        r.addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member)
                .addProperty(ORG.organization, organization)
                .addProperty(ORG.role, concept("position", NG.Positions, m.role(), p + "/role", "position"))
                .addProperty(RDFS.label, required(m.label(), err(p, "missing \"label\"")));
        Resource during = g.createResource(r.getURI() + "/time");
        during.addProperty(RDF.type, TIME.Interval);
        r.addProperty(ORG.memberDuring, during);
        for (int i = 0; i < m.heldDuring().size(); i++) {
            String id = m.heldDuring().get(i);
            ref(id, p + "/heldDuring/" + i, "event", EnumSet.of(Kind.EVENT));
            during.addProperty(TIME.intervalContains, g.createResource(iris.event(id) + "/time"));
        }
        if (m.heldAtPublication() != null) {
            r.addLiteral(NG.heldAtPublication, m.heldAtPublication().booleanValue());
            if (m.heldAtPublication()) {
                during.addProperty(TIME.intervalContains, publicationTime);
            } else {
                if (m.heldDuring().contains(PUBLICATION_ID)) {
                    throw err(p + "/heldAtPublication", "held during \"publication\" but heldAtPublication is false");
                }
                during.addProperty(TIME.before, publicationTime);
            }
        }
        comment(r, m.note());
        denotedBy(r, m.evidence(), p + "/evidence", true, "a membership");
    }

    // ---------------------------------------------------------------- claims and statements

    private void mapClaim(Claim c, String p) {
        Resource claim = g.createResource(iris.claim(c.id()));
        Model cg = ModelFactory.createDefaultModel();
        claimGraphs.put(iris.claim(c.id()), cg);
        Resource inGraph = cg.createResource(claim.getURI());
        inGraph.addProperty(RDF.type, NG.Claim)
                .addProperty(RDFS.label, required(c.label(), err(p, "missing \"label\" (the proposition in plain words)")));
        for (int i = 0; i < c.about().size(); i++) {
            inGraph.addProperty(SCHEMA.about, anyRef(c.about().get(i), p + "/about/" + i, "topic"));
        }
        for (int i = 0; i < c.assertion().size(); i++) {
            Triple t = c.assertion().get(i);
            String tp = p + "/assertion/" + i;
            Resource s = anyRef(t.subject(), tp + "/subject", "subject");
            Property pred = predicate(t.predicate(), tp + "/predicate");
            RDFNode o;
            if ((t.object() == null) == (t.value() == null)) {
                throw err(tp, "give exactly one of \"object\" (an id) or \"value\" (a literal)");
            }
            o = t.object() != null ? anyRef(t.object(), tp + "/object", "object") : cg.createLiteral(t.value());
            cg.add(s, pred, o);
        }
        claim.addProperty(PROV.wasDerivedFrom, article);
        comment(claim, c.note());
        denotedBy(claim, c.evidence(), p + "/evidence", false, "a claim");
    }

    private Property predicate(String curie, String p) {
        if (curie == null || !curie.contains(":")) {
            throw err(p, "predicate must be a prefixed name such as ng:hadAccessTo (prefixes: "
                    + String.join(", ", new java.util.TreeSet<>(PREFIXES.getNsPrefixMap().keySet())) + ")");
        }
        String expanded = PREFIXES.expandPrefix(curie);
        if (expanded.equals(curie)) {
            throw err(p, "unknown prefix in \"" + curie + "\" (known: "
                    + String.join(", ", new java.util.TreeSet<>(PREFIXES.getNsPrefixMap().keySet())) + ")");
        }
        if (expanded.startsWith(NG.NS)) {
            Resource declared = OntologyFiles.ontology().createResource(expanded);
            if (!OntologyFiles.ontology().contains(declared, RDF.type, OWL.ObjectProperty)
                    && !OntologyFiles.ontology().contains(declared, RDF.type, OWL.DatatypeProperty)
                    && !OntologyFiles.ontology().contains(declared, RDF.type, RDF.Property)) {
                throw err(p, "\"" + curie + "\" is not a property declared in the ontology (ontology/*.ttl)");
            }
        }
        return g.createProperty(expanded);
    }

    private void mapStatement(Statement s, String p) {
        Resource st = g.createResource(iris.statement(s.id()));
        String type = required(s.type(), err(p, "missing \"type\""));
        st.addProperty(RDF.type, NG.Statement)
                .addProperty(NG.statementType, concept("statement-type", NG.StatementTypes, type, p + "/type",
                        "statement type"));
        if (s.speakers().isEmpty()) {
            throw err(p, "a statement needs at least one speaker (\"article\" for the article's own voice)");
        }
        Membership role = null;
        if (s.speakerRole() != null) {
            ref(s.speakerRole(), p + "/speakerRole", "speaker role", EnumSet.of(Kind.MEMBERSHIP));
            role = (Membership) ids.get(s.speakerRole()).value();
            if (!s.speakers().contains(role.member())) {
                throw err(p + "/speakerRole", "membership \"" + s.speakerRole() + "\" is held by \"" + role.member()
                        + "\", who is not a speaker of this statement");
            }
        }
        List<Resource> speakerNodes = new ArrayList<>();
        for (int i = 0; i < s.speakers().size(); i++) {
            String id = s.speakers().get(i);
            String sp = p + "/speakers/" + i;
            Resource who;
            if (ARTICLE_ID.equals(id)) {
                who = article;
            } else {
                Declared d = ref(id, sp, "speaker", EnumSet.of(Kind.ENTITY));
                String et = ((Entity) d.value()).type();
                if (!AGENT_TYPES.contains(et)) {
                    throw err(sp, "speaker \"" + id + "\" is of type " + et + ", which cannot speak");
                }
                who = entity(id);
                speakers.add(id);
            }
            speakerNodes.add(who);
            st.addProperty(NG.speaker, who);
            Resource assoc = g.createResource(st.getURI() + "/association/" + i);
            assoc.addProperty(RDF.type, PROV.Association).addProperty(PROV.agent, who);
            st.addProperty(PROV.qualifiedAssociation, assoc);
            if (role != null && role.member().equals(id)) {
                assoc.addProperty(PROV.hadRole, NG.concept("position", role.role()))
                        .addProperty(NG.inCapacityOf, g.createResource(iris.membership(s.speakerRole())));
            }
            if (s.onBehalfOf() != null) {
                who.addProperty(PROV.actedOnBehalfOf, entityRef(s.onBehalfOf(), p + "/onBehalfOf", "onBehalfOf",
                        AGENT_TYPES));
            }
        }
        if (s.addressee() != null) {
            st.addProperty(NG.addressee, entityRef(s.addressee(), p + "/addressee", "addressee", AGENT_TYPES));
        }
        Resource quoteSpan = null;
        if (s.quote() != null) {
            quoteSpan = span(s.quote(), p + "/quote");
            st.addProperty(NG.quote, quoteSpan.getProperty(NIF.anchorOf).getString())
                    .addProperty(NG.quoteSpan, quoteSpan)
                    .addProperty(GAF.denotedBy, quoteSpan);
        } else if ("direct-quote".equals(type)) {
            throw err(p, "a direct quote needs \"quote\": the exact quoted words");
        }
        denotedBy(st, s.evidence(), p + "/evidence", quoteSpan == null, "a statement");
        for (int i = 0; i < s.about().size(); i++) {
            st.addProperty(SCHEMA.about, anyRef(s.about().get(i), p + "/about/" + i, "topic"));
        }
        comment(st, s.note());
        if ("declined-to-comment".equals(type) && !s.claims().isEmpty()) {
            throw err(p + "/claims", "a declined comment conveys no claim");
        }
        Set<String> seen = new HashSet<>();
        boolean denial = false;
        for (int i = 0; i < s.claims().size(); i++) {
            Conveyed c = s.claims().get(i);
            String cp = p + "/claims/" + i;
            ref(c.claim(), cp + "/claim", "claim", EnumSet.of(Kind.CLAIM));
            if (!seen.add(c.claim())) {
                throw err(cp + "/claim", "claim \"" + c.claim() + "\" is conveyed twice by this statement");
            }
            conveyedClaims.add(c.claim());
            Resource polarity = POLARITY.get(c.polarity() == null ? "positive" : c.polarity());
            if (polarity == null) {
                throw err(cp + "/polarity", "unknown polarity \"" + c.polarity() + "\" (known: positive, negative)");
            }
            Resource certainty = CERTAINTY.get(c.certainty() == null ? "certain" : c.certainty());
            if (certainty == null) {
                throw err(cp + "/certainty", "unknown certainty \"" + c.certainty()
                        + "\" (known: certain, probable, possible, underspecified)");
            }
            denial |= polarity.equals(GRASP.NEGATIVE);
            Resource mention;
            if (c.evidence() != null) {
                mention = span(c.evidence(), cp + "/evidence");
            } else if (quoteSpan != null) {
                mention = quoteSpan;
            } else {
                mention = span(s.evidence().get(0), p + "/evidence/0");
            }
            Resource claim = g.createResource(iris.claim(c.claim()));
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
        if (denial) {
            st.addProperty(RDF.type, NG.Denial);
        }
    }
}
