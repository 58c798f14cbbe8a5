package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.ANONYMOUS_GROUP;
import static org.newsgraph.mapping.EntityTypes.ENTITY_TYPES;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotation.CorpusClaim;
import org.newsgraph.annotation.CorpusEntity;
import org.newsgraph.annotation.CorpusEvent;
import org.newsgraph.annotation.CorpusReader;
import org.newsgraph.annotation.InputError;
import org.newsgraph.vocab.External;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.NG;

/**
 * The corpus register of a build: the entities, events and propositions that articles share
 * (read from {@code <data>/corpus/*.json}), checked, with their IRIs and the register graph
 * {@code <base>graph/corpus} that holds their types, labels, names and links. An article refers
 * to a register item by {@code "corpus": "<id>"}; {@link #entity}, {@link #event} and
 * {@link #claim} look it up.
 */
final class Register {

    /** A register item: its value, the file it is in and its JSON pointer there, and its IRI. */
    record Item<T>(T value, CorpusReader.Located file, String pointer, String iri) {

        /** Where the item is, for messages: {@code data/corpus/register.json}. */
        Path path() {
            return file.file();
        }
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final String base;
    private final Path folder;
    private final Map<String, Item<CorpusEntity>> entities = new LinkedHashMap<>();
    private final Map<String, Item<CorpusEvent>> events = new LinkedHashMap<>();
    private final Map<String, Item<CorpusClaim>> claims = new LinkedHashMap<>();
    /** Register entities by their Wikidata item. */
    private final Map<String, Item<CorpusEntity>> byQid = new HashMap<>();
    private final Model graph = ModelFactory.createDefaultModel();

    private Register(String base, Path folder) {
        this.base = base;
        this.folder = folder;
    }

    /** The register of {@code dataDir} (empty without a {@code corpus/} folder), read and checked. */
    static Register read(Path dataDir, String base) {
        Register r = new Register(base, CorpusReader.folder(dataDir));
        List<CorpusReader.Located> files = CorpusReader.readAll(dataDir);
        for (CorpusReader.Located f : files) {
            r.declare(f, f.corpus().entities(), "/entities", "entity", CorpusEntity::id, r.entities,
                    (e) -> entityIri(base, e));
            r.declare(f, f.corpus().events(), "/events", "event", CorpusEvent::id, r.events,
                    (e) -> base + "event/corpus/" + e.id());
            r.declare(f, f.corpus().claims(), "/claims", "claim", CorpusClaim::id, r.claims,
                    (c) -> base + "claim/corpus/" + c.id());
        }
        r.entities.values().forEach(r::mapEntity);
        r.events.values().forEach(r::mapEvent);
        r.claims.values().forEach(r::mapClaim);
        return r;
    }

    /** The IRI of a register entity: its Wikidata item's when it has one, else {@code entity/corpus/<id>}. */
    private static String entityIri(String base, CorpusEntity e) {
        return e.wikidata() != null && QID.matcher(e.wikidata()).matches() ? base + "entity/" + e.wikidata()
                : base + "entity/corpus/" + e.id();
    }

    private <T> void declare(CorpusReader.Located f, List<T> items, String section, String kind,
                             Function<T, String> idOf, Map<String, Item<T>> into, Function<T, String> iri) {
        for (int i = 0; i < items.size(); i++) {
            String p = section + "/" + i;
            String id = idOf.apply(items.get(i));
            if (id == null) {
                throw f.error(p, "missing \"id\"");
            }
            if (!ID.matcher(id).matches()) {
                throw f.error(p + "/id", "id \"" + id + "\" may use only letters, digits, '.', '_' and '-'");
            }
            Item<T> before = into.get(id);
            if (before != null) {
                throw f.error(p + "/id", "corpus " + kind + " id \"" + id + "\" is used twice: also at "
                        + before.file().error(before.pointer() + "/id", "").where());
            }
            into.put(id, new Item<>(items.get(i), f, p, iri.apply(items.get(i))));
        }
    }

    // ---------------------------------------------------------------- the register graph

