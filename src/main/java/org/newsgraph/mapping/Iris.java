package org.newsgraph.mapping;

/**
 * Deterministic IRIs: the same base, article slug and local id always give the same IRI.
 * The layout is documented in ontology/README.md.
 */
public record Iris(String base, String slug) {

    public static String graphOf(String base, String name) {
        return base + "graph/" + name;
    }

    public String article() {
        return base + "article/" + slug;
    }

    public String span(int begin, int end) {
        return article() + "#char=" + begin + "," + end;
    }

    public String articleGraph() {
        return graphOf(base, "article/" + slug);
    }

    /** The graph of the article's links to Wikidata (one per article that has any). */
    public String linksetGraph() {
        return graphOf(base, "linkset/" + slug);
    }

    public String entity(String id, String wikidata) {
        return wikidata != null ? base + "entity/" + wikidata : base + "entity/" + slug + "/" + id;
    }

    public String membership(String id) {
        return base + "membership/" + slug + "/" + id;
    }

    public String event(String id) {
        return base + "event/" + slug + "/" + id;
    }

    public String statement(String id) {
        return base + "statement/" + slug + "/" + id;
    }

    public String claim(String id) {
        return base + "claim/" + slug + "/" + id;
    }
}
