package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.cli.CliTest.assertOneLine;
import static org.newsgraph.cli.CliTest.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Sparql;
import org.newsgraph.cli.CliTest.Run;
import org.newsgraph.mapping.Build;
import org.newsgraph.validate.Validation;

/**
 * {@code newsgraph import}: RDF made elsewhere goes into graphs of its own under
 * {@code imports/}, described in the build graph, replaced by name, never mixed into an article's
 * graph; a file that does not parse changes nothing. With the Wikidata-style positions fixture
 * imported, the catalogue's roles check agrees, conflicts or does not know, as the dates say.
 */
class ImportCommandTest {

    static final Path SEED = Path.of("src/test/resources/seed");
    static final Path POSITIONS = Path.of("src/test/resources/wikidata/positions.ttl");
    static final Path ALTERED = Path.of("src/test/resources/wikidata/positions-altered.ttl");
    static final String B = Build.DEFAULT_BASE;
    static final String GRAPH = B + "graph/import/wikidata-positions";

    @TempDir
    Path tmp;

    /** A copy of the seed fixture, to import into. */
    Path input() throws IOException {
        Path input = tmp.resolve("input");
        try (Stream<Path> files = Files.walk(SEED)) {
            for (Path f : files.toList()) {
                Path to = input.resolve(SEED.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return input;
    }

    static Run importing(Path input, String... args) {
        String[] all = Stream.concat(Stream.of("import", "--data", input.toString()), Stream.of(args))
                .toArray(String[]::new);
        return run(all);
    }

    static List<Map<String, String>> catalogue(DatasetGraph ds, String name) throws IOException {
        return new Sparql(ds).select(Files.readString(Path.of("queries", name + ".rq")));
    }

    @Test
    void theCorpusFixturesImportIsWhatImportWrites() throws IOException {
        Path input = input();
        Run r = importing(input, POSITIONS.toString(), "--name", "wikidata-positions");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("as wikidata-positions") && r.out().contains("<" + GRAPH + ">"), r::toString);
        Path committed = Path.of("src/test/resources/corpus/imports");
        for (String f : List.of("wikidata-positions.nq", "wikidata-positions.json")) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(f)), Files.readAllBytes(input.resolve("imports/" + f)),
                    f + " differs from what newsgraph import writes now");
        }
    }

    @Test
    void provenanceIsInTheBuildGraphAndArticleGraphsStayApart() throws Exception {
        Path input = input();
        assertEquals(0, importing(input, POSITIONS.toString(), "--name", "wikidata-positions").code());
        DatasetGraph ds = Build.build(input, B);
        Validation.requireValid(ds);
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(POSITIONS)));
        Sparql q = new Sparql(ds);
        List<Map<String, String>> rows = q.select("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?source ?sha ?format ?triples ?name WHERE {
                  GRAPH <%sgraph/build> { <%s> a ng:ImportedGraph ; dcterms:source ?source ; ng:sha256 ?sha ;
                      dcterms:format ?format ; void:triples ?triples ; dcterms:identifier ?name .
                    <%sdataset> void:subset <%s> }
                }""".formatted(B, GRAPH, B, GRAPH));
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("positions.ttl", rows.get(0).get("source"));
        assertEquals(sha, rows.get(0).get("sha"));
        assertEquals("http://www.w3.org/ns/formats/Turtle", rows.get(0).get("format"));
        assertEquals("wikidata-positions", rows.get(0).get("name"));
        long inGraph = ds.getGraph(org.apache.jena.graph.NodeFactory.createURI(GRAPH)).size();
        assertEquals(Long.toString(inGraph), rows.get(0).get("triples"));
        // Trump's presidency is in the imported graph, and in no article's graph
        assertTrue(q.select("""
                PREFIX p: <http://www.wikidata.org/prop/>
                SELECT DISTINCT ?g WHERE { GRAPH ?g { <http://www.wikidata.org/entity/Q22686> p:P39 ?s } }""")
                .equals(List.of(Map.of("g", GRAPH))));
        assertTrue(q.select("""
                SELECT ?g WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?article . ?s ?p ?o
                  FILTER (STRSTARTS(STR(?s), "http://www.wikidata.org/")) } }""").isEmpty());
    }

    @Test
    void gzipAndEveryFormatGiveTheSameGraph() throws Exception {
        Path input = input();
        Path gz = tmp.resolve("positions.ttl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(POSITIONS, out);
        }
        Path nt = tmp.resolve("copy.nt");
        org.apache.jena.riot.RDFDataMgr.write(Files.newOutputStream(nt),
                org.apache.jena.riot.RDFDataMgr.loadModel(POSITIONS.toString()), org.apache.jena.riot.Lang.NTRIPLES);
        assertEquals(0, importing(input, POSITIONS.toString(), "--name", "a").code());
        Run r = importing(input, gz.toString(), nt.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("positions.ttl.gz (Turtle) as positions:"), r::toString);
        String gzNq = Files.readString(input.resolve("imports/positions.nq"));
        assertEquals(Files.readString(input.resolve("imports/a.nq")).replace("/import/a>", "/import/positions>"), gzNq);
        assertTrue(Files.readString(input.resolve("imports/positions.json")).contains("\"source\" : \"positions.ttl.gz\""));
        assertEquals(gzNq.replace("/import/positions>", "/import/copy>"), Files.readString(input.resolve("imports/copy.nq")));
        assertTrue(Files.readString(input.resolve("imports/copy.json")).contains("N-Triples"));
        // two files with the same name are refused before anything is written
        Run twice = importing(input, gz.toString(), tmp.resolve("positions.nt").toString());
        assertEquals(2, twice.code(), twice::toString);
    }

    @Test
    void aFileThatDoesNotParseIsOneLineWithItsPlaceAndChangesNothing() throws IOException {
        Path input = input();
        assertEquals(0, importing(input, POSITIONS.toString(), "--name", "positions").code());
        byte[] before = Files.readAllBytes(input.resolve("imports/positions.nq"));
        Path bad = tmp.resolve("positions.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
        Run r = importing(input, bad.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().startsWith(bad + ": [line 3, column "), r::toString);
        assertArrayEquals(before, Files.readAllBytes(input.resolve("imports/positions.nq")));
        try (Stream<Path> files = Files.list(input.resolve("imports"))) {
            assertEquals(List.of("positions.json", "positions.nq"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Run unknown = importing(input, tmp.resolve("x.csv").toString());
        assertEquals(2, unknown.code(), unknown::toString);
    }

    @Test
    void reimportingANameReplacesExactlyItsGraph() throws Exception {
        Path input = input();
        Path one = tmp.resolve("one.ttl");
        Path two = tmp.resolve("two.ttl");
        Files.writeString(one, "<http://example.org/a> <http://example.org/p> \"first\" .\n");
        Files.writeString(two, "<http://example.org/b> <http://example.org/p> \"other\" .\n");
        assertEquals(0, importing(input, one.toString(), "--name", "x").code());
        assertEquals(0, importing(input, two.toString(), "--graph", "http://example.org/graph/two").code());
        Files.writeString(one, "<http://example.org/a> <http://example.org/p> \"second\" .\n");
        assertEquals(0, importing(input, one.toString(), "--name", "x").code());
        Sparql q = new Sparql(Build.build(input, B));
        assertEquals(List.of("second"), q.values("SELECT ?v WHERE { GRAPH <" + B
                + "graph/import/x> { <http://example.org/a> <http://example.org/p> ?v } }", "v"));
        assertEquals(List.of("other"), q.values(
                "SELECT ?v WHERE { GRAPH <http://example.org/graph/two> { ?s ?p ?v } }", "v"));
        // a graph of another import, or of newsgraph's own, is refused
        Run taken = importing(input, one.toString(), "--name", "y", "--graph", "http://example.org/graph/two");
        assertEquals(2, taken.code(), taken::toString);
        assertTrue(taken.err().contains("already import \"two\"'s"), taken::toString);
        Run own = importing(input, one.toString(), "--graph", B + "graph/article/cnn-2019-09-09-russia-extraction");
        assertEquals(2, own.code(), own::toString);
        assertOneLine(own.err(), own);
    }

    @Test
    void anImportChangesTheStoresFingerprint() throws IOException {
        Path input = input();
        var before = org.newsgraph.store.Fingerprint.of(input, B, Map.of(), "test");
        assertEquals(0, importing(input, POSITIONS.toString()).code());
        var after = org.newsgraph.store.Fingerprint.of(input, B, Map.of(), "test");
        assertFalse(before.equals(after), "serve would keep a store without the import");
    }

    @Test
    void importedGraphsAreNotCheckedAgainstOurShapes() throws IOException {
        Path input = input();
        Path other = tmp.resolve("other-news.ttl");
        // a person without a text span would break the shapes of an article graph
        Files.writeString(other, """
                @prefix schema: <https://schema.org/> .
                <http://example.org/people/1> a schema:Person ; schema:name "Someone" .
                """);
        assertEquals(0, importing(input, other.toString()).code());
        Run r = run("validate", "--data", input.toString());
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void linkingThroughSameAsAndWhatDidNotLink() throws IOException {
        Path input = input();
        Path trig = tmp.resolve("other-graph.trig");
        Files.writeString(trig, """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix schema: <https://schema.org/> .
                <http://example.org/g> {
                  <http://example.org/people/putin> owl:sameAs <http://www.wikidata.org/entity/Q7747> .
                  <http://example.org/people/kasparov> schema:sameAs <http://www.wikidata.org/entity/Q28614> .
                }
                """);
        assertEquals(0, importing(input, trig.toString()).code());
        List<Map<String, String>> rows = catalogue(Build.build(input, B), "31-import-links");
        assertEquals(2, rows.size(), rows::toString);
        Map<String, String> putin = rows.get(0);
        assertEquals("http://www.w3.org/2002/07/owl#sameAs", putin.get("via"));
        assertEquals("http://example.org/people/putin", putin.get("node"));
        assertEquals(B + "entity/Q7747", putin.get("entity"));
        assertEquals("true", putin.get("linked"));
        Map<String, String> other = rows.get(1);
        assertEquals("http://www.wikidata.org/entity/Q28614", other.get("item"));
        assertEquals("false", other.get("linked"));
        assertFalse(other.containsKey("entity"));
    }

    @Test
    void rolesAgreeWithThePositionsFixtureAndConflictWithAnAlteredOne() throws IOException {
        Path input = input();
        assertEquals(0, importing(input, POSITIONS.toString(), "--name", "wikidata-positions").code());
        Map<String, String> agreed = verdicts(Build.build(input, B));
        assertEquals("agrees", agreed.get("g20-meeting Vladimir Putin"));
        assertEquals("agrees", agreed.get("may-meeting Donald Trump"));
        assertEquals("agrees", agreed.get("publication Donald Trump"));
        assertEquals("unknown", agreed.get("may-meeting Sergey Kislyak"), "no Wikidata item verified for Kislyak");
        assertFalse(agreed.containsValue("conflicts"), agreed::toString);

        Path input2 = tmp.resolve("altered");
        Files.move(input.resolve("imports"), tmp.resolve("kept"));
        Files.move(input, input2);
        assertEquals(0, importing(input2, ALTERED.toString(), "--name", "wikidata-positions").code());
        Map<String, String> altered = verdicts(Build.build(input2, B));
        // the altered second presidency starts in May 2018: the July 2017 G20 is excluded by both terms
        assertEquals("conflicts", altered.get("g20-meeting Vladimir Putin"));
        assertEquals("conflicts", altered.get("g20-summit Vladimir Putin"));
        assertEquals("agrees", altered.get("publication Vladimir Putin"));
        assertEquals("unknown", altered.get("may-meeting Donald Trump"), "the altered file has no position of Trump's");
    }

    /** Imports {@code content} as {@code fileName}: exit 2, one line naming the file, saying {@code expected}; nothing imported. */
    void refused(Path input, String fileName, byte[] content, String expected, String... args) throws IOException {
        Path f = tmp.resolve(fileName);
        Files.write(f, content);
        String[] all = Stream.concat(Stream.of(f.toString()), Stream.of(args)).toArray(String[]::new);
        Run r = importing(input, all);
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains(fileName) && r.err().contains(expected), r::toString);
        assertFalse(Files.exists(input.resolve("imports")), r::toString);
    }

    @Test
    void jsonLdContextsByReferenceAndDeepNestingAreRefused() throws IOException {
        Path input = input();
        Path ctx = tmp.resolve("ctx.json");
        Files.writeString(ctx, "{\"@context\": {\"name\": \"http://schema.org/name\"}}");
        String doc = "{\"@id\": \"http://ex.org/a\", \"name\": \"A\"}";
        refused(input, "remote.jsonld", ("{\"@context\": \"http://example.invalid/ctx\", \"@id\": \"http://ex.org/a\"}")
                .getBytes(), "/@context: a @context by reference (IRI) is not fetched; inline the context");
        refused(input, "file.jsonld", ("{\"@graph\": [{\"@context\": [{\"x\": \"http://ex.org/x\"}, \""
                + ctx.toUri() + "\"], \"@id\": \"http://ex.org/a\", \"name\": \"A\"}]}").getBytes(),
                "/@graph/0/@context/1: a @context by reference");
        refused(input, "import.jsonld", "{\"@context\": {\"@version\": 1.1, \"@import\": \"http://example.invalid/c\"}}"
                .getBytes(), "/@context/@import: a @context by reference");
        refused(input, "deep.jsonld", ("[".repeat(5000) + "]".repeat(5000)).getBytes(), "nested deeper than");
        // an inline context is read
        Path ok = tmp.resolve("inline.jsonld");
        Files.writeString(ok, "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"@id\": \"http://ex.org/a\","
                + " \"name\": \"A\"}");
        Run r = importing(input, ok.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(input.resolve("imports/inline.nq")).contains("<http://ex.org/a> <http://schema.org/name> \"A\""));
    }

    @Test
    void badGraphNamesTruncatedGzipAndRelativeIrisAreOneLineErrors() throws IOException {
        Path input = input();
        byte[] nt = "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n".getBytes();
        for (String g : new String[] {"http://ex.org/a b", "_:b0", "http://ex.org/<>", B + "graph/import/../build"}) {
            refused(input, "g.nt", nt, "graph name", "--graph", g);
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(gz)) {
            z.write(nt);
        }
        byte[] whole = gz.toByteArray();
        refused(input, "cut.nt.gz", java.util.Arrays.copyOf(whole, whole.length - 4), "not a complete gzip file");
        refused(input, "rel.ttl", "<s> <http://ex.org/p> <o> .\n".getBytes(), "relative IRI <s>");
        Run r = importing(input, tmp.resolve("g.nt").toString(), "--graph", "http://ex.org/g#frag");
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(input.resolve("imports/g.nq")).contains("<http://ex.org/o> <http://ex.org/g#frag>"));
        Path based = tmp.resolve("based.ttl");
        Files.writeString(based, "@base <http://ex.org/dir/> .\n<s> <http://ex.org/p> <o> .\n");
        r = importing(input, based.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(input.resolve("imports/based.nq")).contains("<http://ex.org/dir/s>"));
    }

    @Test
    void aDamagedImportManifestIsAOneLineErrorNamingIt() throws IOException {
        Path input = input();
        Path f = tmp.resolve("one.nt");
        Files.writeString(f, "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n");
        assertEquals(0, importing(input, f.toString()).code());
        Path manifest = input.resolve("imports/one.json");
        Files.writeString(manifest, "{\"name\":\"one\",\"graphs\":[\"" + B + "graph/import/one\"]}");
        Run r = run("build", "--data", input.toString(), "--out", tmp.resolve("out.trig").toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains("one.json") && r.err().contains("no source"), r::toString);
        Files.writeString(manifest, "{\"name\":\"one\",\"graphs\":[");
        r = run("build", "--data", input.toString(), "--out", tmp.resolve("out.trig").toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains("one.json: [line 1, column"), r::toString);
        assertFalse(r.err().contains("Source") || r.err().contains("REDACTED"), r::toString);
    }

    @Test
    void longNamesCollidingDefaultNamesAndAMissingDataFolderAreRefused() throws IOException {
        Path input = input();
        byte[] nt = "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n".getBytes();
        Path first = tmp.resolve("...nt");
        Files.write(first, nt);
        Path second = tmp.resolve("\u00c9 \u00e9.nt");
        Files.write(second, "<http://ex.org/s2> <http://ex.org/p> <http://ex.org/o> .\n".getBytes());
        assertEquals(0, importing(input, first.toString()).code());
        Run r = importing(input, second.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLine(r.err(), r);
        assertTrue(r.err().contains("--name"), r::toString);
        assertTrue(Files.readString(input.resolve("imports/import.nq")).contains("<http://ex.org/s>"));
        assertEquals(0, importing(input, first.toString()).code(), "the same file again replaces its import");
        assertEquals(0, importing(input, second.toString(), "--name", "import").code(), "--name replaces on purpose");
        assertTrue(Files.readString(input.resolve("imports/import.nq")).contains("<http://ex.org/s2>"));

        Path f = tmp.resolve("x.nt");
        Files.write(f, nt);
        r = importing(input, f.toString(), "--name", "a".repeat(209));
        assertEquals(2, r.code(), r::toString);
        try (Stream<Path> files = Files.list(input.resolve("imports"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("aaaa")), "no orphan file");
        }

        Path missing = tmp.resolve("missing");
        r = importing(missing, f.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no such data folder"), r::toString);
        assertFalse(Files.exists(missing));
    }

    /** The roles query's verdict by "event-id person-name" on the seed article. */
    static Map<String, String> verdicts(DatasetGraph ds) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map<String, String> row : catalogue(ds, "32-roles-vs-wikidata")) {
            String event = row.get("event").substring(row.get("event").lastIndexOf('/') + 1);
            out.put(event + " " + row.get("personName"), row.get("verdict"));
        }
        return out;
    }
}
