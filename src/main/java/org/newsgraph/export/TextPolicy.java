package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.vocab.External.NIF;
import org.newsgraph.vocab.NG;

/**
 * How much of an article's text the published graph carries. An article's text belongs to its
 * publisher; the graph's annotations are ours. The policy is applied to a built (and validated)
 * dataset, at export and serve time, never inside the mapping:
 * <ul>
 * <li>{@link #FULL}: everything, the whole text included ({@code nif:isString}), for local research;</li>
 * <li>{@link #EXCERPTS}: the whole text is left out; the words of each span ({@code nif:anchorOf})
 *     and the quotations ({@code ng:quote}) stay: short excerpts, each tied to what it evidences;</li>
 * <li>{@link #NONE}: no words of the text at all: the spans keep their offsets
 *     ({@code nif:beginIndex}, {@code nif:endIndex}) and the context keeps the text's SHA-256
 *     ({@code ng:sha256}), so anyone holding the text can put the words back and check them.</li>
 * </ul>
 * Only texts published by others are affected: a digest written for the corpus
 * ({@code ng:digestOf}) is our own text and is always kept in full.
 */
public enum TextPolicy {
    FULL, EXCERPTS, NONE;

    /** The name on the command line: {@code full}, {@code excerpts}, {@code none}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return cliName();
    }

    /** The policy with this command-line name (case-insensitive). */
    public static TextPolicy fromCliName(String name) {
        for (TextPolicy p : values()) {
            if (p.cliName().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown text policy '" + name + "' (expected one of: full, excerpts, none)");
    }

    /** What the policy keeps of a publisher's text, in one sentence (for descriptions and READMEs). */
    public String describe() {
        return switch (this) {
            case FULL -> "The full text of every article is included (nif:isString).";
            case EXCERPTS -> "The full texts of articles published by others are left out; each annotated span"
                    + " keeps its words (nif:anchorOf) and quotations their words (ng:quote). Digests written for"
                    + " the corpus are included in full.";
            case NONE -> "No words of articles published by others are included: spans keep their character"
                    + " offsets and each text its SHA-256 (ng:sha256), enough to re-attach the words to a copy of"
                    + " the text. Digests written for the corpus are included in full.";
        };
    }

    /**
     * The dataset as the policy publishes it: for {@link #FULL} the dataset itself, otherwise a
     * copy (with the same prefixes) without the quads the policy leaves out.
     */
    public DatasetGraph apply(DatasetGraph dataset) {
        if (this == FULL) {
            return dataset;
        }
        Set<Node> contexts = publishersContexts(dataset);
        Set<Node> spans = new HashSet<>();
        if (this == NONE) {
            dataset.find(Node.ANY, Node.ANY, NIF.referenceContext.asNode(), Node.ANY).forEachRemaining(q -> {
                if (contexts.contains(q.getObject())) {
                    spans.add(q.getSubject());
                }
            });
        }
        Set<Node> quoting = new HashSet<>();
        if (this == NONE) {
            dataset.find(Node.ANY, Node.ANY, NG.quoteSpan.asNode(), Node.ANY).forEachRemaining(q -> {
                if (spans.contains(q.getObject())) {
                    quoting.add(q.getSubject());
                }
            });
        }
        DatasetGraph copy = DatasetGraphFactory.create();
        dataset.prefixes().forEach(copy.prefixes()::add);
        List<Quad> kept = new ArrayList<>();
        for (Quad q : Iter.toList(dataset.find())) {
            Node p = q.getPredicate();
            boolean drop = p.equals(NIF.isString.asNode()) && contexts.contains(q.getSubject())
                    || this == NONE && p.equals(NIF.anchorOf.asNode()) && spans.contains(q.getSubject())
                    || this == NONE && p.equals(NG.quote.asNode()) && quoting.contains(q.getSubject());
            if (!drop) {
                kept.add(q);
            }
        }
        kept.forEach(copy::add);
        // each graph keeps the prefixes it carries (they make the prefixes the copy is written with)
        copy.getDefaultGraph().getPrefixMapping().setNsPrefixes(dataset.getDefaultGraph().getPrefixMapping());
        for (Node name : Iter.toList(copy.listGraphNodes())) {
            copy.getGraph(name).getPrefixMapping().setNsPrefixes(dataset.getGraph(name).getPrefixMapping());
        }
        return copy;
    }

    /** The NIF contexts (whole texts) of articles that are not our own digests. */
    private static Set<Node> publishersContexts(DatasetGraph dataset) {
        Set<Node> digests = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, NG.digestOf.asNode(), Node.ANY)
                .forEachRemaining(q -> digests.add(q.getSubject()));
        Set<Node> contexts = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, NIF.sourceUrl.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!digests.contains(q.getObject())) {
                contexts.add(q.getSubject());
            }
        });
        return contexts;
    }
}