    private Resource node(Item<?> item) {
        return graph.createResource(item.iri())
                .addProperty(RDFS.isDefinedBy, graph.createResource(graphName()));
    }

    private void mapEntity(Item<CorpusEntity> item) {
        CorpusEntity e = item.value();
        CorpusReader.Located f = item.file();
        String p = item.pointer();
        if (e.type() == null) {
            throw f.error(p, "missing \"type\"");
        }
        List<Resource> classes = ENTITY_TYPES.get(e.type());
        if (classes == null) {
            throw f.error(p + "/type", "unknown entity type \"" + e.type() + "\" (known: "
                    + String.join(", ", ENTITY_TYPES.keySet()) + ")");
        }
        boolean anonymous = "anonymousSource".equals(e.type());
        if (anonymous) {
            if (e.descriptor() == null || e.descriptor().isBlank()) {
                throw f.error(p, "an anonymous source needs a \"descriptor\" (the words the outlets use)");
            }
            if (e.name() != null) {
                throw f.error(p + "/name", "an anonymous source has no name");
            }
            if (!e.alternativeNames().isEmpty()) {
                throw f.error(p + "/alternativeNames", "an anonymous source has no names");
            }
        } else {
            if (e.name() == null && e.label() == null) {
                throw f.error(p, "a corpus entity needs a \"name\" or, when it has none, a \"label\"");
            }
            if (e.descriptor() != null) {
                throw f.error(p + "/descriptor", "only an anonymous source has a descriptor in the register (the"
                        + " articles keep their own descriptors)");
            }
            if (e.plural() != null) {
                throw f.error(p + "/plural", "only an anonymous source may be plural");
            }
        }
        for (String field : new String[] {"name", "label", "descriptor"}) {
            String v = field.equals("name") ? e.name() : field.equals("label") ? e.label() : e.descriptor();
            if (v != null && v.isBlank()) {
                throw f.error(p + "/" + field, "\"" + field + "\" must not be empty");
            }
        }
        for (int i = 0; i < e.alternativeNames().size(); i++) {
            String alt = e.alternativeNames().get(i);
            if (alt.isBlank() || alt.equals(e.name()) || e.alternativeNames().subList(0, i).contains(alt)) {
                throw f.error(p + "/alternativeNames/" + i, "alternative name \"" + alt + "\" is empty, the name"
                        + " itself or given twice");
            }
        }
        for (int i = 0; i < e.alsoTypes().size(); i++) {
            String problem = EntityTypes.alsoTypeProblem(e.type(), e.alsoTypes(), i);
            if (problem != null) {
                throw f.error(p + "/alsoTypes/" + i, problem);
            }
        }
        Resource r = node(item);
        if (e.wikidata() != null) {
            if (!QID.matcher(e.wikidata()).matches()) {
                throw f.error(p + "/wikidata", "\"" + e.wikidata() + "\" is not a Wikidata item id (Q followed by"
                        + " digits)");
            }
            Item<CorpusEntity> other = byQid.putIfAbsent(e.wikidata(), item);
            if (other != null) {
                throw f.error(p + "/wikidata", e.wikidata() + " is also corpus entity \"" + other.value().id()
                        + "\" (" + other.file().error(other.pointer() + "/wikidata", "").where()
                        + "): one entity, one register entry");
            }
            r.addProperty(SKOS.exactMatch, graph.createResource(External.WD + e.wikidata()));
        }
        boolean group = anonymous && Boolean.TRUE.equals(e.plural());
        for (Resource c : group ? ANONYMOUS_GROUP : classes) {
            r.addProperty(RDF.type, c);
        }
        for (String t : e.alsoTypes()) {
            ENTITY_TYPES.get(t).forEach(c -> r.addProperty(RDF.type, c));
        }
        r.addProperty(RDFS.label, label(e));
        if (e.name() != null) {
            r.addProperty(SCHEMA.name, e.name());
        }
        e.alternativeNames().forEach(alt -> r.addProperty(SCHEMA.alternateName, alt));
        if (anonymous) {
            r.addProperty(NG.descriptor, e.descriptor())
                    .addLiteral(NG.anonymous, true)
                    .addProperty(NG.sourceType, NG.concept("source-type", group ? "anonymous-group"
                            : "anonymous-individual"));
            if (e.plural() != null) {
                r.addLiteral(NG.plural, e.plural().booleanValue());
            }
        }
        MappingContext.comment(r, e.note());
    }

