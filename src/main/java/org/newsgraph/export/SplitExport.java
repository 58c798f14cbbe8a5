package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.util.Sha256;

/**
 * A dump for bulk loaders: the dataset as sorted N-Quads split into files, one per named graph
 * ({@code graph}) or one per article with its claim graphs and linkset, every other graph in a
 * file of its own ({@code article}), optionally gzipped, with {@code manifest.json} listing each
 * file's graphs, quad count and SHA-256. The folder is replaced as a whole; the same input gives
 * the same bytes (gzip headers carry no time).
 */
public final class SplitExport {
    private SplitExport() {
    }

    /** How to split. */
    public enum SplitBy { article, graph }

    /** The name of the manifest in the folder. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One file of the dump. */
    public record Part(String file, List<String> graphs, long quads, String sha256) {
    }

    /**
     * Writes the dump into {@code dir} (created; replaced only when it is empty or holds an earlier dump and nothing else, see {@link OutputFolder}).
     *
     * @return the files written, in order
     * @throws IOException when the folder cannot be written, or holds something else
     */
    public static List<Part> write(DatasetGraph dataset, String base, SplitBy by, boolean gzip, Path dir)
            throws IOException {
        return write(dataset, base, by, gzip, dir, null);
    }

    /**
     * Writes the dump into {@code dir}, as {@link #write(DatasetGraph, String, SplitBy, boolean, Path)} does,
     * refusing the data folder {@code data} (and anything inside it) as the target.
     */
    public static List<Part> write(DatasetGraph dataset, String base, SplitBy by, boolean gzip, Path dir, Path data)
            throws IOException {
        Map<String, List<Node>> files = group(dataset, base, by);
        return write(new Source() {
            @Override
            public Map<String, List<String>> files() {
                Map<String, List<String>> out = new TreeMap<>();
                files.forEach((f, graphs) -> out.put(f, graphs.stream().map(Node::getURI).toList()));
                return out;
            }

            @Override
            public byte[] nquads(String file) {
                DatasetGraph part = DatasetGraphFactory.create();
                for (Node g : files.get(file)) {
                    part.addGraph(g, dataset.getGraph(g));
                }
                return Exporter.toBytes(part, Exporter.Format.NQUADS);
            }
        }, by, gzip, dir, data);
    }

    /** The files of a dump before they are written. */
    public interface Source {
        /** Each file's name (without its extension) and the graphs it holds in N-Triples order, by name. */
        Map<String, List<String>> files();

        /** A file's content: the sorted N-Quads of its graphs. */
        byte[] nquads(String file) throws IOException;
    }

    /**
     * Writes the dump of the files of {@code source} into {@code dir}, as
     * {@link #write(DatasetGraph, String, SplitBy, boolean, Path, Path)} does: one file at a time,
     * so that memory holds one file's content.
     */
    public static List<Part> write(Source source, SplitBy by, boolean gzip, Path dir, Path data) throws IOException {
        Map<String, List<String>> files = source.files();
        List<Part> parts = new ArrayList<>();
        OutputFolder.replace(dir, data, SplitExport::listed, "a dump written by export --split-by", tmp -> {
            for (Map.Entry<String, List<String>> f : files.entrySet()) {
                byte[] bytes = source.nquads(f.getKey());
                long quads = 0;
                for (byte b : bytes) {
                    if (b == '\n') {
                        quads++;
                    }
                }
                String name = f.getKey() + ".nq" + (gzip ? ".gz" : "");
                if (gzip) {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    try (GZIPOutputStream z = new GZIPOutputStream(buffer)) {
                        z.write(bytes);
                    }
                    bytes = buffer.toByteArray();
                }
                write(tmp.resolve(name), bytes, name);
                parts.add(new Part(name, f.getValue(), quads, Sha256.of(bytes)));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("generator", GENERATOR);
            manifest.put("format", "N-Quads" + (gzip ? ", gzip" : ""));
            manifest.put("splitBy", by.name());
            manifest.put("files", parts);
            write(tmp.resolve(MANIFEST), (JSON.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8),
                    MANIFEST);
        });
        return parts;
    }

    /** The value of {@code generator} in our manifests. */
    public static final String GENERATOR = "newsgraph export --split-by";

    private static void write(Path file, byte[] bytes, String name) throws IOException {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new FileSystemException(name, null, "cannot write " + name + ": "
                    + org.newsgraph.annotation.TextFiles.describe(e));
        }
    }

    /** The files an earlier dump's manifest lists (with the manifest), or null when it is not one of ours. */
    static Set<String> listed(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        JsonNode root = JSON.readTree(manifest.toFile());
        if (root == null || !root.isObject() || !GENERATOR.equals(root.path("generator").asText(null))
                || !root.path("files").isArray()) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        names.add(MANIFEST);
        for (JsonNode f : root.path("files")) {
            String name = f.path("file").asText("");
            if (!name.matches("[A-Za-z0-9._-]+\\.nq(\\.gz)?")) {
                return null;
            }
            names.add(name);
        }
        return names;
    }

    /** The files of the dump, by name: the graphs each holds (in IRI order). */
    static Map<String, List<Node>> group(DatasetGraph dataset, String base, SplitBy by) {
        Pattern articleGraphs = articleGraphs(base);
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(NodeFmtLib::strNT));
        Map<String, List<Node>> files = new TreeMap<>();
        for (Node g : names) {
            files.computeIfAbsent(fileOf(g.getURI(), base, by, articleGraphs), k -> new ArrayList<>()).add(g);
        }
        return files;
    }

    /** The pattern of the names of an article's graphs (article graph, linkset, claim graphs), the slug in group 1. */
    public static Pattern articleGraphs(String base) {
        return Pattern.compile(Pattern.quote(base) + "(?:graph/article/|graph/linkset/|claim/)"
                + "([a-z0-9][a-z0-9._-]*)(?:/.*)?");
    }

    /** The file (name without extension) that holds the graph {@code iri}; {@code articleGraphs} from {@link #articleGraphs}. */
    public static String fileOf(String iri, String base, SplitBy by, Pattern articleGraphs) {
        Matcher m = articleGraphs.matcher(iri);
        return by == SplitBy.article && m.matches() ? "article-" + m.group(1) : fileName(iri, base);
    }

    /** A file name for a graph: its IRI after {@code <base>graph/} (or {@code <base>}) with '/' as '-', else a hash. */
    static String fileName(String iri, String base) {
        String rest = iri.startsWith(base + "graph/") ? iri.substring(base.length() + 6)
                : iri.startsWith(base) ? iri.substring(base.length())
                : iri.equals(org.newsgraph.vocab.NG.ONTOLOGY) ? "ontology" : null;
        if (rest != null && rest.matches("[A-Za-z0-9._/-]+")) {
            return rest.replace('/', '-');
        }
        return "graph-" + Sha256.of(iri).substring(0, 16);
    }
}
