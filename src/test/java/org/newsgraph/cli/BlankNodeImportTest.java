package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.Sparql;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSetup;

/**
 * An import whose triples hold blank nodes (nested Turtle, a node shared by two of its graphs)
 * is built with the whole graph, as blank node labels are given over the whole dataset: `build`,
 * `export` and `serve` give what the whole build gives, and the file parses back to it.
 */
class BlankNodeImportTest {

    static final String B = Build.DEFAULT_BASE;

    /** The corpus fixture with a second import: a TriG file with blank nodes, one in two graphs. */
    static Path input(Path tmp) throws IOException {
        Path input = Fixtures.corpus(tmp);
        Path trig = tmp.resolve("offices.trig");
        Files.writeString(trig, """
                PREFIX ex: <https://example.org/offices/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ex:held { <http://www.wikidata.org/entity/Q22686> ex:held [ rdfs:label "an office" ; ex:from _:start ] .
                          _:start rdfs:label "a start" . }
                ex:dates { _:start ex:year "2017" . [ rdfs:label "another node" ] ex:next _:start . }
                """);
        CliTest.Run r = CliTest.run("import", "--data", input.toString(), trig.toString(), "--name", "offices");
        assertEquals(0, r.code(), r.toString());
        return input;
    }

    @Test
    void onlyImportsWithBlankNodesOrATextPolicyTakeTheWholeGraph(@TempDir Path tmp) throws IOException {
        assertTrue(Pipeline.streams(Fixtures.corpus(tmp.resolve("iris")), TextPolicy.FULL),
                "an import of IRIs and literals is built article by article");
        assertFalse(Pipeline.streams(Fixtures.corpus(tmp.resolve("policy")), TextPolicy.EXCERPTS));
        assertFalse(Pipeline.streams(input(tmp.resolve("blank")), TextPolicy.FULL));
    }

    @Test
    void aBlankNodeInsideATripleTermCountsAndAnEmptyImportsFolderIsNoImport(@TempDir Path tmp) throws IOException {
        org.apache.jena.graph.Node p = org.apache.jena.graph.NodeFactory.createURI("https://example.org/p");
        org.apache.jena.graph.Node blank = org.apache.jena.graph.NodeFactory.createBlankNode();
        assertTrue(org.newsgraph.imports.Imports.holdsBlank(
                org.apache.jena.graph.NodeFactory.createTripleTerm(blank, p, p)));
        assertTrue(org.newsgraph.imports.Imports.holdsBlank(org.apache.jena.graph.NodeFactory.createTripleTerm(p, p,
                org.apache.jena.graph.NodeFactory.createTripleTerm(p, p, blank))));
        assertFalse(org.newsgraph.imports.Imports.holdsBlank(org.apache.jena.graph.NodeFactory.createTripleTerm(p, p, p)));
        Path input = Fixtures.corpus(tmp);
        for (Path f : List.of(input.resolve("imports/wikidata-positions.nq"), input.resolve("imports/wikidata-positions.json"))) {
            Files.delete(f);
        }
        assertTrue(Pipeline.streams(input, TextPolicy.EXCERPTS), "an empty imports folder takes the whole graph");
    }

    @Test
    void buildExportAndValidateGiveTheWholeBuild(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        DatasetGraph whole = Build.build(input, B);
        byte[] expected = Exporter.toBytes(whole, Exporter.Format.TRIG);

        Path out = tmp.resolve("out/graph.trig");
        CliTest.Run build = CliTest.run("build", "--data", input.toString(), "--out", out.toString());
        assertEquals(0, build.code(), build.toString());
        assertArrayEquals(expected, Files.readAllBytes(out), "build differs from the whole build");
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(back);
        assertTrue(IsoMatcher.isomorphic(whole, back), "the file does not parse back to the whole build");
        List<Map<String, String>> shared = new Sparql(back).select("""
                PREFIX ex: <https://example.org/offices/>
                SELECT ?year WHERE { GRAPH ex:held { ?office ex:from ?start } GRAPH ex:dates { ?start ex:year ?year } }""");
        assertEquals(List.of(Map.of("year", "2017")), shared, "the blank node the two graphs share is one node");

        Path nq = tmp.resolve("out/graph.nq");
        CliTest.Run export = CliTest.run("export", "--data", input.toString(), "--format", "nquads", "--out", nq.toString());
        assertEquals(0, export.code(), export.toString());
        assertArrayEquals(Exporter.toBytes(whole, Exporter.Format.NQUADS), Files.readAllBytes(nq));

        CliTest.Run validate = CliTest.run("validate", "--data", input.toString());
        assertEquals(0, validate.code(), validate.toString());
        assertEquals(build.out().replace("wrote " + out + ": ", "valid: "), validate.out());
    }

    @Test
    void theStoreHoldsTheWholeBuildAndIsLoadedAgainAfterAChange(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path store = tmp.resolve("tdb2");
        StoreSetup.Ready first = StoreSetup.upToDate(input, B, store, false, m -> { });
        try (Store s = first.store()) {
            assertEquals(Store.Outcome.LOADED, first.outcome());
            DatasetGraph served = Txn.calculateRead(s.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                s.dataset().find().forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        copy.add(q);
                    }
                });
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(Build.build(input, B), served), "the store is not the whole build");
        }
        Path annotation = input.resolve("articles/cnn-2019-09-09-russia-extraction/annotation.json");
        Files.writeString(annotation, Files.readString(annotation).replace("US extracted top spy", "US extracted a top spy"));
        StoreSetup.Ready again = StoreSetup.upToDate(input, B, store, false, m -> { });
        try (Store s = again.store()) {
            assertEquals(Store.Outcome.LOADED, again.outcome(), "blank nodes of an import are never updated in place");
            long offices = Txn.calculateRead(s.dataset(), () -> s.dataset().stream()
                    .filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("an office"))
                    .count());
            assertEquals(1, offices, "the import's blank node is in the store once");
        }
    }
}
