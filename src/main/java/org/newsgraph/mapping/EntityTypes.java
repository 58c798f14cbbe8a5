package org.newsgraph.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
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

    /** Types that can act: author, speak, be spoken to, hold a position. */
    static final Set<String> AGENT_TYPES = Set.of("person", "organization", "government", "country", "group",
            "anonymousSource");
    static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "government", "country", "group");
    static final Set<String> PLACE_TYPES = Set.of("place", "country");

    private EntityTypes() {
    }
}
