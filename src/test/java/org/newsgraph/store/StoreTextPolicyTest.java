package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;

/** {@code serve --text}: the store holds the graph as the policy publishes it, and a new policy reloads it. */
class StoreTextPolicyTest {

    static final Path SEED = Path.of("src/test/resources/seed");
    static final String HAS_TEXT = "ASK { ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }";

    static boolean ask(Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void thePolicyIsPartOfTheFingerprint(@TempDir Path tmp) {
        Path dir = tmp.resolve("tdb2");
        StoreSetup.Ready full = StoreSetup.upToDate(SEED, Build.DEFAULT_BASE, dir, false, m -> { }, TextPolicy.FULL);
        try (Store s = full.store()) {
            assertEquals(Store.Outcome.LOADED, full.outcome());
            assertTrue(ask(s, HAS_TEXT));
        }
        StoreSetup.Ready excerpts = StoreSetup.upToDate(SEED, Build.DEFAULT_BASE, dir, false, m -> { }, TextPolicy.EXCERPTS);
        try (Store s = excerpts.store()) {
            assertEquals(Store.Outcome.LOADED, excerpts.outcome(), "another policy reloads the store");
            assertNotEquals(full.fingerprint(), excerpts.fingerprint());
            assertFalse(ask(s, HAS_TEXT), "the seed's text is not served under excerpts");
        }
        StoreSetup.Ready again = StoreSetup.upToDate(SEED, Build.DEFAULT_BASE, dir, false, m -> { }, TextPolicy.EXCERPTS);
        try (Store s = again.store()) {
            assertEquals(Store.Outcome.REUSED, again.outcome());
        }
        assertEquals(Fingerprint.of(SEED, Build.DEFAULT_BASE), full.fingerprint(), "full: the fingerprint as before");
    }
}
