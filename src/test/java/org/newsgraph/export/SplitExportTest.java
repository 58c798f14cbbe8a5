package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.mapping.Build;

/** {@code export --split-by}: the files read back give every graph as built; the manifest names them; same bytes twice. */
class SplitExportTest {

    static final String B = Build.DEFAULT_BASE;
    static DatasetGraph built;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        built = Build.build(Path.of("src/test/resources/corpus"), B);
    }

    @Test
    void splitByArticleGzippedReadsBackAsBuilt() throws IOException {
        Path dir = tmp.resolve("dump");
        SplitExport.write(built, B, SplitExport.SplitBy.article, true, dir);
        DatasetGraph back = DatasetGraphFactory.create();
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve(SplitExport.MANIFEST).toFile());
        TreeSet<String> listed = new TreeSet<>();
        for (JsonNode f : manifest.get("files")) {
            Path file = dir.resolve(f.get("file").asText());
            DatasetGraph one = DatasetGraphFactory.create();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(one);
            }
            List<String> graphs = new ArrayList<>();
            one.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            List<String> named = new ArrayList<>();
            f.get("graphs").forEach(g -> named.add(g.asText()));
            assertEquals(new TreeSet<>(named), new TreeSet<>(graphs), file.toString());
            listed.addAll(named);
            one.find().forEachRemaining(back::add);
        }
        List<Node> names = new ArrayList<>();
        built.listGraphNodes().forEachRemaining(names::add);
        assertEquals(names.size(), listed.size(), "every graph in exactly one file");
        for (Node g : names) {
            assertTrue(back.getGraph(g).isIsomorphicWith(built.getGraph(g)), g + " differs");
        }
        // an article's graph, its claims and its linkset share a file; the ontology and the import have their own
        assertTrue(Files.exists(dir.resolve("article-cnn-2019-09-09-russia-extraction.nq.gz")));
        assertTrue(Files.exists(dir.resolve("import-wikidata-positions.nq.gz")));
        assertTrue(Files.exists(dir.resolve("ontology.nq.gz")));
        assertTrue(Files.exists(dir.resolve("build.nq.gz")));
    }

    @Test
    void theSameBytesTwiceAndAForeignFolderIsRefused() throws IOException {
        Path dir = tmp.resolve("dump");
        SplitExport.write(built, B, SplitExport.SplitBy.graph, false, dir);
        List<byte[]> first = contents(dir);
        SplitExport.write(built, B, SplitExport.SplitBy.graph, false, dir);
        List<byte[]> second = contents(dir);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThrows(FileSystemException.class,
                () -> SplitExport.write(built, B, SplitExport.SplitBy.graph, false, foreign));
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void aFolderWithSomeoneElsesManifestOrExtraFilesIsNotReplaced() throws IOException {
        Path foreign = tmp.resolve("project");
        Files.createDirectories(foreign.resolve("src"));
        Files.writeString(foreign.resolve(SplitExport.MANIFEST), "{\"name\": \"my app\", \"files\": []}");
        Files.writeString(foreign.resolve("src/Main.java"), "class Main {}");
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> SplitExport.write(built, B, SplitExport.SplitBy.graph, false, foreign));
        assertTrue(e.getReason().contains("not a dump written by export --split-by"), e.getReason());
        assertEquals("class Main {}", Files.readString(foreign.resolve("src/Main.java")));

        Path dump = tmp.resolve("dump2");
        SplitExport.write(built, B, SplitExport.SplitBy.graph, false, dump);
        assertTrue(Files.readString(dump.resolve(SplitExport.MANIFEST)).contains(SplitExport.GENERATOR));
        Files.writeString(dump.resolve("notes.txt"), "mine");
        e = assertThrows(FileSystemException.class,
                () -> SplitExport.write(built, B, SplitExport.SplitBy.graph, false, dump));
        assertTrue(e.getReason().contains("notes.txt"), e.getReason());
        assertEquals("mine", Files.readString(dump.resolve("notes.txt")));

        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("articles"));
        e = assertThrows(FileSystemException.class,
                () -> SplitExport.write(built, B, SplitExport.SplitBy.graph, false, input.resolve("out"), input));
        assertTrue(e.getReason().contains("data folder"), e.getReason());
        assertFalse(Files.exists(input.resolve("out")));
    }

    private static List<byte[]> contents(Path dir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }
}
