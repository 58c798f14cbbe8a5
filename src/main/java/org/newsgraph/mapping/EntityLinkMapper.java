package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.NAMING_TYPES;
import static org.newsgraph.mapping.EntityTypes.ORGANIZATION_PROPER_TYPES;
import static org.newsgraph.mapping.EntityTypes.PLACE_TYPES;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.annotation.Entity;
import org.newsgraph.mapping.MappingContext.Declared;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.NG;

/**
 * Maps the links of an entity to other entities: the place it lies in, the organisation it is
 * part of, the entity it is named through, the document it is derived from.
 */
final class EntityLinkMapper {

    /**
     * One kind of link: its field, the types allowed on the entity that has it (the subject) and on the
     * entity it names (the object), the property, and how to name both ends.
     */
    private record Link(String field, Function<Entity, String> target, Set<String> subjectTypes,
                        Set<String> objectTypes, String subject, String object, Property property) {
    }

    private static final Link CONTAINED_IN = new Link("containedIn", Entity::containedIn, PLACE_TYPES, PLACE_TYPES,
            "a place (type place or country, or alsoTypes place)", "containing place", SCHEMA.containedInPlace);
    private static final Link PART_OF = new Link("partOf", Entity::partOf, ORGANIZATION_PROPER_TYPES,
            ORGANIZATION_PROPER_TYPES, "an organisation (type organization or government)", "parent organisation",
            ORG.subOrganizationOf);
    private static final Link NAMED_THROUGH = new Link("namedThrough", Entity::namedThrough,
            ORGANIZATION_PROPER_TYPES, NAMING_TYPES, "an organisation (type organization or government)",
            "naming entity", NG.namedThrough);
    private static final Link DERIVED_FROM = new Link("derivedFrom", Entity::derivedFrom, Set.of("document"),
            Set.of("document"), "a document", "source document", PROV.wasDerivedFrom);

    private final MappingContext ctx;

    EntityLinkMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    void map(Entity e, Resource r, String p) {
        link(e, r, p, CONTAINED_IN, true);
        link(e, r, p, PART_OF, true);
        link(e, r, p, NAMED_THROUGH, false);
        link(e, r, p, DERIVED_FROM, true);
    }

    private void link(Entity e, Resource r, String p, Link link, boolean chain) {
        String target = link.target().apply(e);
        if (target == null) {
            return;
        }
        String lp = p + "/" + link.field();
        if (!EntityTypes.isOneOf(e, link.subjectTypes())) {
            throw ctx.err(lp, "\"" + link.field() + "\" goes only on " + link.subject() + "; \"" + e.id()
                    + "\" is of " + EntityTypes.describe(e));
        }
        Resource other = ctx.entityRef(target, lp, link.object(), link.objectTypes());
        if (target.equals(e.id())) {
            throw ctx.err(lp, "an entity cannot be linked to itself by \"" + link.field() + "\"");
        }
        if (chain) {
            noCircle(e, lp, link);
        }
        r.addProperty(link.property(), other);
    }

    /** Following the same link from the target must not lead back to the entity. */
    private void noCircle(Entity e, String lp, Link link) {
        Set<String> seen = new HashSet<>();
        String next = link.target().apply(e);
        while (next != null && seen.add(next)) {
            if (next.equals(e.id())) {
                throw ctx.err(lp, "\"" + link.field() + "\" goes round in a circle back to \"" + e.id() + "\"");
            }
            Declared d = ctx.declared(next);
            next = d != null && d.kind() == Kind.ENTITY ? link.target().apply((Entity) d.value()) : null;
        }
    }
}
