package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.TrigBlocks;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.mapping.Corpus.NamedGraph;
import org.newsgraph.util.FileRange;
import org.newsgraph.util.Sha256;
import org.newsgraph.util.TemporaryFileException;

/**
 * Writes the build as TriG, the same bytes as {@code Exporter.writeFile(dataset, TRIG, file)}
 * gives for the whole dataset, holding one article at a time: each graph's block is written as
 * soon as it is built to a temporary spill file; at the end the blocks are copied, in the
 * writer's order of graphs, after the prefix header into a temporary file that is then moved
 * over the target (nothing is written to the target when the build fails).
 *
 * <p>The blocks are written with prefixes known before the first article (those of the
 * ontology and the register, which cover what the articles use); should the articles' graphs
 * bring a prefix that changes the dataset's prefixes, {@link #finish} says so and the build is
 * run again with the complete prefixes.
 */
public final class TrigFileSink implements GraphSink<List<TrigFileSink.Block>>, AutoCloseable {

    /** One graph's block, with the prefixes its graph carries. */
    public record Block(Node name, byte[] bytes, Map<String, String> graphPrefixes) {
    }

    private final Path target;
    private final TrigBlocks blocks;
    private final SpillFile spill;
    private long written;
    /** Where each graph's block is: in the spill file, or in the previous output (with its SHA-256). */
    private final Map<Node, Loc> where = new HashMap<>();
    private final BlockIndex previous;
    private final Map<String, BlockIndex.Block> blocksWritten = new HashMap<>();
    private BlockIndex.Block headerWritten;
    /** Each distinct prefix map of a graph, with the first graph name (N-Triples order) that carries it. */
    private final Map<Map<String, String>, String> graphPrefixes = new HashMap<>();

    private record Loc(boolean old, long pos, long length, String sha256) {
    }

    /** A reused block differs from what the index says: the build runs again without the index. */
    public static final class StaleBlockException extends IOException {
        StaleBlockException(String message) {
            super(message);
        }
    }

    /** A sink for {@code target}, with the prefixes that {@link #prefixesOf} gives for the context graphs. */
    public TrigFileSink(Path target, Map<String, String> prefixes) {
        this(target, prefixes, BlockIndex.NONE);
    }

    /**
     * A sink for {@code target} that takes the blocks of the articles it is told to
     * {@linkplain #reuse reuse} from the file as it is, where {@code previous} (its index) says
     * they are, checked against their SHA-256 as they are copied.
     */
    public TrigFileSink(Path target, Map<String, String> prefixes, BlockIndex previous) {
        this.target = target;
        this.previous = previous;
        this.blocks = new TrigBlocks(prefixes);
        spill = new SpillFile("newsgraph-", ".trig.part");
    }

    @Override
    public List<Block> prepare(List<NamedGraph> graphs) {
        List<Block> out = new ArrayList<>(graphs.size());
        for (NamedGraph g : graphs) {
            Node name = NodeFactory.createURI(g.name());
            out.add(new Block(name, blocks.block(name, g.graph()),
                    new TreeMap<>(g.graph().getPrefixMapping().getNsPrefixMap())));
        }
        return out;
    }

    @Override
    public void accept(List<Block> prepared) {
        try {
            for (Block b : prepared) {
                spill.write(b.bytes());
                where.put(b.name(), new Loc(false, written, b.bytes().length, null));
                written += b.bytes().length;
                String nt = NodeFmtLib.strNT(b.name());
                notePrefixes(graphPrefixes, b.graphPrefixes(), nt);
            }
        } catch (IOException e) {
            throw new TemporaryFileException("cannot write the temporary file " + spill, e);
        }
    }

    /** An unchanged article: its blocks are taken from the output as it is. */
    @Override
    public void reuse(ArticleEntry entry) {
        BlockIndex.Article a = previous.articles().get(entry.slug());
        if (a == null) {
            throw new IllegalStateException("no blocks of " + entry.slug() + " in the index");
        }
        for (BlockIndex.Block b : a.blocks()) {
            where.put(NodeFactory.createURI(b.name()), new Loc(true, b.offset(), b.length(), b.sha256()));
        }
        for (ArticleEntry.PrefixUse use : entry.prefixes()) {
            notePrefixes(graphPrefixes, new TreeMap<>(use.map()), use.first());
        }
    }

