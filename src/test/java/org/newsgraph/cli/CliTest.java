package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.mapping.Build;
import picocli.CommandLine;

/**
 * The command line: exit codes, messages, files written (or not), and every export format
 * read back by Jena. Fixtures are tiny data folders made in a temporary folder from the
 * seed article's text.
 */
class CliTest {

    static final Path SEED = Path.of("src/test/resources/seed/articles/cnn-2019-09-09-russia-extraction");

    /** A small valid annotation of the seed article. */
    static final String VALID = """
            {
              "article": {"headline": "US extracted top spy from inside Russia in 2017", "publisher": "cnn",
                          "dateline": "washington", "datelineEvidence": {"text": "Washington", "in": "Washington (CNN)"},
                          "published": "2019-09-09", "language": "en"},
              "entities": [
                {"id": "cnn", "type": "organization", "name": "CNN", "mentions": {"text": "CNN", "in": "Washington (CNN)"}},
                {"id": "washington", "type": "place", "name": "Washington", "mentions": {"text": "Washington", "in": "Washington (CNN)"}},
                {"id": "trump", "type": "person", "name": "Donald Trump", "mentions": "President Donald Trump"},
                {"id": "officials", "type": "anonymousSource", "plural": true,
                 "descriptor": "multiple Trump administration officials with direct knowledge",
                 "mentions": "multiple Trump administration officials with direct knowledge"}
              ],
              "claims": [
                {"id": "extracted", "label": "The United States extracted a covert source from Russia in 2017",
                 "evidence": "the United States successfully extracted from Russia one of its highest-level covert sources"}
              ],
              "statements": [
                {"id": "told", "type": "paraphrase", "speakers": ["officials"], "addressee": "cnn",
                 "evidence": {"text": "told CNN", "occurrence": 1}, "claims": [{"claim": "extracted",
                  "evidence": "the United States successfully extracted from Russia one of its highest-level covert sources"}]}
              ]
            }
            """;

    @TempDir
    static Path shared;
    static Path valid;
    static DatasetGraph built;

    @BeforeAll
    static void fixture() throws Exception {
        valid = data(shared.resolve("valid"), VALID);
        built = Build.build(valid, Build.DEFAULT_BASE);
    }

    /** A data folder with the seed article's text and this annotation. */
    static Path data(Path dir, String annotation) throws Exception {
        Path article = dir.resolve("articles/cnn-test");
        Files.createDirectories(article);
        Files.copy(SEED.resolve("article.txt"), article.resolve("article.txt"));
        Files.writeString(article.resolve("annotation.json"), annotation);
        return dir;
    }

    record Run(int code, String out, String err) {
        byte[] outBytes() {
            return out.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static void assertOneLine(String text, Run r) {
        assertEquals(1, text.lines().count(), () -> "expected one line:\n" + r);
        assertFalse(text.contains("\tat "), () -> "no stack trace for user mistakes:\n" + r);
    }

    // ---- help and usage -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "export"})
    void helpShowsDescriptionsDefaultsAndExitCodes(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Usage: newsgraph " + command), r::toString);
        assertTrue(r.out().contains("Default: data"), r::toString);
        assertTrue(r.out().contains("Default: " + Build.DEFAULT_BASE), r::toString);
        assertTrue(r.out().contains("Exit codes:"), r::toString);
        if (command.equals("build")) {
            assertTrue(r.out().contains("Default: out/newsgraph.trig"), r::toString);
        }
        if (command.equals("export")) {
            for (Format f : Format.values()) {
                assertTrue(r.out().contains(f.cliName()), r::toString);
            }
        }
    }

    @Test
    void version() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("newsgraph "), r::toString);
    }

    @Test
    void usageErrorsExitTwoWithPicocliMessage() {
        Run unknown = run("build", "--bogus");
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown::toString);
        assertTrue(unknown.err().contains("Try 'newsgraph build --help'"), unknown::toString);

        Run noFormat = run("export");
        assertEquals(2, noFormat.code(), noFormat::toString);
        assertTrue(noFormat.err().contains("give either --format or --dist"), noFormat::toString);

        Run badFormat = run("export", "--format", "n3");
        assertEquals(2, badFormat.code(), badFormat::toString);
        assertTrue(badFormat.err().contains("turtle, trig, nquads, ntriples, jsonld, rdfxml"), badFormat::toString);

