package org.newsgraph.vocab;

import static org.newsgraph.vocab.Vocab.p;
import static org.newsgraph.vocab.Vocab.r;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Terms of the standard vocabularies that the mapping uses and that Jena does not
 * ship constants for. GAF and GRaSP terms are also declared in our ontology (a test checks).
 */
public final class External {
    private External() {
    }

    /** Simple Event Model. */
    public static final class SEM {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Resource Event = r(NS, "Event");
        public static final Resource Actor = r(NS, "Actor");
        public static final Resource Place = r(NS, "Place");
        public static final Resource Time = r(NS, "Time");
        public static final Resource Role = r(NS, "Role");
        public static final Resource EventType = r(NS, "EventType");
        public static final Resource RoleType = r(NS, "RoleType");
        public static final Property hasActor = p(NS, "hasActor");
        public static final Property hasPlace = p(NS, "hasPlace");
        public static final Property hasTime = p(NS, "hasTime");
        public static final Property hasSubEvent = p(NS, "hasSubEvent");
        public static final Property eventType = p(NS, "eventType");
        public static final Property roleType = p(NS, "roleType");
        public static final Property hasEarliestBeginTimeStamp = p(NS, "hasEarliestBeginTimeStamp");
        public static final Property hasLatestEndTimeStamp = p(NS, "hasLatestEndTimeStamp");

        private SEM() {
        }
    }

    /** OWL-Time (2017). */
    public static final class TIME {
        public static final String NS = "http://www.w3.org/2006/time#";
        public static final Resource Interval = r(NS, "Interval");
        public static final Resource DateTimeDescription = r(NS, "DateTimeDescription");
        public static final Resource unitSecond = r(NS, "unitSecond");
        public static final Resource unitMinute = r(NS, "unitMinute");
        public static final Resource unitHour = r(NS, "unitHour");
        public static final Resource unitDay = r(NS, "unitDay");
        public static final Resource unitWeek = r(NS, "unitWeek");
        public static final Resource unitMonth = r(NS, "unitMonth");
        public static final Resource unitYear = r(NS, "unitYear");
        public static final Resource Duration = r(NS, "Duration");
        public static final Property hasDuration = p(NS, "hasDuration");
        public static final Property numericDuration = p(NS, "numericDuration");
        public static final Property hasDateTimeDescription = p(NS, "hasDateTimeDescription");
        public static final Property unitType = p(NS, "unitType");
        public static final Property year = p(NS, "year");
        public static final Property month = p(NS, "month");
        public static final Property day = p(NS, "day");
        public static final Property after = p(NS, "after");
        public static final Property before = p(NS, "before");
        public static final Property intervalDuring = p(NS, "intervalDuring");
        public static final Property intervalContains = p(NS, "intervalContains");
        public static final Property intervalOverlaps = p(NS, "intervalOverlaps");

        private TIME() {
        }
    }

    /** W3C Organization ontology. */
    public static final class ORG {
        public static final String NS = "http://www.w3.org/ns/org#";
        public static final Resource Membership = r(NS, "Membership");
        public static final Resource Organization = r(NS, "Organization");
        public static final Resource Role = r(NS, "Role");
        public static final Property member = p(NS, "member");
        public static final Property organization = p(NS, "organization");
        public static final Property role = p(NS, "role");
        public static final Property memberDuring = p(NS, "memberDuring");
        public static final Property subOrganizationOf = p(NS, "subOrganizationOf");

        private ORG() {
        }
    }

    /** Grounded Annotation Framework. */
    public static final class GAF {
        public static final String NS = "http://groundedannotationframework.org/gaf#";
        public static final Resource Mention = r(NS, "Mention");
        public static final Property denotedBy = p(NS, "denotedBy");

        private GAF() {
        }
    }

