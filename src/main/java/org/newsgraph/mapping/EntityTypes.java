package org.newsgraph.mapping;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.annotation.Entity;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.NG;

/** The entity types of the annotation: their RDF classes, and which of them may fill which places. */
final class EntityTypes {

    /** Entity type name to its RDF classes. */
    static final Map<String, List<Resource>> ENTITY_TYPES = new LinkedHashMap<>();

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

    /** The classes of an anonymous source that covers several people: a group, not a person. */
    static final List<Resource> ANONYMOUS_GROUP = List.of(NG.AnonymousSource, NG.Group, SEM.Actor, PROV.Agent);

    /** Types that can act: author, speak, be spoken to, hold a position. */
    static final Set<String> AGENT_TYPES = Set.of("person", "organization", "government", "country", "group",
            "anonymousSource");
    static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "government", "country", "group");
    static final Set<String> PLACE_TYPES = Set.of("place", "country");
    /** Organisations proper: what can be part of another organisation (org:subOrganizationOf). */
    static final Set<String> ORGANIZATION_PROPER_TYPES = Set.of("organization", "government");
    /** Types that can name another entity through their words (ng:namedThrough). */
    static final Set<String> NAMING_TYPES = Set.of("organization", "government", "country");
    /** Organisation-like types whose speakers are organisations as sources (source type organization). */
    static final Set<String> SPEAKING_ORGANIZATION_TYPES = Set.of("organization", "government", "country");
    /** The further types an entity may also have ({@code alsoTypes}). */
    static final Set<String> ALSO_TYPES = Set.of("place", "organization", "government", "country");

    private EntityTypes() {
    }

    /** The entity's type and its further types ({@code alsoTypes}), in order. */
    static Set<String> typesOf(Entity e) {
        Set<String> types = new LinkedHashSet<>();
        if (e.type() != null) {
            types.add(e.type());
        }
        e.alsoTypes().stream().filter(java.util.Objects::nonNull).forEach(types::add);
        return types;
    }

    /**
     * The source type (a concept id of ng:SourceTypes) of an entity that speaks, anonymous sources
     * apart (they are typed when mapped): a person named or not ({@code named}: the entity, or its
 * register entry, has a name), a group ("intelligence officials"),
     * or an organisation, government or country, by the entity's type or one of its further types.
     */
    static String sourceType(Entity e, boolean named) {
        if ("person".equals(e.type())) {
            return named ? "named-person" : "unnamed-person";
        }
        if ("group".equals(e.type())) {
            return "group";
        }
        if (isOneOf(e, SPEAKING_ORGANIZATION_TYPES)) {
            return "organization";
        }
        throw new IllegalStateException("entity \"" + e.id() + "\" of type " + e.type() + " is no source");
    }

    /** The entity's types in words, for messages: "type place" or "type place (also organization)". */
    static String describe(Entity e) {
        return "type " + e.type() + (e.alsoTypes().isEmpty() ? "" : " (also " + String.join(", ", e.alsoTypes()) + ")");
    }

    /**
     * What is wrong with the further type at {@code index} of {@code alsoTypes} for an entity of
     * {@code type}, or null: it must be known, not the entity's own type, and not given twice.
     */
    static String alsoTypeProblem(String type, List<String> alsoTypes, int index) {
        String t = alsoTypes.get(index);
        if (t == null || !ALSO_TYPES.contains(t)) {
            return "unknown further type \"" + t + "\" (known: " + String.join(", ", ALSO_TYPES.stream().sorted().toList())
                    + ")";
        }
        if (t.equals(type)) {
            return "\"" + t + "\" is the entity's own type, not a further one";
        }
        if (alsoTypes.subList(0, index).contains(t)) {
            return "further type \"" + t + "\" is given twice";
        }
        return null;
    }

    /** Whether {@code type} is {@code own} or one of {@code also}. */
    static boolean isOneOf(String type, String own, List<String> also) {
        return type.equals(own) || also.contains(type);
    }

    /** Whether one of the entity's types (its own or one of {@code alsoTypes}) is among {@code allowed}. */
    static boolean isOneOf(Entity e, Set<String> allowed) {
        return typesOf(e).stream().anyMatch(allowed::contains);
    }
}
