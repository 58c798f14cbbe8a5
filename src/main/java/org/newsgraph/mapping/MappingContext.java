package org.newsgraph.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationReader.Located;
import org.newsgraph.annotation.Claim;
import org.newsgraph.annotation.CorpusEntity;
import org.newsgraph.annotation.Entity;
import org.newsgraph.annotation.Event;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.Membership;
import org.newsgraph.annotation.Statement;
import org.newsgraph.vocab.NG;

/**
 * What the mappers of one article share: the input, the graphs being built, the table of
 * declared local ids with the checks of references to them, and the small value helpers
 * (errors, concepts, dates, URLs, notes).
 */
final class MappingContext {

    /** What kind of thing a local id names. */
    enum Kind { ENTITY, MEMBERSHIP, EVENT, CLAIM, STATEMENT, ARTICLE }

    /** A declared local id: its kind, where it is declared, and the annotation part it names. */
    record Declared(Kind kind, String pointer, Object value) {
    }

    /** What a topic (schema:about) or an event's object (ng:object) may be: an entity, an event or a claim. */
    static final Set<Kind> TOPIC_KINDS = EnumSet.of(Kind.ENTITY, Kind.EVENT, Kind.CLAIM);

    /** The reserved id of the article itself. */
    static final String ARTICLE_ID = "article";
    /** The reserved id of the article's publication event. */
    static final String PUBLICATION_ID = "publication";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    final String slug;
    final Located src;
    final Annotation a;
    final ArticleText text;
    final Iris iris;
    /** The corpus register of the build (empty when there is none). */
    final Register register;
    final Model g = newModel();
    final Model links = newModel();
    final Map<String, Model> claimGraphs = new TreeMap<>();
    /** Ids of the entities that speak in some statement. */
    final Set<String> speakers = new HashSet<>();
    /** Ids of the claims that some statement conveys. */
    final Set<String> conveyedClaims = new HashSet<>();
    /** The register entities of the article's entities that have {@code corpus}, by local id. */
    private final Map<String, Register.Item<CorpusEntity>> corpusEntities = new HashMap<>();
    /** Other articles that statements restate: the pointer of each {@code restates} and the slug it names. */
    final Map<String, String> restated = new TreeMap<>();
    private final Map<String, Declared> ids = new HashMap<>();
    /** The article resource, set by {@link ArticleMetaMapper#mapArticle()}. */
    Resource article;
    /** The article's publication date (null when it has none), set by {@link ArticleMetaMapper#mapArticle()}. */
    LocalDate published;
    /** The publisher (null when none is given) and its name, set by {@link ArticleMetaMapper#mapPublicationEvent()}. */
    Resource publisher;
    String publisherName;
    /** The publication's time interval, set by {@link ArticleMetaMapper#mapPublicationEvent()}. */
    Resource publicationTime;

    MappingContext(String slug, Located src, ArticleText text, String base, Register register) {
        this.slug = slug;
        this.src = src;
        this.a = src.annotation();
        this.text = text;
        this.iris = new Iris(base, slug);
        this.register = register;
    }

    // ---------------------------------------------------------------- ids and references

