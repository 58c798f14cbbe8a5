package org.newsgraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.export.ExternalSort;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.export.TrigBlocks;
import org.newsgraph.mapping.Corpus.NamedGraph;
import org.newsgraph.util.FileRange;
import org.newsgraph.util.TemporaryFileException;

/**
 * {@code export} one article at a time, for the formats whose bytes can be put together from
 * pieces: TriG (each graph's block, as {@link TrigBlocks} writes it, spilled to a temporary file,
 * then the blocks in the writer's order of graphs after the prefix header), N-Quads and
 * N-Triples (each piece's lines, sorted with bounded memory by an {@link ExternalSort}). The
 * text policy is applied to each article's graphs as {@link TextPolicy#apply} applies it to the
 * whole dataset (what it drops of an article is decided by that article's graphs alone), so the
 * bytes are those of {@link Exporter#write} on the policy's copy of the whole dataset.
 *
 * <p>The graphs must have no blank nodes (a built graph has none): the canonical labels of blank
 * nodes depend on the whole dataset.
 */
public final class ExportSink implements GraphSink<ExportSink.Piece>, AutoCloseable {

    /** What is made of one article (or of the shared graphs) on a worker thread. */
    public record Piece(List<Block> blocks, List<byte[]> lines, Map<String, String> datasetPrefixes) {
    }

    /** One graph's TriG block, with the prefixes its graph carries after the policy. */
    public record Block(Node name, byte[] bytes, Map<String, String> graphPrefixes) {
    }

    /** The formats written here. */
    public static boolean streams(Format format) {
        return format == Format.TRIG || format == Format.NQUADS || format == Format.NTRIPLES;
    }

    private final Format format;
    private final TextPolicy policy;
    private final TrigBlocks blocks;
    private final ExternalSort sort;
    private SpillFile spill;
    private long written;
    private final Map<Node, long[]> where = new HashMap<>();
    private final Map<Map<String, String>, String> graphPrefixes = new HashMap<>();
    private Map<String, String> datasetPrefixes;

    /**
     * A sink writing {@code format} of what {@code policy} publishes; for TriG, the blocks are
     * written with {@code prefixes} (see {@link #prefixes()} and {@link #finish}).
     */
    public ExportSink(Format format, TextPolicy policy, Map<String, String> prefixes) {
        this(format, policy, prefixes, ExternalSort.defaultBudget());
    }

    /** As {@link #ExportSink(Format, TextPolicy, Map)}, sorting lines in runs of about {@code sortBudget} bytes. */
    public ExportSink(Format format, TextPolicy policy, Map<String, String> prefixes, long sortBudget) {
        if (!streams(format)) {
            throw new IllegalArgumentException(format + " is not written piece by piece");
        }
        this.format = format;
        this.policy = policy;
        this.blocks = format == Format.TRIG ? new TrigBlocks(prefixes) : null;
        this.sort = format == Format.TRIG ? null : new ExternalSort(sortBudget);
        if (format == Format.TRIG) {
            spill = new SpillFile("newsgraph-export-", ".trig.part");
        }
    }

    /**
     * The graphs as the policy publishes them: a dataset of these graphs alone, through
     * {@link TextPolicy#apply}.
     */
    static DatasetGraph published(List<NamedGraph> graphs, TextPolicy policy) {
        DatasetGraph unit = DatasetGraphFactory.createGeneral();
        for (NamedGraph g : graphs) {
            unit.addGraph(NodeFactory.createURI(g.name()), g.graph());
        }
        return policy.apply(unit);
    }

    /** The prefixes of the policy's copy of these graphs, as {@link Exporter#prefixes} computes them. */
    public static Map<String, String> prefixesOf(List<NamedGraph> graphs, TextPolicy policy) {
        return Exporter.prefixes(published(graphs, policy));
    }