    /** GRaSP, with its factuality values. */
    public static final class GRASP {
        public static final String NS = "http://groundedannotationframework.org/grasp#";
        public static final String FACT = "http://groundedannotationframework.org/grasp/factuality#";
        public static final Resource Attribution = r(NS, "Attribution");
        public static final Property hasAttribution = p(NS, "hasAttribution");
        public static final Property wasAttributedTo = p(NS, "wasAttributedTo");
        public static final Resource CERTAIN = r(FACT, "CERTAIN");
        public static final Resource PROBABLE = r(FACT, "PROBABLE");
        public static final Resource POSSIBLE = r(FACT, "POSSIBLE");
        public static final Resource UNDERSPECIFIED = r(FACT, "UNDERSPECIFIED");
        public static final Resource POSITIVE = r(FACT, "POSITIVE");
        public static final Resource NEGATIVE = r(FACT, "NEGATIVE");

        private GRASP() {
        }
    }

    /** NIF 2.0 core. */
    public static final class NIF {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Resource Context = r(NS, "Context");
        public static final Resource String = r(NS, "String");
        public static final Resource RFC5147String = r(NS, "RFC5147String");
        public static final Property beginIndex = p(NS, "beginIndex");
        public static final Property endIndex = p(NS, "endIndex");
        public static final Property anchorOf = p(NS, "anchorOf");
        public static final Property isString = p(NS, "isString");
        public static final Property referenceContext = p(NS, "referenceContext");
        public static final Property sourceUrl = p(NS, "sourceUrl");
        public static final Property predLang = p(NS, "predLang");

        private NIF() {
        }
    }

    /** PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Agent = r(NS, "Agent");
        public static final Resource Activity = r(NS, "Activity");
        public static final Resource Entity = r(NS, "Entity");
        public static final Resource Association = r(NS, "Association");
        public static final Resource SoftwareAgent = r(NS, "SoftwareAgent");
        public static final Property agent = p(NS, "agent");
        public static final Property hadRole = p(NS, "hadRole");
        public static final Property qualifiedAssociation = p(NS, "qualifiedAssociation");
        public static final Property wasAssociatedWith = p(NS, "wasAssociatedWith");
        public static final Property wasGeneratedBy = p(NS, "wasGeneratedBy");
        public static final Property wasDerivedFrom = p(NS, "wasDerivedFrom");
        public static final Property wasAttributedTo = p(NS, "wasAttributedTo");
        public static final Property actedOnBehalfOf = p(NS, "actedOnBehalfOf");
        public static final Property used = p(NS, "used");
        public static final Property atLocation = p(NS, "atLocation");

        private PROV() {
        }
    }

    /** schema.org (https). */
    public static final class SCHEMA {
        public static final String NS = "https://schema.org/";
        public static final Resource NewsArticle = r(NS, "NewsArticle");
        public static final Resource Person = r(NS, "Person");
        public static final Resource Organization = r(NS, "Organization");
        public static final Resource GovernmentOrganization = r(NS, "GovernmentOrganization");
        public static final Resource Place = r(NS, "Place");
        public static final Resource Country = r(NS, "Country");
        public static final Resource CreativeWork = r(NS, "CreativeWork");
        public static final Property name = p(NS, "name");
        public static final Property alternateName = p(NS, "alternateName");
        public static final Property headline = p(NS, "headline");
        public static final Property publisher = p(NS, "publisher");
        public static final Property author = p(NS, "author");
        public static final Property datePublished = p(NS, "datePublished");
        public static final Property dateModified = p(NS, "dateModified");
        public static final Property inLanguage = p(NS, "inLanguage");
        public static final Property url = p(NS, "url");
        public static final Property genre = p(NS, "genre");
        public static final Property locationCreated = p(NS, "locationCreated");
        public static final Property about = p(NS, "about");
        public static final Property isBasedOn = p(NS, "isBasedOn");
        public static final Property description = p(NS, "description");
        public static final Property containedInPlace = p(NS, "containedInPlace");

        private SCHEMA() {
        }
    }

    /** VoID. */
    public static final class VOID {
        public static final String NS = "http://rdfs.org/ns/void#";
        public static final Resource Dataset = r(NS, "Dataset");
        public static final Resource Linkset = r(NS, "Linkset");
        public static final Property subset = p(NS, "subset");
        public static final Property triples = p(NS, "triples");

        private VOID() {
        }
    }

    /** Wikidata entities. */
    public static final String WD = "http://www.wikidata.org/entity/";
}
