package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.export.Exporter.Format;

/** Every format read back by Jena gives the same data; output is deterministic. */
class ExporterTest {

    static final String B = "https://w3id.org/newsgraph/id/";
    static final String S = "https://schema.org/";

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    /**
     * A small dataset like the real one: two named graphs, a triple in both, a typed and a
     * language-tagged literal, text with quotes, a newline and non-BMP characters, blank
     * nodes (an RDF list and two look-alike nodes), a default-graph triple. Fresh blank
     * nodes every call, so two calls give different internal ids.
     */
    static DatasetGraph sample() {
        DatasetGraph ds = DatasetGraphFactory.create();
        Node article = uri(B + "graph/article/a");
        Node claim = uri(B + "claim/a/c1");
        Node art = uri(B + "article/a");
        ds.add(article, art, RDF.type.asNode(), uri(S + "NewsArticle"));
        ds.add(article, art, uri(S + "headline"), NodeFactory.createLiteralString("Say \"hi\"\nto 📰 Zürich"));
        ds.add(article, art, uri(S + "inLanguage"), NodeFactory.createLiteralLang("English", "en"));
        ds.add(article, art, uri(S + "datePublished"), NodeFactory.createLiteralDT("2019-09-09", XSDDatatype.XSDdate));
        ds.add(claim, claim, RDFS.label.asNode(), NodeFactory.createLiteralString("a proposition"));
        ds.add(article, claim, RDFS.label.asNode(), NodeFactory.createLiteralString("a proposition"));
        // an RDF list of two items
        Node l1 = NodeFactory.createBlankNode();
        Node l2 = NodeFactory.createBlankNode();
        ds.add(article, art, uri(S + "keywords"), l1);
        ds.add(article, l1, RDF.first.asNode(), NodeFactory.createLiteralString("spies"));
        ds.add(article, l1, RDF.rest.asNode(), l2);
        ds.add(article, l2, RDF.first.asNode(), NodeFactory.createLiteralString("Russia"));
        ds.add(article, l2, RDF.rest.asNode(), RDF.nil.asNode());
        // two blank nodes that only their values tell apart, and two that nothing tells apart
        for (String v : List.of("x", "y")) {
            Node b = NodeFactory.createBlankNode();
            ds.add(article, art, uri(S + "mentions"), b);
            ds.add(article, b, RDFS.label.asNode(), NodeFactory.createLiteralString(v));
        }
        for (int i = 0; i < 2; i++) {
            Node b = NodeFactory.createBlankNode();
            ds.add(claim, claim, uri(S + "about"), b);
            ds.add(claim, b, RDF.type.asNode(), uri(S + "Thing"));
        }
        ds.getDefaultGraph().add(uri(B + "dataset"), RDF.type.asNode(), uri("http://rdfs.org/ns/void#Dataset"));
        ds.prefixes().add("schema", S);
        ds.prefixes().add("rdfs", RDFS.getURI());
        return ds;
    }

