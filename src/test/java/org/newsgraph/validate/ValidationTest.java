package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.Sparql;
import org.newsgraph.mapping.Build;

/**
 * The shapes accept the graph the mapping builds, and reject each kind of broken graph with a
 * message that says what is wrong. Each invalid case is the valid mini graph changed by one
 * SPARQL update, with the text its report must contain.
 */
class ValidationTest {

    static final Path MINI = Path.of("src/test/resources/mini");
    static final String E = "<" + Build.DEFAULT_BASE + "entity/test-2020-03-mini/";
    static final String EV = "<" + Build.DEFAULT_BASE + "event/test-2020-03-mini/";
    static final String ST = "<" + Build.DEFAULT_BASE + "statement/test-2020-03-mini/";
    static final String M = "<" + Build.DEFAULT_BASE + "membership/test-2020-03-mini/";

    @Test
    void builtGraphConforms() {
        Sparql.assertConforms(Build.build(MINI, Build.DEFAULT_BASE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        anchor differs from text | DELETE { ?s nif:anchorOf ?a } INSERT { ?s nif:anchorOf "President Anne Weber" } WHERE { ?s nif:anchorOf ?a FILTER(?a = "President Anna Weber") } | nif:anchorOf is "President Anne Weber" but the article text there is "President Anna Weber"
        begin not before end | DELETE { ?s nif:beginIndex ?b } INSERT { ?s nif:beginIndex "41"^^xsd:nonNegativeInteger } WHERE { ?s nif:anchorOf "President Anna Weber" ; nif:beginIndex ?b } | a span's nif:beginIndex must be less than its nif:endIndex
        span beyond the text | DELETE { ?s nif:endIndex ?e } INSERT { ?s nif:endIndex "9999"^^xsd:nonNegativeInteger } WHERE { ?s nif:anchorOf "President Anna Weber" ; nif:endIndex ?e } | is beyond the end of its context's text
        text changed after annotation | DELETE { ?c nif:isString ?t } INSERT { ?c nif:isString ?t2 } WHERE { ?c nif:isString ?t BIND(CONCAT(?t, "x") AS ?t2) } | is not the SHA-256 of its nif:isString
        event without participant | DELETE { ?e sem:hasActor ?a } WHERE { ?e sem:hasActor ?a FILTER(?e = EV_meeting>) } | an event has at least one sem:hasActor
        event without time | DELETE { ?e sem:hasTime ?t } WHERE { ?e sem:hasTime ?t FILTER(?e = EV_meeting>) } | an event has exactly one sem:hasTime
        event without span | DELETE { ?e gaf:denotedBy ?t } WHERE { ?e gaf:denotedBy ?t FILTER(?e = EV_resignation>) } | an event has at least one gaf:denotedBy span
        anonymous source without descriptor | DELETE { ?e ng:descriptor ?d } WHERE { ?e ng:descriptor ?d FILTER(?e = E_official>) } | an anonymous source has exactly one ng:descriptor
        statement without speaker | DELETE { ?s ng:speaker ?d } WHERE { ?s ng:speaker ?d FILTER(?s = ST_weber-quote>) } | ng:speaker
        mention without source | DELETE { ?m grasp:wasAttributedTo ?d } WHERE { ?m grasp:wasAttributedTo ?d } | grasp:wasAttributedTo
        attribution without polarity | DELETE { ?a ng:polarity ?p } WHERE { ?a ng:polarity ?p } | ng:polarity
        membership without organisation | DELETE { ?m org:organization ?o } WHERE { ?m org:organization ?o FILTER(?m = M_li-fm>) } | a membership has exactly one org:organization
        on-the-record source marked anonymous | DELETE { ?s ng:anonymous false } INSERT { ?s ng:anonymous true } WHERE { ?s ng:anonymous false FILTER(?s = E_spokesperson>) } | has ng:anonymous true but is not an ng:AnonymousSource
        article typed as a source | INSERT { ?a a ng:Source } WHERE { ?a a schema:NewsArticle } | the article speaks through its own voice
        answer without its question | DELETE { ?s ng:statementType ?t } INSERT { ?s ng:statementType stmtype:answer } WHERE { ?s ng:statementType ?t FILTER(?s = ST_official-said>) } | is an answer but has no ng:answers
        denial typed as non-corroboration | INSERT { ?s a ng:NonCorroboration } WHERE { ?s a ng:Denial } | not confirming a claim is not denying it
        unknown event type | DELETE { ?e sem:eventType ?t } INSERT { ?e sem:eventType evtype:picnic } WHERE { ?e sem:eventType ?t FILTER(?e = EV_meeting>) } | sem:eventType must be a concept of ng:EventTypes
        """)
    void brokenGraphIsReported(String name, String update, String expected) {
        DatasetGraph ds = Build.build(MINI, Build.DEFAULT_BASE);
        String u = update.replace("EV_", EV).replace("E_", E).replace("ST_", ST).replace("M_", M);
        // every named graph is changed where the pattern matches
        ds.listGraphNodes().forEachRemaining(g -> UpdateAction.parseExecute(Sparql.PREFIXES + u, ds.getGraph(g)));
        Validation.Report r = Validation.validate(ds);
        assertFalse(r.conforms(), name + ": should not conform");
        assertTrue(r.text().contains(expected), name + ": report should contain «" + expected + "» but was\n" + r.text());
    }
}
