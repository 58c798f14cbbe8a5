package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.annotation.InputError;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.SplitExport;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;

/** {@code export} article by article writes the bytes of the whole-dataset writer, for every streamed format. */
class StreamedExportTest {

    static final String B = Build.DEFAULT_BASE;

    @TempDir
    static Path shared;
    private static final java.util.Map<String, Path> INPUTS = new java.util.HashMap<>();
    private static final java.util.Map<String, DatasetGraph> BUILT = new java.util.HashMap<>();

    /** The fixture copied once for the tests that do not change it. */
    static synchronized Path data(String fixture) throws IOException {
        Path p = INPUTS.get(fixture);
        if (p == null) {
            p = PipelineTest.input(Files.createDirectories(shared.resolve(fixture)), fixture);
            INPUTS.put(fixture, p);
        }
        return p;
    }

    /** The whole dataset of a fixture, built once. */
    static synchronized DatasetGraph built(String fixture) throws IOException {
        DatasetGraph d = BUILT.get(fixture);
        if (d == null) {
            d = Build.build(data(fixture), B);
            BUILT.put(fixture, d);
        }
        return d;
    }

    static Stream<Arguments> cases() {
        // every text policy on the corpus (it has digests of others' articles), the full texts on the others
        return Stream.of("corpus", "seed", "mini").flatMap(fixture -> Stream.of(Format.TRIG, Format.NQUADS,
                Format.NTRIPLES).flatMap(format -> Stream.of(TextPolicy.values())
                .filter(policy -> fixture.equals("corpus") || policy == TextPolicy.FULL)
                .map(policy -> Arguments.of(fixture, format, policy))));
    }

    static byte[] streamed(Path data, TextPolicy policy, Format format, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pipeline.Result r = StreamedExport.write(data, B, true, policy, format, content -> content.writeTo(out), budget);
        assertTrue(r.report().conforms(), r.report().text());
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void streamedBytesAreTheWholeWritersBytes(String fixture, Format format, TextPolicy policy) throws IOException {
        Path data = data(fixture);
        DatasetGraph whole = policy.apply(built(fixture));
        byte[] expected = Exporter.toBytes(whole, format);
        assertTrue(expected.length > 0);
        byte[] got = streamed(data, policy, format, 1L << 30);
        assertArrayEquals(expected, got, fixture + " " + format + " " + policy + ": streamed bytes differ\n"
                + firstDifference(expected, got));
        if (format != Format.TRIG) {
            // sorted in many runs on disk and merged: the same bytes
            byte[] runs = streamed(data, policy, format, 4096);
            assertArrayEquals(expected, runs, fixture + " " + format + " " + policy + ": merged runs differ");
        }
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @org.junit.jupiter.params.provider.CsvSource({"article,true", "graph,false"})
    void streamedSplitDumpIsTheWholeDatasetsDump(SplitExport.SplitBy by, boolean gzip, @TempDir Path dir)
            throws IOException {
        Path data = data("corpus");
        for (TextPolicy policy : List.of(TextPolicy.FULL, TextPolicy.NONE)) {
            Path wholeDir = dir.resolve("whole-" + policy);
            Path streamedDir = dir.resolve("streamed-" + policy);
            List<SplitExport.Part> expected = SplitExport.write(policy.apply(built("corpus")), B, by, gzip,
                    wholeDir);
            List<SplitExport.Part> got = StreamedExport.split(data, B, true, policy, by, gzip, streamedDir);
            assertEquals(expected, got, by + " " + policy + ": other files");
            assertTrue(got.stream().anyMatch(p -> p.graphs().size() > 1) == (by == SplitExport.SplitBy.article));
            try (Stream<Path> files = Files.list(wholeDir)) {
                for (Path f : files.toList()) {
                    assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(streamedDir.resolve(f.getFileName())),
                            by + " " + policy + ": " + f.getFileName() + " differs");
                }
            }
        }
    }

    @Test
    void theImportsAreWrittenWithTheArticles() throws IOException {
        // the corpus fixture has an import: its graph and its description in the build record are streamed too
        String nq = new String(streamed(data("corpus"), TextPolicy.FULL, Format.NQUADS, 1L << 30), StandardCharsets.UTF_8);
        String graph = "<" + B + "graph/import/wikidata-positions>";
        assertTrue(nq.contains("<http://www.wikidata.org/entity/Q22686> <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"Donald Trump\"@en " + graph + " ."), "the imported graph is missing");
        assertTrue(nq.contains(graph + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://w3id.org/newsgraph/ontology#ImportedGraph> <" + B + "graph/build> ."),
                "the build record does not describe the import");
    }

    @Test
    void theUnionIsWrittenWithEachTripleOnce() throws IOException {
        // a triple that several graphs hold (an entity named in several articles' graphs) is one line of the union
        Path data = data("corpus");
        String nt = new String(streamed(data, TextPolicy.FULL, Format.NTRIPLES, 2048), StandardCharsets.UTF_8);
        List<String> lines = nt.lines().toList();
        assertEquals(java.util.Set.copyOf(lines).size(), lines.size(), "a line written twice");
        String nq = new String(streamed(data, TextPolicy.FULL, Format.NQUADS, 2048), StandardCharsets.UTF_8);
        java.util.Set<String> triples = new java.util.HashSet<>();
        nq.lines().forEach(l -> triples.add(l.substring(0, l.lastIndexOf(" <", l.length() - 3)) + " ."));
        assertTrue(triples.size() < nq.lines().count(), "no triple is in two graphs: the test shows nothing");
        assertEquals(triples, java.util.Set.copyOf(lines), "the union is not the set of the quads' triples");
    }

    @Test
    void aBadArticleWritesNothing(@TempDir Path dir) throws IOException {
        Path data = PipelineTest.input(dir, "corpus");
        try (Stream<Path> s = Files.list(data.resolve("articles"))) {
            Path last = s.sorted().reduce((a, b) -> b).orElseThrow();
            Files.writeString(last.resolve("annotation.json"), "{ not json");
        }
        boolean[] called = new boolean[1];
        assertThrows(InputError.class, () -> StreamedExport.write(data, B, true, TextPolicy.FULL, Format.NQUADS,
                content -> called[0] = true));
        assertTrue(!called[0], "the target was written");
    }

    static String firstDifference(byte[] a, byte[] b) {
        int i = java.util.Arrays.mismatch(a, b);
        if (i < 0) {
            return "";
        }
        int from = Math.max(0, i - 200);
        return "expected ..." + new String(a, from, Math.min(a.length, i + 200) - from, StandardCharsets.UTF_8)
                + "\nbut got ..." + new String(b, from, Math.min(b.length, i + 200) - from, StandardCharsets.UTF_8);
    }
}
