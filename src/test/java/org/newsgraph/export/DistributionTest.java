package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OtherParsers;
import org.newsgraph.mapping.Build;

/** {@code export --dist}: the files, their checksums, the description that lists them, and the text policy. */
class DistributionTest {

    @TempDir
    static Path dir;
    static DatasetGraph published;
    static List<Distribution.Entry> written;

    @BeforeAll
    static void write() throws IOException {
        published = TextPolicy.EXCERPTS.apply(Build.build(Path.of("src/test/resources/seed"), Build.DEFAULT_BASE));
        written = Distribution.write(published, TextPolicy.EXCERPTS, dir.resolve("dist"));
    }

    static Path file(String name) {
        return dir.resolve("dist").resolve(name);
    }

    static byte[] gunzip(Path p) {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyFileIsInTheChecksumFileWithItsSha256() throws IOException {
        Map<String, String> sums = new HashMap<>();
        for (String line : Files.readAllLines(file(Distribution.CHECKSUMS))) {
            String[] parts = line.split("  ", 2);
            sums.put(parts[1], parts[0]);
        }
        for (Distribution.Entry e : written) {
            assertTrue(Files.isRegularFile(file(e.name())), e.name());
            if (!e.name().equals(Distribution.CHECKSUMS)) {
                assertEquals(org.newsgraph.util.Sha256.of(Files.readAllBytes(file(e.name()))), sums.get(e.name()), e.name());
            }
        }
        for (String name : List.of("newsgraph.nq.gz", "newsgraph.trig.gz", "newsgraph.jsonld.gz", "newsgraph.ttl.gz",
                "newsgraph.nt.gz", "newsgraph.rdf.gz", "schemaorg.jsonld.gz", "void.ttl", "README.md")) {
            assertTrue(sums.containsKey(name), name);
        }
    }

    @Test
    void eachDumpIsTheGraphAsPublishedInItsFormat() {
        for (Exporter.Format f : Exporter.Format.values()) {
            String ext = switch (f) {
                case TURTLE -> "ttl";
                case TRIG -> "trig";
                case NQUADS -> "nq";
                case NTRIPLES -> "nt";
                case JSONLD -> "jsonld";
                case RDFXML -> "rdf";
            };
            byte[] bytes = gunzip(file("newsgraph." + ext + ".gz"));
            assertArrayEquals(Exporter.toBytes(published, f), bytes, f.cliName());
        }
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(gunzip(file("newsgraph.nq.gz")))).lang(Lang.NQUADS).parse(nq);
        assertTrue(IsoMatcher.isomorphic(Exporter.canonical(published), nq));
    }

    @Test
    void theDescriptionListsEveryDumpWithItsChecksumSizeAndMediaType() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        String base = file(Distribution.DESCRIPTION).toUri().toString();
        RDFParser.source(file(Distribution.DESCRIPTION)).base(base).lang(Lang.TURTLE).parse(m);
        String q = """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX spdx: <http://spdx.org/rdf/terms#>
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?file ?sha ?size ?type WHERE {
                  ?ds dcat:distribution ?d . ?d dcat:downloadURL ?file ; dcat:byteSize ?size ; dcat:mediaType ?type ;
                      spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha ] }""";
        int n = 0;
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            for (var rs = qe.execSelect(); rs.hasNext(); n++) {
                QuerySolution s = rs.next();
                Path f = Path.of(java.net.URI.create(s.getResource("file").getURI()));
                assertEquals(file(f.getFileName().toString()), f, "relative to the description: the file beside it");
                byte[] bytes = Files.readAllBytes(f);
                assertEquals(org.newsgraph.util.Sha256.of(bytes), s.getLiteral("sha").getLexicalForm(), f.toString());
                assertEquals(bytes.length, s.getLiteral("size").getLong(), f.toString());
                assertTrue(s.getResource("type").getURI().startsWith(DatasetDescription.MEDIA_TYPES), f.toString());
            }
        }
        assertEquals(written.stream().filter(e -> e.name().endsWith(".gz")).count(), n, "every dump is listed");
        assertTrue(ask(m, "ASK { ?ds void:dataDump ?f ; dcterms:license <" + DatasetDescription.LICENSE
                + "> FILTER(STRENDS(STR(?f), \"newsgraph.nq.gz\")) }"));
        assertFalse(ask(m, "ASK { ?ds void:dataDump ?f FILTER(STRENDS(STR(?f), \"schemaorg.jsonld.gz\")) }"),
                "the schema.org view is a distribution, not a dump of the dataset");
        assertTrue(ask(m, "ASK { ?ds dcterms:rights ?r FILTER(CONTAINS(?r, \"Text policy of this copy: excerpts\")) }"));
        assertFalse(Files.readString(file(Distribution.DESCRIPTION)).contains("newsgraph.invalid"), "no placeholder base");
    }

    @Test
    void theReadmeStatesTheTextPolicyAndTheLicence() throws IOException {
        String readme = Files.readString(file(Distribution.README));
        assertTrue(readme.contains("text policy: excerpts"), readme);
        assertTrue(readme.contains(TextPolicy.EXCERPTS.describe()), readme);
        assertTrue(readme.contains("CC BY 4.0"), readme);
        assertTrue(readme.contains("sha256sum -c SHA256SUMS"), readme);
    }

    @Test
    void theSameDatasetGivesTheSameBytes() throws IOException {
        List<Distribution.Entry> again = Distribution.entries(published, TextPolicy.EXCERPTS);
        assertEquals(written.size(), again.size());
        for (int i = 0; i < again.size(); i++) {
            assertArrayEquals(Files.readAllBytes(file(written.get(i).name())), again.get(i).bytes(), again.get(i).name());
        }
    }

    @Test
    void rapperReadsTheDescriptionAndTheDumps() {
        assumeTrue(OtherParsers.hasRapper(), "rapper is installed by .ci/run");
        assertTrue(OtherParsers.rapper(file(Distribution.DESCRIPTION), "turtle", file(Distribution.DESCRIPTION).toUri().toString()) > 0);
    }

    static boolean ask(Model m, String q) {
        String prefixes = "PREFIX void: <http://rdfs.org/ns/void#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";
        Dataset ds = DatasetFactory.wrap(m);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixes + q).build()) {
            return qe.execAsk();
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
