package org.newsgraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.export.ExternalSort;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.SplitExport;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Corpus.NamedGraph;
import org.newsgraph.util.FileRange;
import org.newsgraph.util.TemporaryFileException;

/**
 * {@code export --split-by} one article at a time: each file's sorted N-Quads are made as its
 * article is built and kept in a temporary file; {@link SplitExport#write(SplitExport.Source,
 * SplitExport.SplitBy, boolean, Path, Path)} then reads one file's content at a time. The same
 * bytes as the dump of the text policy's copy of the whole dataset.
 */
public final class SplitSink implements GraphSink<List<SplitSink.FilePiece>>, SplitExport.Source, AutoCloseable {

    /** The part of one file of the dump that one article (or the shared graphs) gives: its graphs, its sorted lines. */
    public record FilePiece(String file, List<Node> graphs, byte[] nquads) {
    }

    private record Segment(long pos, int length) {
    }

    private final TextPolicy policy;
    private final String base;
    private final SplitExport.SplitBy by;
    private final Pattern articleGraphs;
    private final SpillFile spill;
    private long written;
    private final Map<String, List<Node>> graphs = new TreeMap<>();
    private final Map<String, List<Segment>> segments = new TreeMap<>();

    public SplitSink(TextPolicy policy, String base, SplitExport.SplitBy by) {
        this.policy = policy;
        this.base = base;
        this.by = by;
        this.articleGraphs = SplitExport.articleGraphs(base);
        spill = new SpillFile("newsgraph-split-", ".nq.part");
    }

    @Override
    public List<FilePiece> prepare(List<NamedGraph> in) {
        DatasetGraph pub = ExportSink.published(in, policy);
        Map<String, List<Node>> byFile = new LinkedHashMap<>();
        for (Node name : Iter.toList(pub.listGraphNodes())) {
            byFile.computeIfAbsent(SplitExport.fileOf(name.getURI(), base, by, articleGraphs), k -> new ArrayList<>())
                    .add(name);
        }
        List<FilePiece> out = new ArrayList<>(byFile.size());
        byFile.forEach((file, names) -> out.add(new FilePiece(file, names,
                join(ExportSink.sortedLines(pub, names, Format.NQUADS)))));
        return out;
    }

    @Override
    public void accept(List<FilePiece> pieces) {
        try {
            for (FilePiece p : pieces) {
                spill.write(p.nquads());
                segments.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(new Segment(written, p.nquads().length));
                written += p.nquads().length;
                graphs.computeIfAbsent(p.file(), k -> new ArrayList<>()).addAll(p.graphs());
            }
        } catch (IOException e) {
            throw new TemporaryFileException("cannot write the temporary file " + spill, e);
        }
    }

    @Override
    public Map<String, List<String>> files() {
        Map<String, List<String>> out = new TreeMap<>();
        graphs.forEach((file, names) -> out.put(file, names.stream().sorted(Comparator.comparing(NodeFmtLib::strNT))
                .map(Node::getURI).toList()));
        return out;
    }

    /** A file's sorted N-Quads: its one piece as made, or its pieces' lines sorted together. */
    @Override
    public byte[] nquads(String file) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        try (FileChannel in = spill.read()) {
            for (Segment s : segments.get(file)) {
                ByteArrayOutputStream part = new ByteArrayOutputStream(s.length());
                if (FileRange.copy(in, s.pos(), s.length(), buffer, part, null) < s.length()) {
                    throw new IOException("the temporary file " + spill + " ended early");
                }
                parts.add(part.toByteArray());
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<byte[]> lines = new ArrayList<>();
        parts.forEach(p -> lines.addAll(ExternalSort.lines(p)));
        lines.sort(ExternalSort.ORDER);
        return join(lines);
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Removes the temporary file. */
    @Override
    public void close() {
        spill.close();
    }
}
