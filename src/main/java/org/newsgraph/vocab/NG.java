package org.newsgraph.vocab;

import static org.newsgraph.vocab.Vocab.p;
import static org.newsgraph.vocab.Vocab.r;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The newsgraph ontology's own terms, declared in {@code ontology/newsgraph.ttl}
 * (a test checks every constant here against that file).
 */
public final class NG {
    private NG() {
    }

    /** The ontology IRI; also the name of the named graph that holds the ontology. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";
    public static final String NS = ONTOLOGY + "#";
    /** Concepts of our SKOS schemes live under this, one path segment per scheme. */
    public static final String CONCEPTS = ONTOLOGY + "/";

    // Classes
    public static final Resource Source = r(NS, "Source");
    public static final Resource AnonymousSource = r(NS, "AnonymousSource");
    public static final Resource Group = r(NS, "Group");
    public static final Resource Statement = r(NS, "Statement");
    public static final Resource Denial = r(NS, "Denial");
    public static final Resource Claim = r(NS, "Claim");
    public static final Resource TemporalRelation = r(NS, "TemporalRelation");
    public static final Resource ArticleVoice = r(NS, "ArticleVoice");
    public static final Resource NonCorroboration = r(NS, "NonCorroboration");
    public static final Resource ClaimRelation = r(NS, "ClaimRelation");
    public static final Resource Proposition = r(NS, "Proposition");
    public static final Resource ImportedGraph = r(NS, "ImportedGraph");

    // Concept schemes
    public static final Resource EventTypes = r(NS, "EventTypes");
    public static final Resource ParticipantRoles = r(NS, "ParticipantRoles");
    public static final Resource Positions = r(NS, "Positions");
    public static final Resource SourceTypes = r(NS, "SourceTypes");
    public static final Resource StatementTypes = r(NS, "StatementTypes");
    public static final Resource Seniorities = r(NS, "Seniorities");
    public static final Resource AffiliationTypes = r(NS, "AffiliationTypes");
    public static final Resource DatePrecisions = r(NS, "DatePrecisions");

    // Sources
    public static final Property descriptor = p(NS, "descriptor");
    public static final Property seniority = p(NS, "seniority");
    public static final Property affiliationType = p(NS, "affiliationType");
    public static final Property affiliatedWith = p(NS, "affiliatedWith");
    public static final Property sourceCount = p(NS, "sourceCount");
    public static final Property plural = p(NS, "plural");
    public static final Property former = p(NS, "former");
    public static final Property anonymous = p(NS, "anonymous");
    public static final Property sourceType = p(NS, "sourceType");
    public static final Property namedThrough = p(NS, "namedThrough");
    public static final Property voiceOf = p(NS, "voiceOf");

    // Events, roles and time
    public static final Property participantRole = p(NS, "participantRole");
    public static final Property inCapacityOf = p(NS, "inCapacityOf");
    public static final Property datePrecision = p(NS, "datePrecision");
    public static final Property dateQualifier = p(NS, "dateQualifier");
    public static final Property dateBasis = p(NS, "dateBasis");
    public static final Property heldAtPublication = p(NS, "heldAtPublication");
    public static final Property publicationEvent = p(NS, "publicationEvent");
    public static final Property fromEvent = p(NS, "fromEvent");
    public static final Property toEvent = p(NS, "toEvent");
    public static final Property relation = p(NS, "relation");
    public static final Property qualifier = p(NS, "qualifier");
    public static final Property object = p(NS, "object");
    public static final Property participantsExclusive = p(NS, "participantsExclusive");
    public static final Property exclusivityStatedBy = p(NS, "exclusivityStatedBy");
    public static final Property approximate = p(NS, "approximate");
    public static final Property derivedFrom = p(NS, "derivedFrom");
    public static final Property timeOfDay = p(NS, "timeOfDay");

    // Statements and claims
    public static final Property statementType = p(NS, "statementType");
    public static final Property speaker = p(NS, "speaker");
    public static final Property addressee = p(NS, "addressee");
    public static final Property quote = p(NS, "quote");
    public static final Property quoteSpan = p(NS, "quoteSpan");
    public static final Property conveys = p(NS, "conveys");
    public static final Property attributedClaim = p(NS, "attributedClaim");
    public static final Property certainty = p(NS, "certainty");
    public static final Property polarity = p(NS, "polarity");
    public static final Property cue = p(NS, "cue");
    public static final Property occasion = p(NS, "occasion");
    public static final Property answers = p(NS, "answers");
    public static final Property corrects = p(NS, "corrects");
    public static final Property retracts = p(NS, "retracts");
    public static final Property onBehalfOf = p(NS, "onBehalfOf");
    public static final Property restates = p(NS, "restates");

    // The corpus register
    public static final Property accountOf = p(NS, "accountOf");
    public static final Property contradicts = p(NS, "contradicts");

    // Article text
    public static final Property sha256 = p(NS, "sha256");
    public static final Property externalFact = p(NS, "externalFact");
    public static final Property digestOf = p(NS, "digestOf");

    /** A concept of one of our SKOS schemes, e.g. {@code concept("event-type", "meeting")}. */
    public static Resource concept(String scheme, String id) {
        return r(CONCEPTS + scheme + "/", id);
    }
}
