package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.util.Sha256;

/**
 * Writes a built dataset in every supported RDF syntax, always through Jena's own writers.
 *
 * <p>Determinism: every writer is given a {@linkplain #canonical(DatasetGraph) canonical copy}
 * of the dataset (quads inserted in sorted order, blank nodes labelled from their
 * surroundings instead of Jena's random ids), so the same input gives the same bytes.
 * N-Quads and N-Triples output is in addition sorted line by line (in the byte order of
 * {@code LC_ALL=C sort}): that is the project's determinism contract.
 *
 * <p>Triple formats (Turtle, N-Triples, RDF/XML) get the union of all graphs of the
 * dataset; quad formats (TriG, N-Quads, JSON-LD) keep the named graphs.
 */
public final class Exporter {

    private Exporter() {
    }

    /** An output syntax: its command-line name, the Jena format used, and whether it keeps named graphs. */
    public enum Format {
        TURTLE("turtle", RDFFormat.TURTLE, false, false),
        TRIG("trig", RDFFormat.TRIG, true, false),
        NQUADS("nquads", RDFFormat.NQUADS, true, true),
        NTRIPLES("ntriples", RDFFormat.NTRIPLES, false, true),
        /**
         * JSON-LD 1.1, compacted with the project's context ({@code ontology/context.jsonld}):
         * Jena writes the dataset, Titanium (Jena's own JSON-LD processor) compacts it.
         */
        JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, true, false),
        RDFXML("rdfxml", RDFFormat.RDFXML, false, false);

        private final String cliName;
        private final RDFFormat rdfFormat;
        private final boolean quads;
        private final boolean sortedLines;

        Format(String cliName, RDFFormat rdfFormat, boolean quads, boolean sortedLines) {
            this.cliName = cliName;
            this.rdfFormat = rdfFormat;
            this.quads = quads;
            this.sortedLines = sortedLines;
        }

        /** The name used on the command line, e.g. {@code nquads}. */
        public String cliName() {
            return cliName;
        }

        public RDFFormat rdfFormat() {
            return rdfFormat;
        }

        public Lang lang() {
            return rdfFormat.getLang();
        }

        /** True for quad formats that keep named graphs; false for triple formats (union graph). */
        public boolean keepsGraphs() {
            return quads;
        }

        /** True when the output is one statement per line, sorted. */
        public boolean sortedLines() {
            return sortedLines;
        }

        /** The format with this command-line name (case-insensitive). */
        public static Format fromCliName(String name) {
            for (Format f : values()) {
                if (f.cliName.equalsIgnoreCase(name.trim())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "' (expected one of: " + names() + ")");
        }

        /** The command-line names, comma separated. */
        public static String names() {
            return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return cliName;
        }
    }

    /** Writes the dataset in the format to the stream (the stream is flushed, not closed). */
    public static void write(DatasetGraph dataset, Format format, OutputStream out) throws IOException {
        DatasetGraph canonical = canonical(dataset);
        if (format.sortedLines()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writeJena(canonical, format, buffer);
            out.write(sortLines(buffer.toByteArray()));
        } else {
            writeJena(canonical, format, out);
        }
        out.flush();
    }

