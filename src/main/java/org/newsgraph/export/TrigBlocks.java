package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * TriG written one named graph at a time, with the bytes {@link Exporter} writes for the whole
 * dataset: the prefix header, then each graph's block (as Jena's TriG writer writes that graph of
 * the {@linkplain Exporter#canonical canonical copy}), blocks separated by an empty line, in the
 * order the canonical copy lists its graphs ({@link #order}). A graph's block depends only on the
 * graph and the prefixes when no blank node is shared between graphs (a built graph has no blank
 * nodes), so graphs can be written as they are built and put together at the end.
 */
public final class TrigBlocks {

    private final Map<String, String> prefixes;
    private final byte[] header;
    private final Map<String, String> blockPrefixes;
    /** The prefix map Jena's writer would make for a block's dataset, with {@link ScopedPrefixMap}'s search. */
    private final PrefixMap blockPrefixMap;

    /** Blocks written with these prefixes (the whole dataset's, as {@link Exporter#prefixes} gives them). */
    public TrigBlocks(Map<String, String> prefixes) {
        this.prefixes = new TreeMap<>(prefixes);
        DatasetGraph empty = DatasetGraphFactory.create();
        this.prefixes.forEach(empty.prefixes()::add);
        this.header = write(empty);
        // the prefixes Exporter#canonical gives a dataset of one named graph built from quads
        DatasetGraph one = DatasetGraphFactory.create();
        this.prefixes.forEach(one.prefixes()::add);
        one.add(Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o")));
        this.blockPrefixes = Exporter.prefixes(one);
        DatasetGraph block = DatasetGraphFactory.create();
        this.blockPrefixes.forEach(block.prefixes()::add);
        this.blockPrefixMap = ScopedPrefixMap.of(PrefixMapFactory.createForOutput(block.prefixes()));
    }

    /** The prefixes the blocks are written with. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** The start of the file: the prefix lines and, when there are any, the empty line after them. */
    public byte[] header() {
        if (header.length == 0) {
            return header.clone();
        }
        byte[] h = Arrays.copyOf(header, header.length + 1);
        h[header.length] = '\n';
        return h;
    }

    /** What goes between two blocks. */
    public static byte[] separator() {
        return new byte[] {'\n'};
    }

    /** The block of one named graph: {@code <name> { ... }} and its line end. Safe from several threads. */
    public byte[] block(Node name, Graph graph) {
        List<Quad> quads = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
        byte[] all = write(Exporter.canonical(quads, blockPrefixes), blockPrefixMap);
        if (all.length < header.length || !Arrays.equals(all, 0, header.length, header, 0, header.length)) {
            throw new IllegalStateException("TriG of one graph does not start with the prefix header");
        }
        int from = header.length;
        if (from < all.length && all[from] == '\n') {
            from++; // the empty line after the prefixes, written once before the first block
        }
        return Arrays.copyOfRange(all, from, all.length);
    }

    /**
     * The order in which the canonical copy of a dataset with these graph names lists them (and
     * Jena's TriG writer writes them): the names inserted, in N-Triples order, into the hash map
     * that holds the graphs of {@link DatasetGraphFactory#create()}.
     */
    public static List<Node> order(Collection<Node> names) {
        // each name's N-Triples form computed once (not in every comparison: 45,000 graphs at N=1000)
        List<Map.Entry<String, Node>> keyed = new ArrayList<>(names.size());
        names.forEach(n -> keyed.add(Map.entry(CanonicalOrder.nt(n), n)));
        keyed.sort(Map.Entry.comparingByKey());
        Map<Node, Boolean> map = new HashMap<>();
        keyed.forEach(e -> map.put(e.getValue(), Boolean.TRUE));
        return new ArrayList<>(map.keySet());
    }

    private static byte[] write(DatasetGraph ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(ds).format(RDFFormat.TRIG).output(out);
        return out.toByteArray();
    }

    /** As {@link #write(DatasetGraph)}, with {@code prefixes} for the dataset's own (the same mapping). */
    private static byte[] write(DatasetGraph ds, PrefixMap prefixes) {
        // Jena's writer writes one character at a time: into a plain buffer, not a locked stream
        Chars out = new Chars();
        RDFWriterRegistry.getWriterDatasetFactory(RDFFormat.TRIG).create(RDFFormat.TRIG)
                .write(out, ds, prefixes, null, RIOT.getContext().copy());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A writer into a growing array of characters, without the locking of {@code StringWriter}. */
    private static final class Chars extends Writer {
        private char[] chars = new char[1 << 14];
        private int length;

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public void write(int c) {
            room(1);
            chars[length++] = (char) c;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            room(len);
            System.arraycopy(cbuf, off, chars, length, len);
            length += len;
        }

        @Override
        public void write(String str, int off, int len) {
            room(len);
            str.getChars(off, off + len, chars, length);
            length += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
