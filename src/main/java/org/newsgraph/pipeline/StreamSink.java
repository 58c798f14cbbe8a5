package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.mapping.Corpus.NamedGraph;

/**
 * Sends each graph's quads to a {@link StreamRDF} as it is built (a TDB2 loader, for example),
 * then, on {@link #finish}, the dataset's prefixes as the export computes them. With a text
 * policy, what is sent of an article is the policy's copy of its graphs (as {@code export}
 * publishes them: the policy applied to each article's graphs alone).
 */
public final class StreamSink implements GraphSink<StreamSink.Unit> {

    /** What is sent of one article: the quads (the policy's copy of its graphs) and the prefixes its graphs carry. */
    public record Unit(List<Quad> quads, Map<Map<String, String>, String> prefixes) {
    }

    private final StreamRDF out;
    private final TextPolicy policy;
    private final Map<Map<String, String>, String> graphPrefixes = new HashMap<>();

    /** A sink that sends the graphs as they are built (the text policy {@code full}). */
    public StreamSink(StreamRDF out) {
        this(out, TextPolicy.FULL);
    }

    /** A sink that sends the text policy's copy of the graphs (with the prefixes of the graphs built). */
    public StreamSink(StreamRDF out, TextPolicy policy) {
        this.out = out;
        this.policy = policy;
    }

    @Override
    public Unit prepare(List<NamedGraph> graphs) {
        List<Quad> quads = new ArrayList<>();
        if (policy == TextPolicy.FULL) {
            for (NamedGraph g : graphs) {
                Node name = NodeFactory.createURI(g.name());
                g.graph().find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
            }
        } else {
            ExportSink.published(graphs, policy).find().forEachRemaining(quads::add);
        }
        Map<Map<String, String>, String> prefixes = new HashMap<>();
        for (NamedGraph g : graphs) {
            TrigFileSink.notePrefixes(prefixes, new TreeMap<>(g.graph().getPrefixMapping().getNsPrefixMap()),
                    NodeFmtLib.strNT(NodeFactory.createURI(g.name())));
        }
        return new Unit(quads, prefixes);
    }

    @Override
    public void accept(Unit unit) {
        unit.quads().forEach(out::quad);
        unit.prefixes().forEach((map, first) -> TrigFileSink.notePrefixes(graphPrefixes, map, first));
    }

    /** An unchanged article whose graphs are in the store already: its prefixes count as sent. */
    @Override
    public void reuse(ArticleEntry entry) {
        for (ArticleEntry.PrefixUse use : entry.prefixes()) {
            TrigFileSink.notePrefixes(graphPrefixes, new TreeMap<>(use.map()), use.first());
        }
    }

    /** Sends the prefixes of every graph sent (or reused). */
    public void finish() {
        TrigFileSink.prefixesOf(graphPrefixes).forEach(out::prefix);
    }
}