        Run badBase = run("validate", "--base", "not an iri");
        assertEquals(2, badBase.code(), badBase::toString);
        assertTrue(badBase.err().contains("--base"), badBase::toString);
        assertEquals("", badBase.out());
        // a fragment base would make span IRIs with two '#': refused like any other bad base
        Run hashBase = run("validate", "--base", "http://example.org/ns#");
        assertEquals(2, hashBase.code(), hashBase::toString);
        assertTrue(hashBase.err().contains("ending in '/'"), hashBase::toString);
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithStackTrace() {
        @CommandLine.Command(name = "boom")
        class Boom implements Callable<Integer> {
            @Override
            public Integer call() {
                throw new IllegalStateException("a bug");
            }
        }
        Run r = run(Main.configure(new CommandLine(new Boom())));
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().startsWith("newsgraph: internal error: java.lang.IllegalStateException: a bug"), r::toString);
        assertTrue(r.err().contains("\tat "), r::toString);
    }

    // ---- input errors: exit 2, one line, nothing written ---------------------------------

    @Test
    void missingDataFolder(@TempDir Path dir) {
        Path out = dir.resolve("out/g.trig");
        Run r = run("build", "--data", dir.resolve("nowhere").toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains("nowhere"), r::toString);
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void badInputPrintsOneLocatedLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path data = data(dir.resolve("input"), VALID.replace("\"President Donald Trump\"", "\"President Boris Yeltsin\""));
        Path out = dir.resolve("out/newsgraph.trig");

        Run build = run("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(2, build.code(), build::toString);
        assertOneLine(build.err(), build);
        assertTrue(build.err().startsWith(data.resolve("articles/cnn-test/annotation.json") + ": /entities/2/mentions"),
                build::toString);
        assertTrue(build.err().contains("[line 8, column"), build::toString);
        assertTrue(build.err().contains("President Boris Yeltsin"), build::toString);
        assertEquals("", build.out());
        assertFalse(Files.exists(out.getParent()), "no output folder, no temporary file");

        // an existing output is left as it was
        Files.createDirectories(out.getParent());
        Files.writeString(out, "previous build");
        assertEquals(2, run("build", "--data", data.toString(), "--out", out.toString()).code());
        assertEquals("previous build", Files.readString(out));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }

        Run validate = run("validate", "--data", data.toString());
        assertEquals(2, validate.code(), validate::toString);
        assertEquals(build.err(), validate.err());

        Run export = run("export", "--format", "nquads", "--data", data.toString());
        assertEquals(2, export.code(), export::toString);
        assertEquals("", export.out(), "nothing on standard output");
        assertEquals(build.err(), export.err());
    }

    @Test
    void unwritableOutputIsOneLineAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Run r = run("build", "--data", valid.toString(), "--out", folder.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().startsWith(folder + ": cannot write: "), r::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(folder), files.toList(), "no temporary file left");
        }
    }

    @Test
    void malformedJsonIsLocated(@TempDir Path dir) throws Exception {
        Path data = data(dir, VALID.replace("\"language\": \"en\"}", "\"language\": \"en\",}"));
        Run r = run("validate", "--data", data.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains("annotation.json: /article/language [line 4, column"), r::toString);
    }

    /**
     * A graph that builds but does not validate: a claim's assertion gives the publication event a
     * literal ng:object, which the SHACL shapes reject (the mapping checks a claim triple's predicate,
     * not whether its object is a literal).
     */
    @Test
    void invalidGraphExitsOneWithTheReportAndWritesNothing(@TempDir Path dir) throws Exception {
        Path data = data(dir.resolve("input"), VALID.replace("\"label\": \"The United States extracted",
                "\"assertion\": [{\"subject\": \"publication\", \"predicate\": \"ng:object\", \"value\": \"many\"}],"
                        + " \"label\": \"The United States extracted"));
        Path out = dir.resolve("out/newsgraph.trig");

        Run build = run("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(1, build.code(), build::toString);
        assertTrue(build.err().contains("ng:object"), build::toString);
        assertTrue(build.err().endsWith("newsgraph build: the graph built from the input does not validate; nothing was written or served\n"), build::toString);
        assertEquals("", build.out());
        assertFalse(Files.exists(out.getParent()));

        Run validate = run("validate", "--data", data.toString());
        assertEquals(1, validate.code(), validate::toString);
        assertTrue(validate.out().contains("ng:object"), validate::toString);

        Run export = run("export", "--format", "ntriples", "--data", data.toString());
        assertEquals(1, export.code(), export::toString);
        assertEquals("", export.out());

        Run anyway = run("export", "--format", "ntriples", "--no-validate", "--data", data.toString());
        assertEquals(0, anyway.code(), anyway::toString);
        assertTrue(anyway.out().contains("<https://w3id.org/newsgraph/ontology#object> \"many\""), anyway::toString);
    }

    // ---- valid input -----------------------------------------------------------------------

    @Test
    void buildWritesTriGAndASummary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new/folder/newsgraph.trig");
        Run r = run("build", "--data", valid.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertOneLine(r.out(), r);
        assertTrue(r.out().matches("wrote .*newsgraph\\.trig: \\d+ named graphs, 1 article, \\d+ quads\\n"), r::toString);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(back);
        assertTrue(IsoMatcher.isomorphic(built, back), "the TriG file holds the built dataset");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(java.util.Set.of(out.toAbsolutePath(), org.newsgraph.pipeline.BlockIndex.fileOf(out)),
                    java.util.Set.copyOf(files.map(Path::toAbsolutePath).toList()),
                    "no temporary file left (only the file's block index next to it)");
        }

        // building again replaces the file with identical bytes
        byte[] first = Files.readAllBytes(out);
        assertEquals(0, run("build", "--data", valid.toString(), "--out", out.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void buildWithAnotherBase(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.trig");
        Run r = run("build", "--data", valid.toString(), "--out", out.toString(), "--base", "https://example.org/news/");
        assertEquals(0, r.code(), r::toString);
        String trig = Files.readString(out);
        assertTrue(trig.contains("https://example.org/news/article/cnn-test"), "IRIs minted from --base");
        assertFalse(trig.contains(Build.DEFAULT_BASE + "article/"), "no IRI from the default base");
    }

    @Test
    void validateSaysValid() {
        Run r = run("validate", "--data", valid.toString());
        assertEquals(0, r.code(), r::toString);
        assertOneLine(r.out(), r);
        assertTrue(r.out().startsWith("valid: "), r::toString);
        assertTrue(r.out().contains("1 article"), r::toString);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportToStdoutAndFileReadsBackToTheBuiltData(Format format, @TempDir Path dir) throws Exception {
        Run r = run("export", "--format", format.cliName(), "--data", valid.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertSameData(format, r.outBytes());

        Path out = dir.resolve("exports/graph." + format.cliName());
        Run toFile = run("export", "--format", format.cliName(), "--data", valid.toString(), "--out", out.toString());
        assertEquals(0, toFile.code(), toFile::toString);
        assertEquals("", toFile.out(), "nothing on standard output with --out");
        assertArrayEquals(r.outBytes(), Files.readAllBytes(out), "same bytes to a file and to standard output");
    }

    static void assertSameData(Format format, byte[] bytes) {
        RDFParser parser = RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).build();
        if (format.keepsGraphs()) {
            DatasetGraph back = DatasetGraphFactory.create();
            parser.parse(back);
            assertTrue(IsoMatcher.isomorphic(built, back), format + ": not the built dataset");
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            parser.parse(back);
            Graph union = GraphFactory.createDefaultGraph();
            built.find().forEachRemaining(q -> union.add(q.asTriple()));
            assertTrue(union.size() > 0);
            assertTrue(IsoMatcher.isomorphic(union, back), format + ": not the union of the built graphs");
        }
    }

    @Test
    void nquadsAreByteIdenticalAcrossBuilds() {
        Run first = run("export", "--format", "nquads", "--data", valid.toString());
        Run second = run("export", "--format", "nquads", "--data", valid.toString());
        assertEquals(0, first.code(), first::toString);
        assertEquals(first.out(), second.out());
        List<String> lines = first.out().lines().toList();
        assertEquals(lines.stream().sorted().distinct().toList(), lines, "sorted lines, no duplicates");
    }

    @Test
    void seedDataNquadsAreByteIdenticalAcrossBuilds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED.resolve("annotation.json")),
                "the seed annotation is not written yet");
        Run first = run("export", "--format", "nquads", "--data", "src/test/resources/seed");
        assertEquals(0, first.code(), first::toString);
        Run second = run("export", "--format", "nquads", "--data", "src/test/resources/seed");
        assertEquals(first.out(), second.out());
    }

    @Test
    void outThatIsAFolderIsAOneLineErrorAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectories(shared.resolve("out-folder"));
        Run r = run("build", "--data", valid.toString(), "--out", folder.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(folder + ": cannot write: is a folder", r.err().strip(), r::toString);
        assertTrue(Files.isDirectory(folder));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
        Run export = run("export", "--format", "trig", "--data", valid.toString(), "--out", folder.toString());
        assertEquals(2, export.code(), export::toString);
        assertEquals(folder + ": cannot write: is a folder", export.err().strip(), export::toString);

        Run root = run("build", "--data", valid.toString(), "--out", "/");
        assertEquals(2, root.code(), root::toString);
        assertEquals("/: cannot write: is a folder", root.err().strip(), root::toString);
    }
}
