package org.newsgraph.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the corpus needs to know of one built article without its graphs: enough to run the
 * checks across articles, write its part of the build record, replace its graphs and compute the
 * dataset's prefixes. Kept by the store (its record) and by the TriG block index, next to the
 * digest of the article's folder it was built from, so an unchanged article need not be mapped
 * again. Serialised as one line of JSON.
 *
 * @param slug the article's folder name
 * @param fingerprint the digest of the article's folder it was built from
 * @param article the article's IRI
 * @param articleGraph the name of its article graph
 * @param sha256 the SHA-256 of its text
 * @param linksetGraph the name of its linkset graph, or null
 * @param graphs the names of all its graphs: article graph, claim graphs, linkset
 * @param prefixes each distinct prefix map of its graphs, with the first graph name (N-Triples) carrying it
 * @param restated the other articles its statements restate: slug by the pointer of each {@code restates}
 * @param qids the entities it shares by a Wikidata item alone (no register entry)
 * @param quads how many quads its graphs hold
 * @param typed the news articles its graphs type
 */
public record ArticleEntry(String slug, String fingerprint, String article, String articleGraph, String sha256,
        String linksetGraph, List<String> graphs, List<PrefixUse> prefixes, Map<String, String> restated,
        List<Qid> qids, long quads, List<String> typed) {

    /** A prefix map and the first graph name, in N-Triples form, whose graph carries it. */
    public record PrefixUse(Map<String, String> map, String first) {
        public PrefixUse {
            map = new TreeMap<>(map);
        }
    }

    /** An entity shared by its Wikidata item: its index under {@code /entities}, its name and label. */
    public record Qid(int entity, String wikidata, String name, String label) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ArticleEntry {
        graphs = List.copyOf(graphs);
        prefixes = List.copyOf(prefixes);
        restated = new TreeMap<>(restated);
        qids = List.copyOf(qids);
        typed = List.copyOf(typed);
    }

    /** The entry as one line of JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an article entry: " + e.getMessage(), e);
        }
    }

    /** The entry written by {@link #toJson}, or null when {@code json} is not one. */
    public static ArticleEntry fromJson(String json) {
        try {
            ArticleEntry e = JSON.readValue(json, ArticleEntry.class);
            return e.slug() == null || e.fingerprint() == null || e.article() == null || e.articleGraph() == null
                    ? null : e;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
