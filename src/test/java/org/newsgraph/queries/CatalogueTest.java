package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.InputError;

/** The catalogue's header comments and parameter binding. */
class CatalogueTest {

    /** Events of an article in a month; the article has a default, the month none. */
    static final String EVENTS = """
            # title: Events of an article
            # description: The events an article reports,
            #   with their month.
            # parameter: article — the article's IRI, e.g. <http://example.org/a1>
            # parameter: month — a month as an xsd:gYearMonth literal
            # example: ./newsgraph query 01-events --param article=http://example.org/a1
            # output: 2 rows: the events of May 2017
            #   and September 2019.
            PREFIX ex: <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?article ?event ?month WHERE { GRAPH ?g { ?event ex:in ?article ; ex:month ?month } }
            """;

    /** The same without selecting the parameters. */
    static final String EVENT_NAMES = EVENTS.replace("SELECT ?article ?event ?month", "SELECT ?event");

    static CatalogueQuery events() {
        return Catalogue.parse("01-events", EVENTS, "test");
    }

    // ---- The header

    @Test
    void headerFields() {
        CatalogueQuery q = events();
        assertEquals("Events of an article", q.title());
        assertEquals("The events an article reports, with their month.", q.description());
        assertEquals(List.of(
                new CatalogueQuery.Parameter("article", "the article's IRI", "<http://example.org/a1>"),
                new CatalogueQuery.Parameter("month", "a month as an xsd:gYearMonth literal", null)), q.parameters());
        assertEquals(Map.of("article", "<http://example.org/a1>"), q.defaults());
        assertEquals("./newsgraph query 01-events --param article=http://example.org/a1", q.example());
        assertEquals("2 rows: the events of May 2017 and September 2019.", q.output());
        assertEquals(EVENTS, q.text());
        assertEquals(List.of(new Catalogue.Field("title", "Events of an article", 1),
                new Catalogue.Field("description", "The events an article reports, with their month.", 2),
                new Catalogue.Field("parameter", "article — the article's IRI, e.g. <http://example.org/a1>", 4),
                new Catalogue.Field("parameter", "month — a month as an xsd:gYearMonth literal", 5),
                new Catalogue.Field("example", "./newsgraph query 01-events --param article=http://example.org/a1", 6),
                new Catalogue.Field("output", "2 rows: the events of May 2017 and September 2019.", 7)),
                Catalogue.header(EVENTS));
    }

    @Test
    void otherCommentLinesContinueTheFieldAboveThem() {
        CatalogueQuery q = Catalogue.parse("22-quotations", """
                # title: Quotations
                # description: Each quote
                #   is a schema:Quotation;
                # note: text
                #   example: not a field either
                # parameters: none
                # example: ./newsgraph query 22-quotations
                SELECT * { ?s ?p ?o }
                """, "test");
        assertEquals("Each quote is a schema:Quotation; note: text example: not a field either", q.description());
        assertEquals(List.of(), q.parameters());
        assertEquals(List.of("title", "description", "parameters", "example"),
                Catalogue.header(q.text()).stream().map(Catalogue.Field::key).toList());
    }

    @Test
    void defaultValues() {
        assertEquals(List.of(
                new CatalogueQuery.Parameter("a", "an IRI", "<https://w3id.org/newsgraph/id/entity/Q7747>"),
                new CatalogueQuery.Parameter("b", "a year", "\"2017\"^^xsd:gYear"),
                new CatalogueQuery.Parameter("c", "a name", "\"Moscow\"@en"),
                new CatalogueQuery.Parameter("d", "a type", "stmtype:paraphrase"),
                new CatalogueQuery.Parameter("e", "a place (e.g. a city or e.g. a country)", "<http://example.org/x>"),
                new CatalogueQuery.Parameter("f", "an IRI, e.g. <http://example.org/y> from the list", "<http://example.org/y>"),
                new CatalogueQuery.Parameter("g", "a word, e.g. something", null),
                new CatalogueQuery.Parameter("h", "", null),
                new CatalogueQuery.Parameter("i", "an entity on two lines", "<http://example.org/z>")),
                Catalogue.parse("x", """
                        # title: Defaults
                        # parameter: a — an IRI, e.g. <https://w3id.org/newsgraph/id/entity/Q7747>
                        # parameter: b — a year, e.g. "2017"^^xsd:gYear
                        # parameter: c — a name (e.g. "Moscow"@en)
                        # parameter: d — a type, e.g. stmtype:paraphrase.
                        # parameter: e — a place (e.g. a city or e.g. a country), e.g. <http://example.org/x>
                        # parameter: f — an IRI, e.g. <http://example.org/y> from the list
                        # parameter: g — a word, e.g. something
                        # parameter: h
                        # parameter: i — an entity
                        #   on two lines, e.g. <http://example.org/z>
                        SELECT * { ?s ?p ?o }
                        """, "test").parameters());
    }

