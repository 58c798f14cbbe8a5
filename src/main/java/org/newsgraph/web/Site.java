package org.newsgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the IRIs we mint are served on this server. Data IRIs live under the published base
 * ({@code --base}, by default {@code https://w3id.org/newsgraph/id/}); the server answers
 * for them under {@code /id/}, so {@code BASE + "entity/Q7747"} is served at
 * {@code /id/entity/Q7747}. The ontology ({@value #ONTOLOGY}, its terms
 * {@code …/ontology#Term} and its SKOS concepts {@code …/ontology/event-type/meeting}) is served
 * under {@code /ontology}. Pages link with these local paths, so every link works offline
 * while the RDF keeps the published IRIs.
 */
public final class Site {

    /** The ontology's IRI; its namespace is this plus {@code #}, its SKOS schemes this plus {@code /…}. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";
    /** Local path of the data IRIs. */
    public static final String ID_PATH = "/id/";

    /** Prefixes for short names of IRIs (in this order of preference). */
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("ng", ONTOLOGY + "#");
        PREFIXES.put("evtype", ONTOLOGY + "/event-type/");
        PREFIXES.put("prole", ONTOLOGY + "/participant-role/");
        PREFIXES.put("position", ONTOLOGY + "/position/");
        PREFIXES.put("stmtype", ONTOLOGY + "/statement-type/");
        PREFIXES.put("dprec", ONTOLOGY + "/date-precision/");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("dcterms", "http://purl.org/dc/terms/");
        PREFIXES.put("schema", "https://schema.org/");
        PREFIXES.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        PREFIXES.put("time", "http://www.w3.org/2006/time#");
        PREFIXES.put("org", "http://www.w3.org/ns/org#");
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PREFIXES.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        PREFIXES.put("gaf", "http://groundedannotationframework.org/gaf#");
        PREFIXES.put("grasp", "http://groundedannotationframework.org/grasp#");
        PREFIXES.put("grf", "http://groundedannotationframework.org/grasp/factuality#");
        PREFIXES.put("void", "http://rdfs.org/ns/void#");
        PREFIXES.put("wd", "http://www.wikidata.org/entity/");
    }

    private final String base;

    /** {@code base}: the published base of the data IRIs (absolute, ending in {@code /}). */
    public Site(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /**
     * The local path that serves {@code iri}, or the IRI itself when it is not ours and an
     * {@code http:} or {@code https:} IRI; null for any other IRI ({@code javascript:…},
     * {@code data:…}, {@code urn:…}), which is shown as text, never as a link.
     */
    public String href(String iri) {
        if (iri.startsWith(base)) {
            String rest = iri.substring(base.length());
            int hash = rest.indexOf("#char=");
            if (rest.startsWith("article/") && hash > 0) {
                // a text span: shown in the article view
                return "/articles/" + rest.substring("article/".length(), hash) + rest.substring(hash);
            }
            return ID_PATH + rest;
        }
        if (iri.startsWith(ONTOLOGY)) {
            return "/ontology" + iri.substring(ONTOLOGY.length());
        }
        return Html.safeHref(iri) && !iri.startsWith("/") && !iri.startsWith("#") && !iri.startsWith("?") ? iri : null;
    }

    /** The data IRI served at {@code /id/REST}. */
    public String dataIri(String rest) {
        return base + rest;
    }

    /** True when the IRI is one we mint (data or ontology). */
    public boolean ours(String iri) {
        return iri.startsWith(base) || iri.startsWith(ONTOLOGY);
    }

    /** {@code prefix:local} when a prefix fits, {@code id:…} for data IRIs, else the IRI. */
    public String shortName(String iri) {
        if (iri.startsWith(base)) {
            return "id:" + iri.substring(base.length());
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    /** The last part of an IRI made readable: {@code hasEarliestBeginTimeStamp} → "has earliest begin time stamp". */
    public static String readable(String iri) {
        int cut = Math.max(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')), iri.lastIndexOf(':'));
        String local = iri.substring(cut + 1);
        if (local.isEmpty()) {
            return iri;
        }
        String spaced = local.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ');
        // a property (lower-case first letter) reads in lower case: "has earliest begin time stamp"
        return Character.isLowerCase(local.charAt(0)) ? spaced.toLowerCase(java.util.Locale.ROOT) : spaced;
    }
}