    /** The dataset written in the format, as bytes (UTF-8). */
    public static byte[] toBytes(DatasetGraph dataset, Format format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            write(dataset, format, buffer);
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: writing to memory failed", e);
        }
        return buffer.toByteArray();
    }

    /**
     * Writes the dataset to the file atomically: to a temporary file in the same folder,
     * then moved over the target. On failure the target is untouched and the temporary
     * file removed. Missing parent folders are created.
     */
    public static void writeFile(DatasetGraph dataset, Format format, Path file) throws IOException {
        byte[] bytes = toBytes(dataset, format);
        writeAtomically(file, bytes);
    }

    /**
     * Writes bytes to a file atomically (temporary file in the same folder, flushed to the disk,
     * then an atomic move, and the folder flushed too), creating missing folders.
     *
     * <p>A symbolic link is refused rather than followed: the atomic move would replace the link
     * itself, and following it silently would write somewhere the user did not name.
     *
     * @throws FileSystemException with a reason that says what is wrong: {@code file} is a folder
     *     (the root {@code /} included), a folder on the way is a file, {@code file} is a symbolic
     *     link or not a regular file, or its folder does not accept new files; nothing is written
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        writeAtomically(file, out -> out.write(bytes));
    }

    /** What writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically as {@link #writeAtomically(Path, byte[])} does, its content
     * streamed by {@code content} (so it need not be held in memory): nothing is written to
     * {@code file} when {@code content} fails.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a folder");
        }
        if (Files.isSymbolicLink(target)) {
            throw new FileSystemException(file.toString(), null, "is a symbolic link (to " + linkTarget(target)
                    + "); the file is replaced atomically, which would replace the link: name the file itself");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "not a regular file (a device, pipe or socket);"
                    + " the output is written to a plain file");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(file.toString(), null,
                    (e.getFile() == null ? "a folder on the way" : e.getFile()) + " is a file, not a folder");
        }
        // CREATE_NEW (not createTempFile) so the file gets the usual permissions (umask), not 0600.
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            FileChannel ch;
            try {
                ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new FileSystemException(file.toString(), null, cannotCreateIn(dir, e));
            }
            try (ch) {
                OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                        1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Why no file can be created in {@code dir}, in words. */
    private static String cannotCreateIn(Path dir, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "the folder " + dir + " is not writable (permission denied)";
        }
        if (e instanceof NoSuchFileException && Files.isDirectory(dir)) {
            return "the folder " + dir + " does not accept new files (a virtual file system such as /proc or /sys?)";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot create a file in the folder " + dir + ": " + reason;
    }

    /** Flushes a folder's entries (the move) to the disk, where the system allows it (not on Windows). */
    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open or flush a folder; the file itself is flushed
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    private static void writeJena(DatasetGraph canonical, Format format, OutputStream out) {
        if (format == Format.JSONLD) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            RDFWriter.source(canonical).format(format.rdfFormat()).output(jena);
            JsonLdContext.compact(jena.toByteArray(), out);
        } else if (format.keepsGraphs()) {
            RDFWriter.source(canonical).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(union(canonical)).format(format.rdfFormat()).output(out);
        }
    }

    /**
     * The union of the default graph and all named graphs, as a new graph with the
     * dataset's prefixes. Triples are added in sorted order.
     */
    public static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        prefixes(dataset).forEach(union.getPrefixMapping()::setNsPrefix);
        List<Quad> quads = Iter.toList(dataset.find());
        CanonicalOrder.sort(quads);
        for (Quad q : quads) {
            union.add(q.asTriple());
        }
        return union;
    }

    // ---- canonical copy -------------------------------------------------------------------

    /**
     * A copy of the dataset that every Jena writer writes the same way for the same
     * content: prefixes and quads are inserted in sorted order, and blank nodes are
     * relabelled with a hash of their surroundings (so the random ids Jena gives blank
     * nodes when they are created do not leak into the output).
     */
    public static DatasetGraph canonical(DatasetGraph dataset) {
        return canonical(Iter.toList(dataset.find()), prefixes(dataset));
    }

    /**
     * The canonical copy of a dataset of these quads (sorted in place) with these prefixes (see
     * {@link #canonical(DatasetGraph)}).
     */
    public static DatasetGraph canonical(List<Quad> quads, Map<String, String> prefixes) {
        Map<Node, Node> labels = blankNodeLabels(quads);
        List<Quad> relabelled = quads;
        if (!labels.isEmpty()) {
            relabelled = new ArrayList<>(quads.size());
            for (Quad q : quads) {
                relabelled.add(Quad.create(relabel(q.getGraph(), labels), relabel(q.getSubject(), labels),
                        relabel(q.getPredicate(), labels), relabel(q.getObject(), labels)));
            }
        }
        CanonicalOrder.sort(relabelled);
        DatasetGraph copy = DatasetGraphFactory.create();
        prefixes.forEach(copy.prefixes()::add);
        relabelled.forEach(copy::add);
        return copy;
    }

    /**
     * The prefixes to write: the dataset's own, then those of its graphs (default graph,
     * then named graphs in IRI order) whose name and namespace are not bound yet. Sorted by name.
     */
    public static Map<String, String> prefixes(DatasetGraph dataset) {
        Map<String, String> out = new TreeMap<>(dataset.prefixes().getMapping());
        List<Graph> graphs = new ArrayList<>();
        graphs.add(dataset.getDefaultGraph());
        Iter.toList(dataset.listGraphNodes()).stream()
                .sorted(Comparator.comparing(CanonicalOrder::nt))
                .forEach(g -> graphs.add(dataset.getGraph(g)));
        for (Graph g : graphs) {
            new TreeMap<>(g.getPrefixMapping().getNsPrefixMap()).forEach((prefix, ns) -> {
                if (!out.containsKey(prefix) && !out.containsValue(ns)) {
                    out.put(prefix, ns);
                }
            });
        }
        return out;
    }

    private static Node relabel(Node n, Map<Node, Node> labels) {
        return n.isBlank() ? labels.get(n) : n;
    }

    /**
     * Stable labels for blank nodes: colour refinement (each blank node's colour is a hash
     * of the quads it occurs in, with other blank nodes replaced by their colours, repeated
     * until the partition stops splitting). Nodes left with the same colour are
     * indistinguishable by their surroundings; they are numbered in encounter order.
     */
    private static Map<Node, Node> blankNodeLabels(List<Quad> quads) {
        Set<Node> blanks = new LinkedHashSet<>();
        for (Quad q : quads) {
            for (Node n : terms(q)) {
                if (n.isBlank()) {
                    blanks.add(n);
                }
            }
        }
        if (blanks.isEmpty()) {
            return Map.of();
        }
        List<Quad> withBlanks = quads.stream()
                .filter(q -> Arrays.stream(terms(q)).anyMatch(Node::isBlank))
                .toList();
        Map<Node, String> colour = new HashMap<>();
        blanks.forEach(b -> colour.put(b, ""));
        int classes = 1;
        for (int round = 0; round <= blanks.size(); round++) {
            Map<Node, List<String>> signatures = new HashMap<>();
            for (Quad q : withBlanks) {
                Node[] terms = terms(q);
                for (int i = 0; i < terms.length; i++) {
                    if (!terms[i].isBlank()) {
                        continue;
                    }
                    StringBuilder sig = new StringBuilder().append(i);
                    for (Node t : terms) {
                        sig.append(' ');
                        if (t.equals(terms[i])) {
                            sig.append("_:@");
                        } else if (t.isBlank()) {
                            sig.append("_:").append(colour.get(t));
                        } else {
                            sig.append(NodeFmtLib.strNT(t));
                        }
                    }
                    signatures.computeIfAbsent(terms[i], k -> new ArrayList<>()).add(sig.toString());
                }
            }
            Map<Node, String> next = new HashMap<>();
            for (Node b : blanks) {
                List<String> sigs = signatures.get(b);
                sigs.sort(null);
                next.put(b, Sha256.of(colour.get(b) + "\n" + String.join("\n", sigs)));
            }
            colour.clear();
            colour.putAll(next);
            int nextClasses = new HashSet<>(colour.values()).size();
            if (nextClasses == classes && round > 0) {
                break;
            }
            classes = nextClasses;
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Node, Node> labels = new HashMap<>();
        List<Node> ordered = new ArrayList<>(blanks);
        ordered.sort(Comparator.comparing(colour::get));
        for (Node b : ordered) {
            String c = colour.get(b).substring(0, 16);
            int k = seen.merge(c, 1, Integer::sum);
            labels.put(b, NodeFactory.createBlankNode("h" + c + (k == 1 ? "" : "n" + k)));
        }
        return labels;
    }

    private static Node[] terms(Quad q) {
        return new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
    }

    /**
     * Sorts the lines of UTF-8 text by unsigned byte order (as {@code LC_ALL=C sort}); every line
     * ends with a newline, empty lines are left out. The lines are those of {@link ExternalSort#lines}.
     */
    static byte[] sortLines(byte[] text) {
        List<byte[]> lines = ExternalSort.lines(text);
        lines.sort(ExternalSort.ORDER);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 1);
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
