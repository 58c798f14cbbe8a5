package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import org.newsgraph.server.JsonResultsWriter;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.Fingerprint;
import org.newsgraph.store.Store;

/** {@code newsgraph query}: against the local store (built as serve does) and against an endpoint. */
class QueryCommandTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path store;
    static Path statements;

    /** The speakers of each statement type, with the type as a parameter. */
    static final String STATEMENTS = """
            # title: Speakers by statement type
            # description: Who made statements of a type.
            # parameter: type — a statement type, e.g. stmtype:paraphrase
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX stmtype: <https://w3id.org/newsgraph/ontology/statement-type/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?type ?speaker WHERE { ?s ng:statementType ?type ; ng:speaker ?speaker }
            """;

    @BeforeAll
    static void fixture() throws Exception {
        data = CliTest.data(dir.resolve("input"), CliTest.VALID);
        store = dir.resolve("store");
        statements = dir.resolve("statements.rq");
        Files.writeString(statements, STATEMENTS);
    }

    static CliTest.Run query(String... args) {
        return CliTest.run(append(append(new String[] {"query"}, args), "--data", data.toString(), "--store",
                store.toString()));
    }

    @Test
    void aFileWithAParameterAgainstTheLocalStore() {
        CliTest.Run r = query(statements.toString(), "--param", "type=stmtype:paraphrase", "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("type,speaker", lines.get(0));
        assertTrue(lines.contains("https://w3id.org/newsgraph/ontology/statement-type/paraphrase,"
                + "https://w3id.org/newsgraph/id/entity/cnn-test/officials"), r::toString);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("/statement-type/paraphrase,")), r::toString);

        // The same with an IRI written <...>, as a table, and as JSON.
        CliTest.Run table = query(statements.toString(), "-p",
                "type=<https://w3id.org/newsgraph/ontology/statement-type/paraphrase>");
        assertEquals(0, table.code(), table::toString);
        assertTrue(table.out().contains("stmtype:paraphrase"), table::toString);
        CliTest.Run json = query(statements.toString(), "-p", "?type=stmtype:paraphrase", "-f", "json");
        assertTrue(json.out().contains("\"value\": \"https://w3id.org/newsgraph/id/entity/cnn-test/officials\""),
                json::toString);
    }

    @Test
    void constructAndAskResults() throws Exception {
        Path construct = dir.resolve("construct.rq");
        Files.writeString(construct, """
                PREFIX schema: <https://schema.org/>
                CONSTRUCT { ?a schema:headline ?h } WHERE { ?a a schema:NewsArticle ; schema:headline ?h }
                """);
        CliTest.Run turtle = query(construct.toString());
        assertEquals(0, turtle.code(), turtle::toString);
        assertTrue(RDFParser.fromString(turtle.out(), Lang.TURTLE).toGraph().contains(
                NodeFactory.createURI("https://w3id.org/newsgraph/id/article/cnn-test"),
                NodeFactory.createURI("https://schema.org/headline"),
                NodeFactory.createLiteralString("US extracted top spy from inside Russia in 2017")), turtle::toString);
        CliTest.Run jsonld = query(construct.toString(), "--format", "json");
        assertEquals(1, RDFParser.fromString(jsonld.out(), Lang.JSONLD).toGraph().size(), jsonld::toString);

        Path ask = dir.resolve("ask.rq");
        Files.writeString(ask, "ASK { ?s ?p \"Donald Trump\" }");
        CliTest.Run r = query(ask.toString());
        assertEquals("true", r.out().strip(), r::toString);
    }

    @Test
    void theTextPolicyOfTheStore() throws Exception {
        // a store of its own, so that the other tests' store stays loaded under full
        Path own = dir.resolve("store-text");
        Path words = dir.resolve("words.rq");
        Files.writeString(words, """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?kind (COUNT(*) AS ?n) WHERE {
                  { ?c nif:isString ?w BIND ("text" AS ?kind) } UNION { ?m nif:anchorOf ?w BIND ("span" AS ?kind) }
                } GROUP BY ?kind ORDER BY ?kind
                """);
        String[] common = {"query", words.toString(), "--data", data.toString(), "--store", own.toString(),
                "--format", "csv"};
        CliTest.Run full = CliTest.run(common);
        assertEquals(0, full.code(), full::toString);
        assertTrue(full.out().lines().anyMatch(l -> l.startsWith("span,")), full::toString);
        assertTrue(full.out().lines().anyMatch(l -> l.startsWith("text,")), full::toString);
        // excerpts: the spans' words stay, the whole text (published by CNN) does not
        CliTest.Run excerpts = CliTest.run(append(common, "--text", "excerpts"));
        assertEquals(0, excerpts.code(), excerpts::toString);
        assertTrue(excerpts.out().lines().anyMatch(l -> l.startsWith("span,")), excerpts::toString);
        assertFalse(excerpts.out().lines().anyMatch(l -> l.startsWith("text,")), excerpts::toString);
        assertTrue(excerpts.err().contains("building"), excerpts::toString);
        // the same policy again: the store is used as it is
        CliTest.Run again = CliTest.run(append(common, "--text", "excerpts"));
        assertEquals(excerpts.out(), again.out());
        assertFalse(again.err().contains("building"), again::toString);
        CliTest.Run none = CliTest.run(append(common, "--text", "none"));
        assertEquals("kind,n", none.out().strip(), none::toString);
        // and back: the store loaded under none is loaded again under full
        assertEquals(full.out(), CliTest.run(common).out());
        CliTest.Run bad = CliTest.run(append(common, "--text", "some"));
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--text"), bad::toString);
    }

    static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void jsonAnswersGoThroughTheFasterWriter() {
        Main.commandLine();
        assertSame(JsonResultsWriter.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON));
    }

    @Test
    void mistakesAreUsageOrInputErrors() throws Exception {
        CliTest.Run unknownParam = query(statements.toString(), "--param", "person=x");
        assertEquals(2, unknownParam.code(), unknownParam::toString);
        assertTrue(unknownParam.err().contains("has no parameter 'person' (parameters: type)"), unknownParam::toString);

        CliTest.Run badValue = query(statements.toString(), "--param", "type=<not an iri>");
        assertEquals(2, badValue.code(), badValue::toString);

        CliTest.Run unknownName = query("99-nothing");
        assertEquals(2, unknownName.code(), unknownName::toString);
        assertTrue(unknownName.err().contains("no catalogue query named '99-nothing'"), unknownName::toString);

        CliTest.Run missingFile = query(dir.resolve("missing.rq").toString());
        assertEquals(2, missingFile.code(), missingFile::toString);

        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "# title: Broken\nSELECT ?x WHERE { ?x ?p }\n");
        CliTest.Run parse = query(broken.toString());
        assertEquals(2, parse.code(), parse::toString);
        assertTrue(parse.err().startsWith(broken + ": [line 2, column "), parse::toString);
        assertEquals(1, parse.err().strip().lines().count(), parse::toString);

        assertEquals(2, CliTest.run("query").code(), "a query is required without --list");

        // the local store's options mean nothing to an endpoint: said, not ignored
        for (String[] local : List.of(new String[] {"--text", "none"}, new String[] {"--store", "x"},
                new String[] {"--rebuild"})) {
            CliTest.Run r = CliTest.run(append(new String[] {"query", "01", "--endpoint", "http://127.0.0.1:9/sparql"},
                    local));
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains(local[0] + " is for the local store"), r::toString);
        }
    }

    @Test
    void listShowsTheClasspathCatalogue() {
        CliTest.Run r = CliTest.run("query", "--list");
        assertEquals(0, r.code(), r::toString);
        List<CatalogueQuery> queries = Catalogue.fromClasspath().queries();
        assertEquals(queries.size() + queries.stream().mapToLong(q -> q.parameters().size()).sum(),
                r.out().lines().count(), r::toString);
        for (CatalogueQuery q : queries) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(q.name() + " ") && l.endsWith(q.title())), r::toString);
        }
        // Each parameter under its query, with its default.
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("09-about-entity ")).findFirst().orElseThrow());
        assertTrue(lines.get(at + 1).matches("\\s+--param entity=VALUE  IRI of a person, organisation, place or country "
                + "\\(default <https://w3id.org/newsgraph/id/entity/Q22686>\\)"), lines.get(at + 1));
    }

    @Test
    void aParameterNotGivenTakesItsDefault() {
        // stmtype:paraphrase, as --param type=stmtype:paraphrase gives it.
        CliTest.Run r = query(statements.toString(), "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        assertEquals(query(statements.toString(), "--param", "type=stmtype:paraphrase", "--format", "csv").out(), r.out());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.contains("/statement-type/paraphrase,")), r::toString);
    }

    @Test
    void againstAnEndpoint() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("https://w3id.org/newsgraph/ontology#statementType"),
                NodeFactory.createURI("https://w3id.org/newsgraph/ontology/statement-type/assertion"));
        dsg.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("https://w3id.org/newsgraph/ontology#speaker"),
                NodeFactory.createURI("http://example.org/speaker"));
        try (Store mem = Store.inMemory()) {
            mem.replace(new Fingerprint("test"), dsg);
            FusekiServer server = NewsgraphServer.build(mem.dataset(), ServerSettings.defaults().withPort(0),
                    Catalogue.of(List.of()));
            server.start();
            try {
                String endpoint = server.datasetURL("/newsgraph/sparql");
                CliTest.Run r = CliTest.run("query", statements.toString(), "--endpoint", endpoint, "--format", "tsv",
                        "--param", "type=stmtype:assertion");
                assertEquals(0, r.code(), r::toString);
                assertEquals(List.of("?type\t?speaker",
                        "<https://w3id.org/newsgraph/ontology/statement-type/assertion>\t<http://example.org/speaker>"),
                        r.out().lines().toList());
                CliTest.Run none = CliTest.run("query", statements.toString(), "--endpoint", endpoint,
                        "--param", "type=stmtype:paraphrase", "--format", "csv");
                assertEquals(List.of("type,speaker"), none.out().lines().toList(), none::toString);
                CliTest.Run refused = CliTest.run("query", statements.toString(), "--endpoint",
                        server.datasetURL("/newsgraph/nothing"));
                assertEquals(Main.EXIT_UNAVAILABLE, refused.code(), refused::toString);
                assertTrue(refused.err().startsWith("newsgraph query: "), refused::toString);
                assertFalse(refused.err().contains("\tat "), refused::toString);
                // The endpoint as given, the status and its reason; not the request URL with the query in it.
                assertTrue(refused.err().startsWith("newsgraph query: " + server.datasetURL("/newsgraph/nothing")
                        + " answered 404 Not Found"), refused::toString);
                CliTest.assertOneLine(refused.err(), refused);
                assertFalse(refused.err().contains("query="), refused::toString);
                assertFalse(refused.err().contains("statementType"), refused::toString);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anIdValueFromTheTableCanBePastedBack() throws Exception {
        // A base of our own, so id: must be that base, not the default one.
        String base = "http://example.org/news/";
        Path own = dir.resolve("store-own-base");
        Path speakers = dir.resolve("speakers.rq");
        Files.writeString(speakers, """
                # title: What a speaker said
                # parameter: speaker — a speaker
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?speaker ?type WHERE { ?s ng:speaker ?speaker ; ng:statementType ?type }
                """);
        String[] common = {"--data", data.toString(), "--base", base, "--store", own.toString()};
        CliTest.Run table = CliTest.run(concat(new String[] {"query", speakers.toString()}, common));
        assertEquals(0, table.code(), table::toString);
        String shown = "id:entity/cnn-test/officials";
        assertTrue(table.out().contains(shown + " "), table::toString);
        // stmtype: comes from the ontology; the query does not declare it.
        assertTrue(table.out().contains("stmtype:paraphrase"), table::toString);

        CliTest.Run pasted = CliTest.run(concat(new String[] {"query", speakers.toString(), "-p", "speaker=" + shown,
                "-p", "type=stmtype:paraphrase", "-f", "csv"}, common));
        assertEquals(0, pasted.code(), pasted::toString);
        List<String> lines = pasted.out().lines().toList();
        assertTrue(lines.size() > 1, pasted::toString);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.equals(base + "entity/cnn-test/officials,"
                + "https://w3id.org/newsgraph/ontology/statement-type/paraphrase")), pasted::toString);

        CliTest.Run unknown = CliTest.run(concat(new String[] {"query", speakers.toString(), "-p", "speaker=x:y"},
                common));
        assertEquals(2, unknown.code(), unknown::toString);
        assertEquals("unknown prefix 'x' in --param speaker=x:y; use <IRI>, a prefix the query declares, or id:\u2026",
                unknown.err().lines().findFirst().orElse(""), unknown::toString);
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aQueryFileThatIsNotUtf8IsAOneLineInputError() throws Exception {
        Path latin1 = dir.resolve("latin1.rq");
        Files.write(latin1, "# title: Caf\u00e9\nSELECT * { ?s ?p ?o }\n".getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run r = query(latin1.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(latin1 + ": not valid UTF-8", r.err().strip(), r::toString);
    }

    @Test
    void theEndpointMustBeAnHttpUrl() {
        for (String bad : List.of("ftp://example.org/sparql", "localhost:3030/newsgraph/sparql", "/newsgraph/sparql",
                "http://", "not a url")) {
            CliTest.Run r = CliTest.run("query", statements.toString(), "--endpoint", bad);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("Invalid value for option '--endpoint': "), r::toString);
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneLineWithoutTheQuery() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/newsgraph/sparql";
        CliTest.Run r = CliTest.run("query", statements.toString(), "--endpoint", endpoint);
        assertEquals(Main.EXIT_UNAVAILABLE, r.code(), r::toString);
        assertEquals("newsgraph query: cannot connect to " + endpoint + ": connection refused", r.err().strip(),
                r::toString);

        String nowhere = "http://no-such-host.invalid/sparql";
        CliTest.Run unknown = CliTest.run("query", statements.toString(), "--endpoint", nowhere);
        assertEquals(Main.EXIT_UNAVAILABLE, unknown.code(), unknown::toString);
        assertTrue(unknown.err().startsWith("newsgraph query: cannot connect to " + nowhere + ": "), unknown::toString);
        CliTest.assertOneLine(unknown.err(), unknown);
        assertFalse(unknown.err().contains("query="), unknown::toString);
    }

    @Test
    void anHttpErrorShowsTheStatusAndTheFirstLineOfTheBodyOnly() throws Exception {
        String longLine = "x".repeat(500);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/sparql", exchange -> {
            byte[] body = ("Parse error: " + longLine + "\nSELECT ?secret WHERE { }\nline three\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        try {
            String endpoint = "http://127.0.0.1:" + http.getAddress().getPort() + "/sparql";
            CliTest.Run r = CliTest.run("query", statements.toString(), "--endpoint", endpoint);
            assertEquals(Main.EXIT_UNAVAILABLE, r.code(), r::toString);
            CliTest.assertOneLine(r.err(), r);
            String line = r.err().strip();
            assertTrue(line.startsWith("newsgraph query: " + endpoint + " answered 400 Bad Request: Parse error: xxx"),
                    r::toString);
            assertTrue(line.endsWith("\u2026"), r::toString);
            assertTrue(line.length() < ("newsgraph query: " + endpoint + " answered 400 Bad Request: ").length() + 210,
                    r::toString);
            assertFalse(line.contains("secret") || line.contains("query="), r::toString);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void timeoutsMustBePositive() {
        for (String bad : List.of("0", "0s", "-5s", "PT-1S")) {
            CliTest.Run r = query(statements.toString(), "--timeout", bad);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("Invalid value for option '--timeout': must be positive (e.g. 30s)"),
                    r::toString);
        }
    }
}
