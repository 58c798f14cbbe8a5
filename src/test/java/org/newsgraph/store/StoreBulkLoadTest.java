package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreTest.EX;
import static org.newsgraph.store.StoreTest.ONE;
import static org.newsgraph.store.StoreTest.TWO;
import static org.newsgraph.store.StoreTest.holds;
import static org.newsgraph.store.StoreTest.iri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty store is filled by TDB2's bulk loader and not compacted after it; a load that fails
 * part way leaves it empty and without a record, so the next load starts again.
 */
class StoreBulkLoadTest {

    static Store.Source people(String... who) {
        return out -> {
            out.start();
            out.prefix("ex", EX);
            for (String w : who) {
                out.quad(Quad.create(iri("g-" + w), iri(w), iri("name"), NodeFactory.createLiteralString(w)));
            }
            out.finish();
        };
    }

    static List<String> dataFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void anEmptyStoreIsBulkLoadedWithoutCompaction(@TempDir Path dir) throws IOException {
        Path loc = dir.resolve("store");
        try (Store store = Store.open(loc)) {
            assertEquals(Store.Outcome.LOADED, store.loadStreamed(ONE, people("alice", "bob")));
            assertTrue(holds(store, "alice") && holds(store, "bob"));
            assertEquals(ONE, store.fingerprint().orElseThrow());
            assertEquals(EX, Txn.calculateRead(store.dataset(), () -> store.dataset().prefixes().get("ex")));
            assertEquals(List.of("Data-0001"), dataFolders(loc), "a first load compacts nothing");
            assertEquals(Store.Outcome.REUSED, store.loadStreamed(ONE, people("carol")));
            assertEquals(Store.Outcome.LOADED, store.loadStreamed(TWO, people("carol")));
            assertTrue(holds(store, "carol"));
            assertFalse(holds(store, "alice"), "a reload replaces the content");
        }
    }

    @Test
    void aFailedBulkLoadLeavesTheStoreEmptyAndUnrecorded(@TempDir Path dir) {
        Path loc = dir.resolve("store");
        try (Store store = Store.open(loc)) {
            Store.Source broken = out -> {
                people("alice").sendTo(out);
                throw new IllegalStateException("the build failed part way");
            };
            assertThrows(IllegalStateException.class, () -> store.loadStreamed(ONE, broken));
            assertTrue(store.fingerprint().isEmpty(), "no record after a failed load");
            assertTrue(Txn.calculateRead(store.dataset(), store.dataset()::isEmpty), "the failed load is undone");
            assertEquals(Store.Outcome.LOADED, store.loadStreamed(ONE, people("bob")));
            assertTrue(holds(store, "bob"));
            assertFalse(holds(store, "alice"), "nothing of the failed load is served");
        }
    }
}