    private void mapEvent(Item<CorpusEvent> item) {
        CorpusEvent e = item.value();
        CorpusReader.Located f = item.file();
        String p = item.pointer();
        if (e.type() == null) {
            throw f.error(p, "missing \"type\"");
        }
        if (!OntologyFiles.isConcept("event-type", e.type(), NG.EventTypes)) {
            throw f.error(p + "/type", "unknown event type \"" + e.type() + "\" (known: "
                    + OntologyFiles.known("event-type", NG.EventTypes) + "; a new one is added to ontology/schemes.ttl)");
        }
        Resource r = node(item);
        r.addProperty(RDF.type, SEM.Event)
                .addProperty(SEM.eventType, NG.concept("event-type", e.type()))
                .addProperty(RDFS.label, required(f, e.label(), p, "missing \"label\""));
        MappingContext.comment(r, e.note());
    }

    private void mapClaim(Item<CorpusClaim> item) {
        CorpusClaim c = item.value();
        CorpusReader.Located f = item.file();
        String p = item.pointer();
        Resource r = node(item);
        r.addProperty(RDF.type, NG.Proposition)
                .addProperty(RDFS.label, required(f, c.label(), p, "missing \"label\" (the proposition in plain"
                        + " words)"));
        for (int i = 0; i < c.contradicts().size(); i++) {
            String other = c.contradicts().get(i);
            String cp = p + "/contradicts/" + i;
            Item<CorpusClaim> o = claims.get(other);
            if (o == null) {
                throw f.error(cp, "no corpus claim has the id \"" + other + "\"");
            }
            if (other.equals(c.id())) {
                throw f.error(cp, "a claim does not contradict itself");
            }
            Resource otherNode = graph.createResource(o.iri());
            r.addProperty(NG.contradicts, otherNode);
            otherNode.addProperty(NG.contradicts, r);
        }
        MappingContext.comment(r, c.note());
    }

    private static String required(CorpusReader.Located f, String value, String pointer, String problem) {
        if (value == null || value.isBlank()) {
            throw f.error(pointer, problem);
        }
        return value;
    }

    // ---------------------------------------------------------------- look-ups

    /** The rdfs:label of a register entity: its label, else its name, else (anonymous source) its descriptor. */
    static String label(CorpusEntity e) {
        return e.label() != null ? e.label() : e.name() != null ? e.name() : e.descriptor();
    }

    /** The name of the register graph, {@code <base>graph/corpus}. */
    String graphName() {
        return Iris.graphOf(base, "corpus");
    }

    /** The register graph (empty when the register is). */
    Model graph() {
        return graph;
    }

    boolean isEmpty() {
        return entities.isEmpty() && events.isEmpty() && claims.isEmpty();
    }

    /** The register entity with a Wikidata item, or null. */
    Item<CorpusEntity> entityByQid(String qid) {
        return byQid.get(qid);
    }

    /**
     * The register entity {@code id}, referred to at {@code pointer} of an article.
     *
     * @throws InputError (through {@code ctx}) when there is none
     */
    Item<CorpusEntity> entity(String id, MappingContext ctx, String pointer) {
        return find(entities, id, "entity", ctx, pointer);
    }

    Item<CorpusEvent> event(String id, MappingContext ctx, String pointer) {
        return find(events, id, "event", ctx, pointer);
    }

    Item<CorpusClaim> claim(String id, MappingContext ctx, String pointer) {
        return find(claims, id, "claim", ctx, pointer);
    }

    private <T> Item<T> find(Map<String, Item<T>> items, String id, String kind, MappingContext ctx, String pointer) {
        Item<T> item = items.get(id);
        if (item == null) {
            throw ctx.err(pointer, "no corpus " + kind + " \"" + id + "\": add it to the register in " + folder
                    + "/");
        }
        return item;
    }
}