    static Graph union(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatReadsBackToTheSameData(Format format) {
        DatasetGraph ds = sample();
        byte[] bytes = Exporter.toBytes(ds, format);
        RDFParser parser = RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).build();
        if (format.keepsGraphs()) {
            DatasetGraph back = DatasetGraphFactory.create();
            parser.parse(back);
            assertTrue(IsoMatcher.isomorphic(ds, back), () -> format + " differs:\n" + text(bytes));
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            parser.parse(back);
            assertTrue(IsoMatcher.isomorphic(union(ds), back), () -> format + " differs:\n" + text(bytes));
            assertEquals(union(ds).size(), back.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sameDataGivesSameBytes(Format format) {
        // Two datasets with the same content but different blank node ids (and insertion order).
        DatasetGraph first = sample();
        DatasetGraph second = DatasetGraphFactory.create();
        second.prefixes().putAll(first.prefixes());
        List<org.apache.jena.sparql.core.Quad> quads = first.stream().toList();
        for (int i = quads.size() - 1; i >= 0; i--) {
            second.add(quads.get(i));
        }
        DatasetGraph third = sample();
        byte[] expected = Exporter.toBytes(first, format);
        assertArrayEquals(expected, Exporter.toBytes(second, format), format + ": insertion order leaks");
        assertArrayEquals(expected, Exporter.toBytes(third, format), () -> format + ": blank node ids leak:\n"
                + text(expected) + "\n----\n" + text(Exporter.toBytes(third, format)));
    }

    @Test
    void nquadsAndNtriplesAreSortedLines() {
        for (Format format : List.of(Format.NQUADS, Format.NTRIPLES)) {
            String text = text(Exporter.toBytes(sample(), format));
            assertTrue(text.endsWith("\n"));
            List<String> lines = text.lines().toList();
            List<byte[]> raw = lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
            for (int i = 1; i < raw.size(); i++) {
                assertTrue(Arrays.compareUnsigned(raw.get(i - 1), raw.get(i)) < 0,
                        format + " not sorted or duplicated at line " + (i + 1) + ":\n" + text);
            }
        }
        assertEquals(sample().stream().count(), text(Exporter.toBytes(sample(), Format.NQUADS)).lines().count());
        assertEquals(union(sample()).size(), text(Exporter.toBytes(sample(), Format.NTRIPLES)).lines().count());
    }

    @Test
    void tripleFormatsGetTheUnionOfAllGraphs() {
        String nt = text(Exporter.toBytes(sample(), Format.NTRIPLES));
        // the claim's label is in two graphs: one triple in the union
        assertEquals(1, nt.lines().filter(l -> l.startsWith("<" + B + "claim/a/c1> <" + RDFS.label.getURI())).count());
        assertTrue(nt.contains("<" + B + "dataset>"), "default graph triples are in the union");
        assertFalse(nt.contains("graph/article/a>"), "no graph names in N-Triples");
    }

    @Test
    void sortLinesUsesByteOrder() {
        byte[] in = "b\nB\né\na\n\nz".getBytes(StandardCharsets.UTF_8);
        assertEquals("B\na\nb\nz\né\n", text(Exporter.sortLines(in)));
    }

    @Test
    void writeFileReplacesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/folder/out.nq");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old content");
        Exporter.writeFile(sample(), Format.NQUADS, file);
        assertArrayEquals(Exporter.toBytes(sample(), Format.NQUADS), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
        Path fresh = dir.resolve("new/dir/x.trig");
        Exporter.writeFile(sample(), Format.TRIG, fresh);
        assertTrue(Files.size(fresh) > 0);
    }

    @Test
    void formatNames() {
        assertEquals(Format.JSONLD, Format.fromCliName("jsonld"));
        assertEquals(Format.NQUADS, Format.fromCliName("NQuads"));
        assertEquals("turtle, trig, nquads, ntriples, jsonld, rdfxml", Format.names());
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void writingToAFolderIsRefusedAndWritesNothing(@TempDir Path dir) throws Exception {
        byte[] bytes = "x\n".getBytes(StandardCharsets.UTF_8);
        // The root has no parent folder: refused, not a NullPointerException.
        java.nio.file.FileSystemException root = org.junit.jupiter.api.Assertions.assertThrows(
                java.nio.file.FileSystemException.class, () -> Exporter.writeAtomically(Path.of("/"), bytes));
        assertEquals("is a folder", root.getReason());
        // A folder: refused before anything is written.
        Path folder = Files.createDirectory(dir.resolve("empty"));
        java.nio.file.FileSystemException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.nio.file.FileSystemException.class, () -> Exporter.writeAtomically(folder, bytes));
        assertEquals("is a folder", e.getReason());
        assertTrue(Files.isDirectory(folder));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(folder), files.toList(), "no temporary file is left");
        }
        // A file on the way where a folder should be.
        Path file = Files.writeString(dir.resolve("file"), "");
        java.nio.file.FileSystemException under = org.junit.jupiter.api.Assertions.assertThrows(
                java.nio.file.FileSystemException.class, () -> Exporter.writeAtomically(file.resolve("g.trig"), bytes));
        assertTrue(under.getReason().endsWith(" is a file, not a folder"), under.getReason());
    }
}