    /** The prefix header as {@link #finish} wrote it. */
    public BlockIndex.Block headerWritten() {
        return headerWritten;
    }

    /** Each graph's block as {@link #finish} wrote it, by graph name. */
    public Map<String, BlockIndex.Block> blocksWritten() {
        return blocksWritten;
    }

    /**
     * The dataset's prefixes as {@link Exporter#prefixes} computes them, from each graph's
     * prefixes and the first graph name (N-Triples order) that has them.
     */
    public static Map<String, String> prefixesOf(Map<Map<String, String>, String> graphPrefixes) {
        Map<String, String> out = new TreeMap<>();
        List<Map.Entry<Map<String, String>, String>> entries = new ArrayList<>(graphPrefixes.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Map<String, String>, String> e : entries) {
            new TreeMap<>(e.getKey()).forEach((prefix, ns) -> {
                if (!out.containsKey(prefix) && !out.containsValue(ns)) {
                    out.put(prefix, ns);
                }
            });
        }
        return out;
    }

    /**
     * Notes that a graph named {@code graph} (N-Triples form) carries the prefix map {@code map}:
     * each map is kept with the first such name in N-Triples order, as {@link #prefixesOf} needs.
     */
    static void notePrefixes(Map<Map<String, String>, String> into, Map<String, String> map, String graph) {
        into.merge(map, graph, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }

    /** The prefixes of some graphs, as {@link #prefixesOf} computes them. */
    public static Map<String, String> prefixesOf(List<NamedGraph> graphs) {
        Map<Map<String, String>, String> m = new LinkedHashMap<>();
        graphs.stream().sorted(Comparator.comparing(g -> NodeFmtLib.strNT(NodeFactory.createURI(g.name()))))
                .forEach(g -> m.putIfAbsent(new TreeMap<>(g.graph().getPrefixMapping().getNsPrefixMap()),
                        NodeFmtLib.strNT(NodeFactory.createURI(g.name()))));
        return prefixesOf(m);
    }

    /** The dataset's prefixes, from every graph taken so far. */
    public Map<String, String> prefixes() {
        return prefixesOf(graphPrefixes);
    }

    /**
     * Writes the target file from the blocks taken, and returns true; or returns false, writing
     * nothing, when the graphs' prefixes are not those the blocks were written with.
     *
     * @throws IOException when the target cannot be written (it is left as it was)
     */
    public boolean finish() throws IOException {
        if (!prefixes().equals(blocks.prefixes())) {
            return false;
        }
                List<Node> order = TrigBlocks.order(where.keySet());
        blocksWritten.clear();
        BlockIndex.delete(target); // an index never describes another file than the one next to it
        Exporter.writeAtomically(target, out -> {
            byte[] header = blocks.header();
            out.write(header);
            headerWritten = new BlockIndex.Block("", 0, header.length,
                    Sha256.hex(Sha256.digest().digest(header)));
            long at = header.length;
            boolean first = true;
            byte[] buffer = new byte[1 << 16];
            try (FileChannel spillIn = spill.read();
                    FileChannel oldIn = previous.articles().isEmpty() ? null
                            : FileChannel.open(target, StandardOpenOption.READ)) {
                for (Node name : order) {
                    if (!first) {
                        out.write(TrigBlocks.separator());
                        at += TrigBlocks.separator().length;
                    }
                    first = false;
                    Loc loc = where.get(name);
                    MessageDigest md = Sha256.digest();
                    copy(loc.old() ? oldIn : spillIn, loc.pos(), loc.length(), buffer, out, md, name);
                    String sha = Sha256.hex(md.digest());
                    if (loc.old() && !sha.equals(loc.sha256())) {
                        throw new StaleBlockException("the block of " + name.getURI() + " in " + target
                                + " is not the one its index names");
                    }
                    blocksWritten.put(name.getURI(), new BlockIndex.Block(name.getURI(), at, loc.length(), sha));
                    at += loc.length();
                }
            }
        });
        return true;
    }

    private static void copy(FileChannel in, long pos, long length, byte[] buffer, OutputStream out, MessageDigest md,
            Node name) throws IOException {
        if (FileRange.copy(in, pos, length, buffer, out, md) < length) {
            throw new StaleBlockException("the file ended early, in the block of " + name.getURI());
        }
    }

    /** Removes the spill file. */
    @Override
    public void close() {
        spill.close();
    }
}
