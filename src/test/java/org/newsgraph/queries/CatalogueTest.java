package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's header comments and parameter binding. */
class CatalogueTest {

    static final String MEETINGS = """
            # title: Who took part in each meeting
            # description: Meetings, their participants
            #   and the role each played.
            # parameters: ?article the article's IRI, e.g. <https://w3id.org/newsgraph/id/article/x>;
            #   ?month a month, "2017-05"^^xsd:gYearMonth
            PREFIX ex: <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?article ?event ?month WHERE { ?event ex:in ?article ; ex:month ?month }
            """;

    @Test
    void headerFields() {
        CatalogueQuery q = Catalogue.parse("01-meetings", MEETINGS, "test");
        assertEquals("Who took part in each meeting", q.title());
        assertEquals("Meetings, their participants and the role each played.", q.description());
        assertEquals(List.of(
                new CatalogueQuery.Parameter("article", "the article's IRI, e.g. <https://w3id.org/newsgraph/id/article/x>"),
                new CatalogueQuery.Parameter("month", "a month, \"2017-05\"^^xsd:gYearMonth")), q.parameters());
        assertEquals(MEETINGS, q.text());
    }

    @Test
    void parameterFieldForms() {
        assertEquals(List.of(), Catalogue.parameters("none"));
        assertEquals(List.of(), Catalogue.parameters(""));
        assertEquals(List.of("a", "b"), names(Catalogue.parameters("a, b")));
        assertEquals(List.of("person", "org"), names(Catalogue.parameters("?person (IRI of a person), $org - an organization")));
        assertEquals("IRI of a person", Catalogue.parameters("?person (IRI of a person)").get(0).description());
        assertEquals("an organization", Catalogue.parameters("?org - an organization").get(0).description());
    }

    static List<String> names(List<CatalogueQuery.Parameter> ps) {
        return ps.stream().map(CatalogueQuery.Parameter::name).toList();
    }

    @Test
    void noHeaderMeansTheNameIsTheTitle() {
        CatalogueQuery q = Catalogue.parse("07-x", "SELECT * { ?s ?p ?o }", "test");
        assertEquals("07-x", q.title());
        assertEquals("", q.description());
        assertEquals(List.of(), q.parameters());
    }

    @Test
    void findByNameOrUniqueNumber(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-meetings.rq"), MEETINGS);
        Files.writeString(dir.resolve("02-sources.rq"), "# title: Sources\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        Catalogue c = Catalogue.fromDirectory(dir);
        assertEquals(List.of("01-meetings", "02-sources"), c.queries().stream().map(CatalogueQuery::name).toList());
        assertEquals("Sources", c.find("02-sources").orElseThrow().title());
        assertEquals("01-meetings", c.find("01").orElseThrow().name());
        assertTrue(c.find("03").isEmpty());
        assertTrue(c.find("0").isEmpty());
    }

    @Test
    void theClasspathCatalogueParses() {
        // Every canned query shipped in queries/ is SPARQL and has a title.
        for (CatalogueQuery q : Catalogue.fromClasspath().queries()) {
            Query parsed = QueryParameters.bind(q, Map.of());
            assertTrue(parsed.isSelectType() || parsed.isConstructType() || parsed.isAskType() || parsed.isDescribeType(),
                    q.name());
            assertTrue(!q.title().isBlank(), q.name());
        }
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
        DatasetGraph dsg = data();
        return QueryExec.dataset(dsg).query(q).select().stream()
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
    void bindsIrisAndTypedLiteralsAndKeepsThemInTheResults() {
        CatalogueQuery q = Catalogue.parse("01-meetings", MEETINGS.replace("?event ex:in", "GRAPH ?g { ?event ex:in")
                .replace("?month }", "?month } }"), "test");
        assertEquals(Set.of("e1", "e2", "e3"), events(QueryParameters.bind(q, Map.of())));
        assertEquals(Set.of("e1", "e2"), events(QueryParameters.bind(q, params("article", "<http://example.org/a1>"))));
        assertEquals(Set.of("e1", "e2"), events(QueryParameters.bind(q, params("article", "http://example.org/a1"))));
        assertEquals(Set.of("e1", "e2"), events(QueryParameters.bind(q, params("?article", "ex:a1"))));
        assertEquals(Set.of("e1", "e3"), events(QueryParameters.bind(q, params("month", "\"2017-05\"^^xsd:gYearMonth"))));
        assertEquals(Set.of("e1"), events(QueryParameters.bind(q,
                params("article", "ex:a1", "month", "\"2017-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"))));
        // A plain string matches nothing typed, and is still a literal.
        assertEquals(Set.of(), events(QueryParameters.bind(q, params("month", "2017-05"))));
        // The bound variable stays in the SELECT results.
        Query bound = QueryParameters.bind(q, params("article", "ex:a1"));
        DatasetGraph dsg = data();
        QueryExec.dataset(dsg).query(bound).select().forEachRemaining(b ->
                assertEquals("http://example.org/a1", b.get("article").getURI()));
    }

    @Test
    void parameterizedSparqlStringCannotBindAProjectedVariable() {
        // Why binding works on the parsed query: Jena's ParameterizedSparqlString edits the
        // text, so SELECT ?article becomes SELECT <iri>, which is not SPARQL.
        ParameterizedSparqlString pss = new ParameterizedSparqlString(MEETINGS);
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
        assertEquals(NodeFactory.createLiteralString("nope:x"), QueryParameters.term("nope:x", pm), "undeclared prefix");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.term("<not an iri>", pm));
        assertTrue(e.getMessage().contains("<not an iri>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.term("\"2017\"^^xsd:gYear junk", pm));
    }

    @Test
    void unknownParametersAreRefused() {
        CatalogueQuery q = Catalogue.parse("01-meetings", MEETINGS, "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.bind(q, params("person", "x")));
        assertEquals("query 01-meetings has no parameter 'person' (parameters: article, month)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.parseAssignments(List.of("novalue")));
        assertEquals(Map.of("a", "x=y"), QueryParameters.parseAssignments(List.of("?a=x=y")));
    }
}