    void declareIds() {
        declare(a.entities(), "/entities", Kind.ENTITY, Entity::id);
        declare(a.memberships(), "/memberships", Kind.MEMBERSHIP, Membership::id);
        declare(a.events(), "/events", Kind.EVENT, Event::id);
        declare(a.claims(), "/claims", Kind.CLAIM, Claim::id);
        declare(a.statements(), "/statements", Kind.STATEMENT, Statement::id);
        ids.put(ARTICLE_ID, new Declared(Kind.ARTICLE, "/article", a.article()));
        ids.put(PUBLICATION_ID, new Declared(Kind.EVENT, "/article/published", null));
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            if (e.corpus() != null) {
                corpusEntities.put(e.id(), register.entity(e.corpus(), this, "/entities/" + i + "/corpus"));
            }
        }
    }

    /** The register entity of an entity of the article, or null when it is not shared through the register. */
    Register.Item<CorpusEntity> corpusEntity(String id) {
        return corpusEntities.get(id);
    }

    /**
     * What an entity is called, for labels made from it (the article's voice): the register's name or
     * label for a register entity, else its name, label or descriptor.
     */
    String nameOf(String id) {
        Register.Item<CorpusEntity> shared = corpusEntities.get(id);
        if (shared != null) {
            return shared.value().name() != null ? shared.value().name() : Register.label(shared.value());
        }
        Entity e = (Entity) ids.get(id).value();
        return e.name() != null ? e.name() : e.label() != null ? e.label() : e.descriptor();
    }

    private <T> void declare(List<T> items, String section, Kind kind, Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            String p = section + "/" + i;
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

    /** The declaration of a declared id (no check). */
    Declared declared(String id) {
        return ids.get(id);
    }

    Declared ref(String id, String pointer, String what, Set<Kind> kinds) {
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
        if (PUBLICATION_ID.equals(id) && a.article() != null && a.article().published() == null) {
            throw err(pointer, what + " \"" + id + "\" does not exist: the article has no publication date");
        }
        return d;
    }

    /**
     * A reference to an entity whose type, or one of whose further types ({@code alsoTypes}), is one
     * of {@code types} (any type when null).
     */
    Resource entityRef(String id, String pointer, String what, Set<String> types) {
        Declared d = ref(id, pointer, what, EnumSet.of(Kind.ENTITY));
        Entity e = (Entity) d.value();
        if (e.type() == null) {
            // referred to before its own checks ran: the same message as there, at the entity
            throw err(d.pointer(), "missing \"type\"");
        }
        if (types != null && !EntityTypes.isOneOf(e, types)) {
            throw err(pointer, what + " \"" + id + "\" is of " + EntityTypes.describe(e) + "; expected one of "
                    + types.stream().sorted().toList());
        }
        return entity(id);
    }

    /** A reference to a node of one of {@code kinds}, checked once, as the resource it names. */
    Resource nodeRef(String id, String pointer, String what, Set<Kind> kinds) {
        Declared d = ref(id, pointer, what, kinds);
        return switch (d.kind()) {
            case ENTITY -> entity(id);
            case MEMBERSHIP -> g.createResource(iris.membership(id));
            case EVENT -> g.createResource(iris.event(id));
            case CLAIM -> g.createResource(iris.claim(id));
            case STATEMENT -> g.createResource(iris.statement(id));
            case ARTICLE -> article;
        };
    }

    /** A topic (schema:about of an event, claim or statement): an entity, an event or a claim. */
    Resource topic(String id, String pointer) {
        return nodeRef(id, pointer, "topic", TOPIC_KINDS);
    }

    /** The node of an entity: the register's IRI for a register entity, else its Wikidata or article IRI. */
    Resource entity(String id) {
        Register.Item<CorpusEntity> shared = corpusEntities.get(id);
        if (shared != null) {
            return g.createResource(shared.iri());
        }
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
        return String.join(" or ", kinds.stream().sorted().map(MappingContext::article).toList());
    }

    // ---------------------------------------------------------------- values

    Resource concept(String scheme, Resource schemeIri, String id, String pointer, String what) {
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
    static void comment(Resource r, String note) {
        if (note != null) {
            r.addProperty(RDFS.comment, note);
        }
    }

    InputError err(String pointer, String problem) {
        return src.error(pointer, problem);
    }

    /** The value, or an input error at {@code pointer} (built only then) when it is missing or blank. */
    String required(String value, String pointer, String problem) {
        if (value == null || value.isBlank()) {
            throw err(pointer, problem);
        }
        return value;
    }

    /** An absolute http(s) IRI given in the annotation (a URL). */
    Resource iri(String value, String pointer) {
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

    LocalDate date(String value, String pointer, boolean required) {
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

    /**
     * A model over Jena's default in-memory graph (terms compared as terms, as the store and the
     * output treat them), which adds triples faster than the model graph of
     * {@link ModelFactory#createDefaultModel()}.
     */
    static Model newModel() {
        return ModelFactory.createModelForGraph(GraphMemFactory.createDefaultGraphSameTerm());
    }
}
