package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.queries.ExpectedResults.assertSameTable;
import static org.newsgraph.queries.ExpectedResults.parseTsv;
import static org.newsgraph.queries.ExpectedResults.select;
import static org.newsgraph.queries.ExpectedResults.unionView;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.mapping.Build;
import org.newsgraph.queries.ExpectedResults.Table;

/**
 * Accounts of one event whose dates cannot both be right, on a made-up fixture
 * (src/test/resources/dated-apart): Test News dates the meeting of Anna Weber and Li Na to
 * 3 March 2020, the Daily Planet to April 2020, the Morning Gazette only to 2020. Query 27 marks
 * the first two accounts as conflicting (their bounds do not overlap) and the Gazette's as not
 * (2020 holds both); query 30 gives the pair as "dated apart". The corpus fixture has no such
 * accounts, so these answers are the ones that show those parts of the two queries at work.
 * The expected answers are written from the three texts.
 */
class DatedApartTest {

    static final Path FIXTURE = Path.of("src/test/resources/dated-apart");
    static final String B = Build.DEFAULT_BASE;
    static final String TN = "test-2020-03-05-testnews-summit";
    static final String DP = "test-2020-05-04-planet-summit";
    static final String MG = "test-2020-06-01-gazette-summit";

    static Dataset ds;

    @BeforeAll
    static void build() {
        ds = unionView(Build.build(FIXTURE, B));
    }

    static Table answer(String name) {
        CatalogueQuery q = ExpectedResults.catalogue().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name));
        return select(ds, QueryParameters.bind(q, Map.of()));
    }

    static String f(String tsv) {
        return tsv.replace("<B>", "<" + B).replace("$TN", TN).replace("$DP", DP).replace("$MG", MG)
                .replace("<P>", "<https://w3id.org/newsgraph/ontology/date-precision/")
                .replace("^^D", "^^<http://www.w3.org/2001/XMLSchema#date>");
    }

    @Test
    void eventAccountsConflictWhereTheirDatesDoNotOverlap() {
        Table t = answer("27-event-accounts");
        // per outlet: its account's date as written and whether it conflicts with another account
        Map<String, String> conflicting = new TreeMap<>();
        for (Binding b : t.rows()) {
            conflicting.put(b.get(Var.alloc("outletName")).getLiteralLexicalForm(),
                    b.get(Var.alloc("when")).getLiteralLexicalForm() + " -> "
                            + b.get(Var.alloc("conflicting")).getLiteralLexicalForm());
        }
        assertEquals(Map.of("Test News", "3 March 2020 -> true", "Daily Planet", "April 2020 -> true",
                "Morning Gazette", "in 2020 -> false"), conflicting,
                "3 March 2020 and April 2020 do not overlap; 2020 overlaps both");
        assertSameTable("27-event-accounts on " + FIXTURE, parseTsv(f("""
                ?event\t?eventLabel\t?outletName\t?when\t?precision\t?earliest\t?latest\t?mostPrecise\t?conflicting\t?account\t?article
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Test News"\t"3 March 2020"\t<P>day>\t"2020-03-03"^^D\t"2020-03-03"^^D\ttrue\ttrue\t<B>event/$TN/meeting>\t<B>article/$TN>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Daily Planet"\t"April 2020"\t<P>month>\t"2020-04-01"^^D\t"2020-04-30"^^D\tfalse\ttrue\t<B>event/$DP/meeting>\t<B>article/$DP>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Morning Gazette"\t"in 2020"\t<P>year>\t"2020-01-01"^^D\t"2020-12-31"^^D\tfalse\tfalse\t<B>event/$MG/meeting>\t<B>article/$MG>
                """)), t, true);
    }

    @Test
    void accountsDatedApartAreADisagreement() {
        // the earlier account first (its latest date before the other's earliest); the Gazette's
        // "in 2020" disagrees with neither
        assertSameTable("30-disagreements on " + FIXTURE, parseTsv(f("""
                ?topic\t?topicLabel\t?kind\t?outletA\t?sourceA\t?saysA\t?outletB\t?sourceB\t?saysB\t?articleA\t?articleB
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"dated apart"\t"Test News"\t\t"3 March 2020"\t"Daily Planet"\t\t"April 2020"\t<B>article/$TN>\t<B>article/$DP>
                """)), answer("30-disagreements"), true);
    }
}
