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
 * 3 March 2020, the Daily Planet to April 2020, the Morning Gazette only to 2020, and a corpus
 * digest of the Evening Courier's report to 3 March 2020 as Test News does. Query 27 marks the
 * accounts of 3 March and of April as conflicting (their bounds do not overlap) and the Gazette's
 * as not (2020 holds them all); query 30 gives each 3 March account and the April one as "dated
 * apart", and the two accounts of 3 March (the same bounds) as no disagreement. The corpus
 * fixture has no such accounts, so these answers are the ones that show those parts of the two
 * queries at work. The expected answers are written from the four texts.
 */
class DatedApartTest {

    static final Path FIXTURE = Path.of("src/test/resources/dated-apart");
    static final String B = Build.DEFAULT_BASE;
    static final String TN = "test-2020-03-05-testnews-summit";
    static final String DP = "test-2020-05-04-planet-summit";
    static final String MG = "test-2020-06-01-gazette-summit";
    static final String EC = "test-2020-03-04-courier-summit";

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
        return tsv.replace("<B>", "<" + B).replace("$TN", TN).replace("$DP", DP).replace("$MG", MG).replace("$EC", EC)
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
        assertEquals(Map.of("Test News", "3 March 2020 -> true", "Evening Courier", "3 March 2020 -> true",
                "Daily Planet", "April 2020 -> true", "Morning Gazette", "in 2020 -> false"), conflicting,
                "3 March 2020 and April 2020 do not overlap; 2020 overlaps both");
        assertSameTable("27-event-accounts on " + FIXTURE, parseTsv(f("""
                ?event\t?eventLabel\t?outletName\t?when\t?precision\t?earliest\t?latest\t?mostPrecise\t?conflicting\t?account\t?article
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Evening Courier"\t"3 March 2020"\t<P>day>\t"2020-03-03"^^D\t"2020-03-03"^^D\ttrue\ttrue\t<B>event/$EC/meeting>\t<B>article/$EC>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Test News"\t"3 March 2020"\t<P>day>\t"2020-03-03"^^D\t"2020-03-03"^^D\ttrue\ttrue\t<B>event/$TN/meeting>\t<B>article/$TN>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Daily Planet"\t"April 2020"\t<P>month>\t"2020-04-01"^^D\t"2020-04-30"^^D\tfalse\ttrue\t<B>event/$DP/meeting>\t<B>article/$DP>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"Morning Gazette"\t"in 2020"\t<P>year>\t"2020-01-01"^^D\t"2020-12-31"^^D\tfalse\tfalse\t<B>event/$MG/meeting>\t<B>article/$MG>
                """)), t, true);
    }

    @Test
    void accountsDatedApartAreADisagreement() {
        // the earlier account first (its latest date before the other's earliest); the Gazette's
        // "in 2020" disagrees with none
        assertSameTable("30-disagreements on " + FIXTURE, parseTsv(f("""
                ?topic\t?topicLabel\t?kind\t?outletA\t?sourceA\t?saysA\t?outletB\t?sourceB\t?saysB\t?articleA\t?articleB
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"dated apart"\t"Evening Courier"\t\t"3 March 2020"\t"Daily Planet"\t\t"April 2020"\t<B>article/$EC>\t<B>article/$DP>
                <B>event/corpus/summit>\t"Anna Weber meets Li Na in Berlin (2020)"\t"dated apart"\t"Test News"\t\t"3 March 2020"\t"Daily Planet"\t\t"April 2020"\t<B>article/$TN>\t<B>article/$DP>
                """)), answer("30-disagreements"), true);
    }

    @Test
    void accountsWithTheSameBoundsAreNoDisagreement() {
        String tn = B + "article/" + TN;
        String ec = B + "article/" + EC;
        // 27 lists both accounts of 3 March 2020, each with its own outlet and article, with the same bounds
        Map<String, String> accounts = new TreeMap<>();
        for (Binding b : answer("27-event-accounts").rows()) {
            String article = b.get(Var.alloc("article")).getURI();
            if (article.equals(tn) || article.equals(ec)) {
                accounts.put(b.get(Var.alloc("outletName")).getLiteralLexicalForm(),
                        b.get(Var.alloc("account")).getURI() + " " + b.get(Var.alloc("precision")).getURI() + " "
                                + b.get(Var.alloc("earliest")).getLiteralLexicalForm() + " .. "
                                + b.get(Var.alloc("latest")).getLiteralLexicalForm() + " most precise "
                                + b.get(Var.alloc("mostPrecise")).getLiteralLexicalForm());
            }
        }
        String day = "https://w3id.org/newsgraph/ontology/date-precision/day 2020-03-03 .. 2020-03-03 most precise true";
        assertEquals(Map.of("Test News", B + "event/" + TN + "/meeting " + day,
                "Evening Courier", B + "event/" + EC + "/meeting " + day), accounts,
                "27: both accounts of 3 March 2020, with the same bounds, both the most precise");
        // 30 compares them with the other accounts (each is dated apart from the Daily Planet's
        // April 2020), but not with each other: the same bounds overlap
        Table t = answer("30-disagreements");
        java.util.Set<String> pairs = new java.util.TreeSet<>();
        for (Binding b : t.rows()) {
            pairs.add(b.get(Var.alloc("outletA")).getLiteralLexicalForm() + " / "
                    + b.get(Var.alloc("outletB")).getLiteralLexicalForm() + ": "
                    + b.get(Var.alloc("kind")).getLiteralLexicalForm());
        }
        assertEquals(java.util.Set.of("Test News / Daily Planet: dated apart",
                "Evening Courier / Daily Planet: dated apart"), pairs,
                "30: each 3 March account against April, never the two 3 March accounts together");
        for (Binding b : t.rows()) {
            java.util.Set<String> sides = java.util.Set.of(b.get(Var.alloc("articleA")).getURI(),
                    b.get(Var.alloc("articleB")).getURI());
            org.junit.jupiter.api.Assertions.assertNotEquals(java.util.Set.of(tn, ec), sides,
                    "30 lists the two accounts with the same bounds as a disagreement");
        }
    }
}