    @Test
    void noHeaderMeansTheNameIsTheTitle() {
        CatalogueQuery q = Catalogue.parse("07-x", "SELECT * { ?s ?p ?o }", "test");
        assertEquals("07-x", q.title());
        assertEquals("", q.description());
        assertEquals(List.of(), q.parameters());
        assertNull(q.example());
        assertEquals("", q.output());
    }

    @Test
    void malformedHeadersAreRefusedWithTheirLine() {
        for (String[] bad : new String[][] {
            {"# title: T\n# parameters: ?a desc, ?b desc\n", "[line 2, column 1]: query header: '# parameters:' takes only 'none'"},
            {"# title: T\n# parameter: a — x\n# parameter: a — y\n", "[line 3, column 1]: query header: parameter 'a' is given twice"},
            {"# title: T\n# parameters: none\n# parameter: a — x\n", "[line 3, column 1]: query header: '# parameters: none' and"},
            {"# title: T\n# parameter: a the article\n", "[line 2, column 1]: query header: expected '# parameter: name \u2014"},
            {"# title: T\n# description: d\n# title: U\n", "[line 3, column 1]: query header: '# title:' is given twice"},
            {"# title: T\n# output: 1 row\n#   more\n# output: 2 rows\n", "[line 4, column 1]: query header: '# output:' is given twice"},
        }) {
            InputError e = assertThrows(InputError.class,
                    () -> Catalogue.parse("x", bad[0] + "SELECT * { ?s ?p ?o }\n", "queries/x.rq"), bad[0]);
            assertTrue(e.getMessage().startsWith("queries/x.rq: " + bad[1]), e.getMessage());
        }
    }

    @Test
    void findByNameOrUniqueNumber(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-events.rq"), EVENTS);
        Files.writeString(dir.resolve("02-sources.rq"), "# title: Sources\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        Catalogue c = Catalogue.fromDirectory(dir);
        assertEquals(List.of("01-events", "02-sources"), c.queries().stream().map(CatalogueQuery::name).toList());
        assertEquals("Sources", c.find("02-sources").orElseThrow().title());
        assertEquals("01-events", c.find("01").orElseThrow().name());
        assertTrue(c.find("03").isEmpty());
        assertTrue(c.find("0").isEmpty());
    }

    @Test
    void theClasspathCatalogueParses() {
        // Every canned query shipped in queries/ is SPARQL, has a title, and binds with its defaults.
        List<CatalogueQuery> all = Catalogue.fromClasspath().queries();
        assertTrue(all.size() >= 20, all.size() + " queries");
        for (CatalogueQuery q : all) {
            Query parsed = QueryParameters.bind(q, Map.of());
            assertTrue(parsed.isSelectType() || parsed.isConstructType() || parsed.isAskType() || parsed.isDescribeType(),
                    q.name());
            assertTrue(!q.title().isBlank(), q.name());
            // A default is substituted into the pattern: the variable is gone from it.
            for (String name : q.defaults().keySet()) {
                String where = parsed.getQueryPattern().toString();
                assertFalse(where.contains("?" + name + " ") || where.contains("?" + name + ")"), q.name() + ": " + where);
            }
        }
        assertEquals(Map.of("entity", "<https://w3id.org/newsgraph/id/entity/Q22686>"),
                Catalogue.fromClasspath().find("09").orElseThrow().defaults());
    }

    // ---- Binding

    static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("http://example.org/g");
        for (String[] row : new String[][] {{"e1", "a1", "2017-05"}, {"e2", "a1", "2019-09"}, {"e3", "a2", "2017-05"}}) {
            Node e = NodeFactory.createURI("http://example.org/" + row[0]);
            dsg.add(g, e, NodeFactory.createURI("http://example.org/in"), NodeFactory.createURI("http://example.org/" + row[1]));
            dsg.add(g, e, NodeFactory.createURI("http://example.org/month"),
                    NodeFactory.createLiteralDT(row[2], XSDDatatype.XSDgYearMonth));
        }
        return dsg;
    }

