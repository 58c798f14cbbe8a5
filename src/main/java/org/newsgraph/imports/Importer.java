package org.newsgraph.imports;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Exporter;
import org.newsgraph.util.Sha256;
import org.newsgraph.vocab.NG;

/**
 * Reads an RDF file made elsewhere into graphs of its own and writes it under
 * {@code <data>/imports/}: {@code NAME.nq} (sorted N-Quads, so the same file always gives the
 * same bytes) and {@code NAME.json} (its {@link ImportManifest}). The triples of the file's
 * default graph go to one graph ({@code --graph}, else {@code <base>graph/import/NAME}); the named
 * graphs of a TriG, N-Quads or JSON-LD file keep their names. Files are parsed and checked first,
 * then written: an error leaves {@code imports/} as it was.
 */
public final class Importer {
    private Importer() {
    }

    /** Import names: like article slugs. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** The longest import name (its files are NAME.nq and NAME.json, beside temporary ones). */
    public static final int MAX_NAME = 100;

    /** A parsed file, ready to be written. */
    public record Parsed(ImportManifest manifest, DatasetGraph quads) {
    }

    /** The import name a file gets when {@code --name} does not say: its name without extensions, in lower case. */
    public static String nameOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot > 0) {
            n = n.substring(0, dot);
        }
        n = n.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[._-]+", "");
        return n.isEmpty() ? "import" : n;
    }

    /**
     * Parses {@code file} (its syntax from its extension; {@code .gz} is decompressed) and names its graphs.
     *
     * @param graph where the default graph's triples go, or null for {@code <base>graph/import/NAME}
     * @throws InputError when the file cannot be read, does not parse, holds no triples or uses a
     *     graph name of newsgraph's own
     */
    public static Parsed parse(Path file, String name, String graph, String base) {
        TextFiles.requireRegularFile(file, null);
        String fileName = file.getFileName().toString();
        boolean gzip = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        SourceFormat format = SourceFormat.ofFileName(gzip ? fileName.substring(0, fileName.length() - 3) : fileName);
        if (format == null) {
            throw new InputError(file, "unknown RDF syntax: name the file by its syntax, one of " + SourceFormat.known());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + TextFiles.describe(e));
        }
        String target = graph != null ? graph : Imports.defaultGraph(base, name);
        if (graph != null) {
            String problem = ownGraph(graph, base);
            if (problem != null) {
                throw new InputError(file, "--graph: " + problem);
            }
        }
        byte[] content = bytes;
        if (gzip) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                content = in.readAllBytes();
            } catch (ZipException e) {
                throw new InputError(file, "not a gzip file (" + e.getMessage() + "); a name ending in .gz is decompressed");
            } catch (java.io.EOFException e) {
                throw new InputError(file, "not a complete gzip file (it ends too early)");
            } catch (IOException e) {
                throw new InputError(file, "cannot read: " + TextFiles.describe(e));
            }
        }
        if (format.lang.equals(org.apache.jena.riot.Lang.JSONLD)) {
            JsonLdCheck.check(file, content);
        }
        DatasetGraph src;
        try {
            src = RdfInput.parse(file, new ByteArrayInputStream(content), format.lang, RELATIVE_BASE);
        } catch (StackOverflowError e) {
            throw new InputError(file, format.label + ": nested too deeply to read");
        }
        Node relative = firstRelative(src);
        if (relative != null) {
            throw new InputError(file, "relative IRI <" + relative.getURI().substring(RELATIVE_BASE.length())
                    + ">: an imported file has no base; write absolute IRIs or declare a base in the file");
        }
        DatasetGraph out = DatasetGraphFactory.create();
        Node targetNode = NodeFactory.createURI(target);
        src.getDefaultGraph().find().forEachRemaining(t -> out.add(new Quad(targetNode, t)));
        List<Node> names = new ArrayList<>();
        src.listGraphNodes().forEachRemaining(names::add);
        for (Node g : names) {
            if (!g.isURI()) {
                throw new InputError(file, "a graph named by a blank node (" + g + "): name every graph with an IRI");
            }
            src.getGraph(g).find().forEachRemaining(t -> out.add(new Quad(g, t)));
        }
        long triples = out.stream().count();
        if (triples == 0) {
            throw new InputError(file, "holds no triples");
        }
        TreeSet<String> graphs = new TreeSet<>();
        out.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        for (String g : graphs) {
            String problem = ownGraph(g, base);
            if (problem != null) {
                throw new InputError(file, problem);
            }
        }
        ImportManifest m = new ImportManifest(name, fileName, Sha256.of(bytes), format.iri, format.label, triples,
                List.copyOf(graphs));
        return new Parsed(m, out);
    }

    /** The base the parser is given: an IRI under it came from a relative IRI with no base in the file. */
    static final String RELATIVE_BASE = "http://relative.newsgraph.invalid/";

    private static Node firstRelative(DatasetGraph ds) {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Predicate<Node> rel = n -> n.isURI() && n.getURI().startsWith(RELATIVE_BASE);
        ds.listGraphNodes().forEachRemaining(g -> {
            if (rel.test(g)) {
                found.compareAndSet(null, g);
            }
        });
        ds.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (found.get() == null && (rel.test(n)
                        || n.isLiteral() && n.getLiteralDatatypeURI() != null && n.getLiteralDatatypeURI().startsWith(RELATIVE_BASE))) {
                    found.set(n.isLiteral() ? NodeFactory.createURI(n.getLiteralDatatypeURI()) : n);
                }
            }
        });
        return found.get();
    }

    /** Why {@code graph} cannot name an imported graph (one of newsgraph's own graph names, or not absolute), or null. */
    static String ownGraph(String graph, String base) {
        try {
            IRIx iri = IRIx.create(graph);
            if (iri == null || !graph.matches("(?i)[a-z][a-z0-9+.-]*:.*") || graph.startsWith("_:")) {
                return "graph name <" + graph + "> is not an absolute IRI";
            }
            if (graph.matches("(?i)[a-z][a-z0-9+.-]*:[^?#]*(/\\.{1,2})(/|[?#]|$).*")) {
                return "graph name <" + graph + "> has '.' or '..' segments: give it without them";
            }
        } catch (IRIException | IllegalArgumentException e) {
            return "graph name <" + graph + "> is not an IRI: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        if (graph.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            return "graph name <" + graph + "> is not an IRI (spaces and <>\"{}|^`\\ are not allowed)";
        }
        if (graph.startsWith(NG.ONTOLOGY) || graph.startsWith(base) && !graph.startsWith(base + "graph/import/")) {
            return "graph <" + graph + "> is in newsgraph's own namespace (articles, claims, ontology); an imported"
                    + " graph is named <" + base + "graph/import/...> or outside " + base;
        }
        return null;
    }

    /**
     * Writes parsed files to {@code <dataDir>/imports/}, replacing an import of the same name
     * (exactly its graphs: other imports stay as they are).
     *
     * @throws InputError when a graph is another import's, or a file cannot be written (then nothing is written)
     */
    public static void write(Path dataDir, List<Parsed> parsed) {
        Map<String, String> owner = new TreeMap<>();
        List<String> replaced = parsed.stream().map(p -> p.manifest().name()).toList();
        for (Path manifest : Imports.manifests(dataDir)) {
            ImportManifest m = Imports.read(manifest);
            if (!replaced.contains(m.name())) {
                m.graphs().forEach(g -> owner.put(g, m.name()));
            }
        }
        for (Parsed p : parsed) {
            for (String g : p.manifest().graphs()) {
                String other = owner.putIfAbsent(g, p.manifest().name());
                if (other != null) {
                    throw new InputError(Path.of(p.manifest().source()), "graph <" + g + "> is already import \""
                            + other + "\"'s; name another with --graph, or import under the name \"" + other + "\"");
                }
            }
        }
        Path dir = Imports.folder(dataDir);
        for (Parsed p : parsed) {
            String name = p.manifest().name();
            try {
                byte[] nq = Exporter.toBytes(p.quads(), Exporter.Format.NQUADS);
                byte[] json = (Imports.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(p.manifest()) + "\n").getBytes(StandardCharsets.UTF_8);
                Files.createDirectories(dir);
                String id = java.util.UUID.randomUUID().toString();
                Path nqTmp = dir.resolve("." + id + ".nq.tmp");
                Path jsonTmp = dir.resolve("." + id + ".json.tmp");
                try {
                    Exporter.writeAtomically(nqTmp, nq);
                    Exporter.writeAtomically(jsonTmp, json);
                    Files.move(nqTmp, dir.resolve(name + ".nq"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.move(jsonTmp, dir.resolve(name + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(nqTmp);
                    Files.deleteIfExists(jsonTmp);
                }
            } catch (IOException e) {
                throw new InputError(dir.resolve(name + ".nq"), "cannot write: " + TextFiles.describe(e));
            }
        }
    }
}
