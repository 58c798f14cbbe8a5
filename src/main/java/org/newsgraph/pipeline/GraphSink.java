package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.mapping.Corpus.NamedGraph;

/**
 * Where the pipeline sends the graphs it builds: each article's graphs as soon as the article is
 * mapped and checked (articles in folder order), then the graphs the corpus shares (ontology,
 * register, build record). Nothing of an article is kept after {@link #accept}.
 *
 * @param <P> what {@link #prepare} makes of an article's graphs
 */
public interface GraphSink<P> {

    /**
     * Work on one article's graphs that may run on a worker thread, several articles at once
     * (serialising them, for example). Must not touch state shared with other calls.
     */
    P prepare(List<NamedGraph> graphs);

    /** Takes what {@link #prepare} made, on one thread, in folder order. */
    void accept(P prepared);

    /**
     * An article built before and unchanged, whose graphs are not built again (on the thread of
     * {@link #accept}, in folder order with the others). Does nothing unless the sink can reuse
     * what it made of the article before.
     */
    default void reuse(ArticleEntry entry) {
    }

    /** A sink that keeps nothing (validation only). */
    static GraphSink<Void> none() {
        return new GraphSink<>() {
            @Override
            public Void prepare(List<NamedGraph> graphs) {
                return null;
            }

            @Override
            public void accept(Void prepared) {
            }
        };
    }
}
