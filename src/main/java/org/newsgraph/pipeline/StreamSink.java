package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.mapping.Corpus.NamedGraph;

/**
 * Sends each graph's quads to a {@link StreamRDF} as it is built (a TDB2 loader, for example),
 * then, on {@link #finish}, the dataset's prefixes as the export computes them.
 */
public final class StreamSink implements GraphSink<List<NamedGraph>> {

    private final StreamRDF out;
    private final Map<Map<String, String>, String> graphPrefixes = new HashMap<>();

    public StreamSink(StreamRDF out) {
        this.out = out;
    }

    @Override
    public List<NamedGraph> prepare(List<NamedGraph> graphs) {
        return graphs;
    }

    @Override
    public void accept(List<NamedGraph> graphs) {
        for (NamedGraph g : graphs) {
            Node name = NodeFactory.createURI(g.name());
            g.graph().find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
            graphPrefixes.merge(new TreeMap<>(g.graph().getPrefixMapping().getNsPrefixMap()), NodeFmtLib.strNT(name),
                    (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
    }

    /** An unchanged article whose graphs are in the store already: its prefixes count as sent. */
    @Override
    public void reuse(ArticleEntry entry) {
        for (ArticleEntry.PrefixUse use : entry.prefixes()) {
            graphPrefixes.merge(new TreeMap<>(use.map()), use.first(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
    }

    /** Sends the prefixes of every graph sent (or reused). */
    public void finish() {
        TrigFileSink.prefixesOf(graphPrefixes).forEach(out::prefix);
    }
}
