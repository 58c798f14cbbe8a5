package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/**
 * The SHACL-SPARQL constraints that {@link SparqlChecks} runs for all focus nodes at once report
 * exactly what Jena's SHACL reports with the constraints run per focus node as
 * {@code ontology/shapes.ttl} defines them ({@link Validation#validateUnion}, the full shapes on
 * the union of all graphs): the multi-outlet corpus broken so that each SPARQL constraint has
 * something to report: a few updates per case (each applied to every named graph), and each one's message
 * must be in the report.
 */
class SparqlChecksTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static DatasetGraph built;

    @BeforeAll
    static void build() {
        built = Build.build(CORPUS, Build.DEFAULT_BASE);
    }

    @Test
    void everySparqlConstraintButTheTextChecksIsRunForAllFocusNodesAtOnce() {
        // shapes.ttl has 40 SPARQL constraints; the five text checks are SpanCheck's
        assertEquals(35, Validation.batchedSparqlConstraints());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        span without context, entity without label, on-the-record source anonymous, article typed as a source | DELETE { ?s nif:referenceContext ?c } WHERE { ?s nif:referenceContext ?c ; nif:anchorOf ?a FILTER(STRLEN(?a) = 5) } && DELETE { ?e rdfs:label ?l } WHERE { ?e a schema:Person ; rdfs:label ?l } && DELETE { ?s ng:anonymous false } INSERT { ?s ng:anonymous true } WHERE { ?s ng:anonymous false } && INSERT { ?a a ng:Source } WHERE { ?a a schema:NewsArticle } | has no nif:referenceContext (every ~ has no rdfs:label ~ but is not an ng:AnonymousSource ~ the article speaks through its own voice
        entity without span, voice of another publisher, events without actors, contradiction one way | DELETE { ?e gaf:denotedBy ?s } WHERE { ?e a schema:Person ; gaf:denotedBy ?s } && DELETE { ?v prov:actedOnBehalfOf ?p } INSERT { ?v prov:actedOnBehalfOf <urn:x:other> } WHERE { ?v ng:voiceOf ?a ; prov:actedOnBehalfOf ?p } && DELETE { ?e sem:hasActor ?a } WHERE { ?e sem:hasActor ?a } && DELETE { ?a ng:contradicts ?b } WHERE { ?a ng:contradicts ?b FILTER(STR(?a) < STR(?b)) } | has neither a gaf:denotedBy span nor ng:namedThrough ~ who is not the publisher of its article ~ an event has at least one sem:hasActor ~ but not the other way round
        events without spans, exclusive without words, derived without origin, cue not a span of the statement | DELETE { ?e gaf:denotedBy ?s } WHERE { ?e a sem:Event ; gaf:denotedBy ?s } && INSERT { ?e ng:participantsExclusive true } WHERE { ?e sem:eventType evtype:meeting FILTER NOT EXISTS { ?e ng:exclusivityStatedBy ?x } } && INSERT { ?i ng:dateBasis "derived" } WHERE { ?e a sem:Event ; sem:hasTime ?i } && DELETE { ?s gaf:denotedBy ?c } WHERE { ?s ng:cue ?c ; gaf:denotedBy ?c } | has no gaf:denotedBy ~ needs ng:exclusivityStatedBy ~ goes with ng:derivedFrom ~ its reporting cue
        events without time, answers itself, quote differs from its span, register node as account | DELETE { ?e sem:hasTime ?t } WHERE { ?e a sem:Event ; sem:hasTime ?t } && INSERT { ?s ng:answers ?s } WHERE { ?s a ng:Denial } && DELETE { ?s ng:quote ?q } INSERT { ?s ng:quote "changed" } WHERE { ?s ng:quote ?q } && INSERT { ?p ng:accountOf ?p } WHERE { ?p a ng:Proposition } | has no sem:hasTime ~ answers, corrects or retracts itself ~ differs from the text of its ng:quoteSpan ~ is itself a node of the corpus register
        relative without relation basis, role actor not an actor, denial typed as non-corroboration, association agent not a speaker | INSERT { ?i ng:datePrecision dprec:relative } WHERE { ?e a sem:Event ; sem:hasTime ?i } && DELETE { ?e sem:hasActor ?a } WHERE { ?e ng:participantRole ?r . ?r rdf:value ?a . ?e sem:hasActor ?a } && INSERT { ?s a ng:NonCorroboration } WHERE { ?s a ng:Denial } && DELETE { ?st ng:speaker ?ag } WHERE { ?st prov:qualifiedAssociation ?as . ?as prov:agent ?ag . ?st ng:speaker ?ag } | precision relative goes with ~ is not a sem:hasActor of its event ~ not confirming a claim is not denying it ~ is not an ng:speaker of the statement
        relation basis without relation, answer without question, mention not a span of its claim, account of the wrong kind | DELETE { ?i ng:dateBasis ?b } INSERT { ?i ng:dateBasis "relation" } WHERE { ?e a sem:Event ; sem:hasTime ?i . ?i ng:dateBasis ?b FILTER NOT EXISTS { ?r ng:fromEvent ?e } } && DELETE { ?s ng:statementType ?t } INSERT { ?s ng:statementType stmtype:answer } WHERE { ?s a ng:Denial ; ng:statementType ?t } && DELETE { ?c gaf:denotedBy ?m } WHERE { ?m grasp:hasAttribution ?a . ?a ng:attributedClaim ?c . ?c gaf:denotedBy ?m } && INSERT { ?e ng:accountOf ?o } WHERE { ?e a sem:Event ; ng:accountOf ?x . ?o a sem:Event FILTER NOT EXISTS { ?o ng:accountOf ?y } } | states no order relative to another event ~ is an answer but has no ng:answers ~ is not a gaf:denotedBy of its claim ~ an article's event is an account of a register event
        relation not between the intervals, statements without speaker, conveyed without attribution | DELETE { ?a ?rel ?b } WHERE { ?r ng:fromEvent ?f ; ng:relation ?rel ; ng:toEvent ?t . ?f sem:hasTime ?a . ?t sem:hasTime ?b } && DELETE { ?s ng:speaker ?d } WHERE { ?s ng:speaker ?d } && DELETE { ?a ng:attributedClaim ?c } WHERE { ?a ng:attributedClaim ?c } | is not linked by ~ has no ng:speaker ~ has no grasp:Attribution for it
        denial untyped, mentions without source | DELETE { ?s a ng:Denial } WHERE { ?s a ng:Denial } && DELETE { ?m grasp:wasAttributedTo ?s } WHERE { ?m grasp:wasAttributedTo ?s } | with polarity grf:NEGATIVE but is not typed ng:Denial ~ is not a grasp:wasAttributedTo of the mention
        denial without negative attribution, statement not conveying | DELETE { ?a ng:polarity grf:NEGATIVE } INSERT { ?a ng:polarity grf:POSITIVE } WHERE { ?a ng:polarity grf:NEGATIVE } && DELETE { ?s ng:conveys ?c } WHERE { ?s ng:conveys ?c } | is typed ng:Denial but conveys no claim ~ does not ng:conveys its claim
        """)
    void batchedReportIsJenasReport(String name, String updates, String expected) {
        DatasetGraph ds = DatasetGraphFactory.create();
        built.find().forEachRemaining(ds::add);
        for (String u : updates.split(" && ")) {
            ds.listGraphNodes().forEachRemaining(g -> UpdateAction.parseExecute(Sparql.PREFIXES + u, ds.getGraph(g)));
        }
        Validation.Report jena = Validation.validateUnion(ds);
        Validation.Report ours = Validation.validate(ds);
        assertFalse(jena.conforms(), name + ": the change should break the graph");
        for (String fragment : expected.split(" ~ ")) {
            assertTrue(jena.text().contains(fragment), name + ": Jena's report should contain «" + fragment
                    + "» but was\n" + jena.text());
        }
        assertEquals(jena.text(), ours.text(), name);
    }

    static final String SHAPE = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:T ;
          sh:sparql [ sh:message "wrong" ; sh:select "%s" ] .
        """;

    static boolean batched(String select) {
        org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFParser.fromString(SHAPE.formatted(select),
                org.apache.jena.riot.Lang.TURTLE).toGraph();
        return !SparqlChecks.batchable(org.apache.jena.shacl.Shapes.parse(g), java.util.Set.of()).isEmpty();
    }

    @Test
    void aNestedGroupThatReadsThisWithoutBindingItIsLeftToJena() {
        // SHACL binds $this everywhere before the query runs; a joined table binds it in the
        // query's own group only, so a UNION branch or OPTIONAL that filters on it must bind it
        assertTrue(batched("SELECT $this WHERE { $this <http://example.org/p> ?o FILTER(isIRI(?o)) }"));
        assertTrue(batched("SELECT $this WHERE { { $this <http://example.org/p> ?o FILTER(?o != $this) }"
                + " UNION { $this <http://example.org/q> ?o } }"));
        assertFalse(batched("SELECT $this WHERE { { ?x <http://example.org/p> ?o FILTER(?o = $this) }"
                + " UNION { $this <http://example.org/q> ?o } }"));
        assertFalse(batched("SELECT $this WHERE { ?x <http://example.org/p> ?o"
                + " OPTIONAL { ?o <http://example.org/q> ?y BIND($this AS ?z) } }"));
    }
}
