package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.annotation.InputError;
import org.newsgraph.export.Exporter;
import org.newsgraph.mapping.Build;

/**
 * The article-at-a-time build gives what the whole build gives: the same TriG bytes as the
 * exporter writes for the whole dataset (on each fixture corpus, copied to a folder named
 * input), whatever the number of worker threads; the same quads streamed to a store; the same
 * first error for bad input, and no file written then.
 */
class PipelineTest {

    static final String B = Build.DEFAULT_BASE;

    static Path input(Path dir, String fixture) throws IOException {
        Path from = Path.of("src/test/resources", fixture);
        Path to = dir.resolve("input");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corpus", "seed", "mini"})
    void streamedTrigIsByteIdenticalToTheWholeExport(String fixture, @TempDir Path dir) throws IOException {
        Path data = input(dir, fixture);
        byte[] whole = Exporter.toBytes(Build.build(data, B), Exporter.Format.TRIG);
        Path out = dir.resolve("out/graph.trig");
        Pipeline.Result result = Pipeline.writeTrig(data, B, out);
        assertTrue(result.report().conforms(), result.report().text());
        assertArrayEquals(whole, Files.readAllBytes(out), fixture + ": streamed TriG differs from the whole export");
        String before = System.getProperty("newsgraph.threads");
        System.setProperty("newsgraph.threads", "1");
        try {
            Path one = dir.resolve("out/one.trig");
            Pipeline.writeTrig(data, B, one);
            assertArrayEquals(whole, Files.readAllBytes(one), fixture + ": one thread gives other bytes");
        } finally {
            if (before == null) {
                System.clearProperty("newsgraph.threads");
            } else {
                System.setProperty("newsgraph.threads", before);
            }
        }
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            Path one = dir.resolve("out/one.trig");
            assertEquals(java.util.Set.of(out, one, BlockIndex.fileOf(out), BlockIndex.fileOf(one)),
                    java.util.Set.copyOf(left.map(p -> p.toAbsolutePath()).toList()),
                    "no temporary file is left next to the output (only each file's block index)");
        }
    }

    @Test
    void streamedQuadsAreTheWholeBuildsQuads(@TempDir Path dir) throws IOException {
        Path data = input(dir, "corpus");
        DatasetGraph whole = Build.build(data, B);
        DatasetGraph streamed = DatasetGraphFactory.create();
        StreamSink sink = new StreamSink(org.apache.jena.riot.system.StreamRDFLib.dataset(streamed));
        Pipeline.Result r = Pipeline.run(data, B, true, sink);
        sink.finish();
        assertTrue(r.report().conforms(), r.report().text());
        assertTrue(IsoMatcher.isomorphic(whole, streamed), "the streamed quads are not the whole build's");
        assertEquals(Exporter.prefixes(whole), streamed.prefixes().getMapping());
    }

    @Test
    void aBadArticleInTheMiddleGivesTheWholeBuildsErrorAndNoFile(@TempDir Path dir) throws IOException {
        Path data = input(dir, "corpus");
        Path annotation;
        try (Stream<Path> articles = Files.list(data.resolve("articles"))) {
            annotation = articles.sorted().toList().get(3).resolve("annotation.json");
        }
        Files.writeString(annotation, Files.readString(annotation).replaceFirst("\"type\": \"person\"", "\"type\": \"persn\""));
        InputError whole = assertThrows(InputError.class, () -> Build.build(data, B));
        Path out = dir.resolve("out/graph.trig");
        InputError streamed = assertThrows(InputError.class, () -> Pipeline.writeTrig(data, B, out));
        assertEquals(whole.getMessage(), streamed.getMessage());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"graph/build", "graph/article/cnn-2019-09-09-russia-extraction"})
    void anImportWithTheNameOfAGraphOfTheBuildGivesTheWholeBuildsErrorAndNoFile(String graph, @TempDir Path dir)
            throws IOException {
        Path data = input(dir, "corpus");
        String taken = B + graph;
        assertTrue(Build.build(data, B).containsGraph(org.apache.jena.graph.NodeFactory.createURI(taken)),
                "not a graph of the build: " + taken);
        String own = B + "graph/import/wikidata-positions";
        for (String file : new String[] {"wikidata-positions.nq", "wikidata-positions.json"}) {
            Path f = data.resolve("imports").resolve(file);
            Files.writeString(f, Files.readString(f).replace(own, taken));
        }
        InputError whole = assertThrows(InputError.class, () -> Build.build(data, B));
        Path out = dir.resolve("out/graph.trig");
        InputError streamed = assertThrows(InputError.class, () -> Pipeline.writeTrig(data, B, out));
        assertEquals(whole.getMessage(), streamed.getMessage());
        assertTrue(streamed.getMessage().startsWith(data.resolve("imports/wikidata-positions.json") + ": graph <" + taken
                + "> is already a graph of the build"), streamed.getMessage());
        assertFalse(Files.exists(out));
    }
}