    static Set<String> events(Query q) {
        return QueryExec.dataset(data()).query(q).select().stream()
                .map(b -> b.get("event").getURI().replace("http://example.org/", ""))
                .collect(Collectors.toSet());
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void bindsIrisTypedLiteralsAndDefaults() {
        CatalogueQuery q = events();
        // Not given: the article's default (a1); the month has none and stays unbound.
        assertEquals(Set.of("e1", "e2"), events(QueryParameters.bind(q, Map.of())));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(q, params("article", "<http://example.org/a2>"))));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(q, params("article", "http://example.org/a2"))));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(q, params("?article", "ex:a2"))));
        assertEquals(Set.of("e1"), events(QueryParameters.bind(q, params("month", "\"2017-05\"^^xsd:gYearMonth"))));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(q,
                params("article", "ex:a2", "month", "\"2017-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"))));
        // A plain string matches nothing typed, and is still a literal.
        assertEquals(Set.of(), events(QueryParameters.bind(q, params("month", "2017-05"))));
        // A query without a header binds only what is given.
        CatalogueQuery file = Catalogue.parse("x", EVENTS.lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n")), "test");
        assertEquals(Set.of("e1", "e2", "e3"), events(QueryParameters.bind(file, Map.of())));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(file, params("article", "ex:a2"))));
    }

    @Test
    void theResultsHaveExactlyTheQuerysColumns() {
        // A selected parameter stays in the results, with its value ...
        Query bound = QueryParameters.bind(events(), params("article", "ex:a2"));
        RowSet rows = QueryExec.dataset(data()).query(bound).select();
        assertEquals(List.of("article", "event", "month"), rows.getResultVars().stream().map(v -> v.getVarName()).toList());
        rows.forEachRemaining(b -> assertEquals("http://example.org/a2", b.get("article").getURI()));
        // ... and one the query does not select is not added to them.
        CatalogueQuery names = Catalogue.parse("01-events", EVENT_NAMES, "test");
        Query boundNames = QueryParameters.bind(names, params("month", "\"2017-05\"^^xsd:gYearMonth"));
        assertEquals(List.of("event"), QueryExec.dataset(data()).query(boundNames).select().getResultVars().stream()
                .map(v -> v.getVarName()).toList());
        assertEquals(Set.of("e1"), events(boundNames));
        // The binding is substituted into the pattern (what the page and --endpoint send), where
        // the optimiser starts from it.
        String where = boundNames.serialize().replaceAll("\\s+", " ");
        assertTrue(where.contains("{ ?event ex:in ex:a1 ; ex:month \"2017-05\"^^xsd:gYearMonth }"), where);
        assertFalse(boundNames.hasValues(), boundNames.serialize());
    }

    @Test
    void aQueryWithItsOwnValuesBlockKeepsIt() {
        CatalogueQuery q = Catalogue.parse("01-events", EVENT_NAMES.strip()
                + "\nVALUES ?month { \"2017-05\"^^xsd:gYearMonth \"2019-09\"^^xsd:gYearMonth }\n", "test");
        assertEquals(Set.of("e1", "e2"), events(QueryParameters.bind(q, Map.of())));
        assertEquals(Set.of("e3"), events(QueryParameters.bind(q, params("article", "ex:a2"))));
        assertEquals(Set.of("e2"), events(QueryParameters.bind(q, params("month", "\"2019-09\"^^xsd:gYearMonth"))));
        assertEquals(Set.of(), events(QueryParameters.bind(q, params("month", "\"2020-01\"^^xsd:gYearMonth"))));
    }

    @Test
    void parameterizedSparqlStringCannotBindAProjectedVariable() {
        // Why binding works on the parsed query: Jena's ParameterizedSparqlString edits the
        // text, so SELECT ?article becomes SELECT <iri>, which is not SPARQL.
        ParameterizedSparqlString pss = new ParameterizedSparqlString(EVENTS);
        pss.setIri("article", "http://example.org/a1");
        assertThrows(QueryParseException.class, pss::asQuery);
    }

    @Test
    void valuesThatAreTerms() {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("wd", "http://www.wikidata.org/entity/");
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q7747"), QueryParameters.term("wd:Q7747", pm));
        assertEquals(NodeFactory.createLiteralLang("Moscow", "en"), QueryParameters.term("\"Moscow\"@en", pm));
        assertEquals(NodeFactory.createLiteralString("10:30"), QueryParameters.term("10:30", pm));
        assertEquals(NodeFactory.createLiteralString("Vladimir Putin"), QueryParameters.term("Vladimir Putin", pm));
        // An undeclared prefix was read as a plain string; it is now an error (see unknownPrefixesAreErrors).
        assertThrows(QueryParameters.UnknownPrefixException.class, () -> QueryParameters.term("nope:x", pm));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.term("<not an iri>", pm));
        assertTrue(e.getMessage().contains("<not an iri>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.term("\"2017\"^^xsd:gYear junk", pm));
    }

    @Test
    void unknownParametersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.bind(events(), params("person", "x")));
        assertEquals("query 01-events has no parameter 'person' (parameters: article, month)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.parseAssignments(List.of("novalue")));
        assertEquals(Map.of("a", "x=y"), QueryParameters.parseAssignments(List.of("?a=x=y")));
    }

    @Test
    void aBadDefaultIsReportedWithItsParameter() {
        CatalogueQuery q = Catalogue.parse("x", """
                # title: X
                # parameter: type — a type, e.g. nope:thing
                SELECT ?s { ?s a ?type }
                """, "test");
        // An undeclared prefix is an error, as it is in a --param value.
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.bind(q, Map.of()));
        assertEquals("query x: the default of parameter 'type': unknown prefix 'nope' in nope:thing; "
                + "use <IRI>, a prefix the query declares, or id:\u2026", unknown.getMessage());
        CatalogueQuery bad = Catalogue.parse("x", """
                # title: X
                # parameter: when — a year, e.g. "2017"^^nope:year
                SELECT ?s { ?s ?p ?when }
                """, "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryParameters.bind(bad, Map.of()));
        assertTrue(e.getMessage().startsWith("query x: the default of parameter 'when': "), e.getMessage());
    }

    @Test
    void idAndTheOntologysPrefixesAreKnownWithoutTheQueryDeclaringThem() {
        PrefixMapping none = PrefixMapping.Factory.create();
        String base = "http://example.org/news/";
        // id: is the data's base IRI; the rest is appended as it is, '/' and all (as the table shows it).
        assertEquals(NodeFactory.createURI(base + "entity/Q7747"), QueryParameters.term("id:entity/Q7747", none, base));
        assertEquals(NodeFactory.createURI(base + "article/cnn-test/sentence/3"),
                QueryParameters.term("id:article/cnn-test/sentence/3", none, base));
        assertEquals(NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/Q7747"),
                QueryParameters.term("id:entity/Q7747", none), "the default base");
        // The ontology's prefixes.
        assertEquals(NodeFactory.createURI("https://w3id.org/newsgraph/ontology/statement-type/paraphrase"),
                QueryParameters.term("stmtype:paraphrase", none, base));
        assertEquals(NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Claim"),
                QueryParameters.term("ng:Claim", none, base));
        // The query's own prefix wins over the ontology's.
        PrefixMapping own = PrefixMapping.Factory.create().setNsPrefix("ng", "http://example.org/ng#");
        assertEquals(NodeFactory.createURI("http://example.org/ng#Claim"), QueryParameters.term("ng:Claim", own, base));
        // A name SPARQL does not allow is namespace + rest, as the table writes it.
        PrefixMapping wd = PrefixMapping.Factory.create().setNsPrefix("wd", "http://www.wikidata.org/entity/");
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q1/x"), QueryParameters.term("wd:Q1/x", wd, base));
        // Still an IRI, checked.
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.term("id:a{b}", none, base));
        // Plain strings with a colon stay plain strings.
        assertEquals(NodeFactory.createLiteralString("10:30"), QueryParameters.term("10:30", none, base));
        assertEquals(NodeFactory.createLiteralString("Note: this"), QueryParameters.term("Note: this", none, base));
    }

    @Test
    void unknownPrefixesAreErrors() {
        CatalogueQuery q = Catalogue.parse("09-about", """
                # title: About
                # parameter: entity — an entity
                SELECT ?p ?o { ?entity ?p ?o }
                """, "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.bind(q, params("entity", "x:y")));
        assertEquals("unknown prefix 'x' in --param entity=x:y; use <IRI>, a prefix the query declares, or id:\u2026",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.bind(q, params("entity", "urn:isbn:123")));
        // id: with the base given.
        Query bound = QueryParameters.bind(q, params("entity", "id:entity/Q7747"), "http://example.org/news/");
        assertEquals(NodeFactory.createURI("http://example.org/news/entity/Q7747"),
                ((org.apache.jena.sparql.syntax.ElementPathBlock) ((org.apache.jena.sparql.syntax.ElementGroup)
                        bound.getQueryPattern()).get(0)).getPattern().get(0).getSubject());
    }

    @Test
    void aQueryFileThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.rq");
        Files.write(file, "# title: Caf\u00e9\nSELECT * { ?s ?p ?o }\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputError e = assertThrows(InputError.class, () -> Catalogue.readFile(file));
        assertEquals(file + ": not valid UTF-8", e.getMessage());
        InputError missing = assertThrows(InputError.class, () -> Catalogue.readFile(dir.resolve("missing.rq")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("missing.rq") + ": cannot read: "), missing.getMessage());
    }
}