    @Override
    public Piece prepare(List<NamedGraph> graphs) {
        DatasetGraph pub = published(graphs, policy);
        List<Node> names = Iter.toList(pub.listGraphNodes());
        List<Block> bs = new ArrayList<>();
        List<byte[]> lines = List.of();
        for (Node name : names) {
            Graph g = pub.getGraph(name);
            g.find().forEachRemaining(t -> {
                if (blank(t)) {
                    throw blankNode(name);
                }
            });
            Map<String, String> gp = new TreeMap<>(g.getPrefixMapping().getNsPrefixMap());
            bs.add(new Block(name, format == Format.TRIG ? blocks.block(name, g) : null, gp));
        }
        if (format != Format.TRIG) {
            lines = sortedLines(pub, names, format);
        }
        return new Piece(bs, lines, new TreeMap<>(pub.prefixes().getMapping()));
    }

    /**
     * The lines Jena's N-Quads (or N-Triples) writer writes for these graphs of {@code pub}, sorted
     * (as {@link Exporter#write} sorts them); a graph with a blank node is refused.
     */
    static List<byte[]> sortedLines(DatasetGraph pub, List<Node> names, Format format) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(text, format.rdfFormat());
        w.start();
        for (Node name : names) {
            Graph g = pub.getGraph(name);
            g.find().forEachRemaining(t -> {
                if (blank(t)) {
                    throw blankNode(name);
                }
                if (format == Format.NQUADS) {
                    w.quad(Quad.create(name, t));
                } else {
                    w.triple(t);
                }
            });
        }
        w.finish();
        List<byte[]> lines = ExternalSort.lines(text.toByteArray());
        lines.sort(ExternalSort.ORDER);
        return lines;
    }

    static IllegalStateException blankNode(Node graph) {
        return new IllegalStateException("a blank node in " + graph.getURI()
                + ": a graph with blank nodes is exported whole, not article by article");
    }

    @Override
    public void accept(Piece piece) {
        if (datasetPrefixes == null) {
            datasetPrefixes = piece.datasetPrefixes();
        }
        for (Block b : piece.blocks()) {
            TrigFileSink.notePrefixes(graphPrefixes, b.graphPrefixes(), NodeFmtLib.strNT(b.name()));
            if (b.bytes() != null) {
                try {
                    spill.write(b.bytes());
                } catch (IOException e) {
                    throw new TemporaryFileException("cannot write the temporary file " + spill, e);
                }
                if (where.containsKey(b.name())) {
                    throw new IllegalStateException("two blocks for the graph " + b.name());
                }
                where.put(b.name(), new long[] {written, b.bytes().length});
                written += b.bytes().length;
            }
        }
        for (byte[] line : piece.lines()) {
            sort.add(line);
        }
    }

    /**
     * The prefixes of every graph taken, as {@link Exporter#prefixes} gives them for the whole
     * dataset: the dataset's own, then each graph's (in N-Triples order of the names).
     */
    public Map<String, String> prefixes() {
        Map<String, String> out = new TreeMap<>(datasetPrefixes == null ? Map.of() : datasetPrefixes);
        TrigFileSink.prefixesOf(graphPrefixes).forEach((prefix, ns) -> {
            if (!out.containsKey(prefix) && !out.containsValue(ns)) {
                out.put(prefix, ns);
            }
        });
        return out;
    }

    /**
     * Writes the output to {@code out}.
     *
     * @throws IllegalStateException when the TriG blocks were written with other prefixes than
     *     those of the graphs taken (the export is then run again with {@link #prefixes()})
     */
    public void finish(OutputStream out) throws IOException {
        if (format != Format.TRIG) {
            sort.writeTo(out);
            out.flush();
            return;
        }
        if (!prefixes().equals(blocks.prefixes())) {
            throw new IllegalStateException("the TriG blocks were written with other prefixes than the graphs'");
        }
        out.write(blocks.header());
        byte[] buffer = new byte[1 << 16];
        boolean first = true;
        try (FileChannel in = spill.read()) {
            for (Node name : TrigBlocks.order(where.keySet())) {
                if (!first) {
                    out.write(TrigBlocks.separator());
                }
                first = false;
                long[] loc = where.get(name);
                if (FileRange.copy(in, loc[0], loc[1], buffer, out, null) < loc[1]) {
                    throw new IOException("the temporary file " + spill + " ended early");
                }
            }
        }
        out.flush();
    }

    /** Removes the temporary files. */
    @Override
    public void close() {
        if (sort != null) {
            sort.close();
        }
        if (spill != null) {
            spill.close();
        }
    }

    private static boolean blank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }
}
