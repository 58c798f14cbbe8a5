package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store: load, reuse by fingerprint, replace in one transaction, the record hidden from queries. */
class StoreTest {

    static final String EX = "http://example.org/";
    static final Fingerprint ONE = new Fingerprint("1111");
    static final Fingerprint TWO = new Fingerprint("2222");

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static DatasetGraph graphOf(String who) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(iri("g-" + who), iri(who), iri("name"), NodeFactory.createLiteralString(who));
        dsg.prefixes().add("ex", EX);
        return dsg;
    }

    static boolean ask(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(query).ask());
    }

    static boolean holds(Store store, String who) {
        return ask(store, "ASK { GRAPH <" + EX + "g-" + who + "> { <" + EX + who + "> ?p ?o } }");
    }

    @Test
    void reusedWhenTheFingerprintIsUnchangedEvenAfterReopening(@TempDir Path dir) {
        AtomicInteger builds = new AtomicInteger();
        try (Store store = Store.open(dir)) {
            assertEquals(Optional.empty(), store.fingerprint());
            assertEquals(Store.Outcome.LOADED, store.load(ONE, () -> {
                builds.incrementAndGet();
                return graphOf("alice");
            }));
            assertEquals(Optional.of(ONE), store.fingerprint());
            assertEquals(1, store.loadCount());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(Optional.of(ONE), store.fingerprint());
            assertEquals(Store.Outcome.REUSED, store.load(ONE, () -> {
                builds.incrementAndGet();
                return graphOf("bob");
            }));
            assertEquals(0, store.loadCount());
            assertTrue(holds(store, "alice"));
            assertFalse(holds(store, "bob"));
            assertEquals(EX, Txn.calculateRead(store.dataset(), () -> store.dataset().prefixes().get("ex")));
        }
        assertEquals(1, builds.get(), "the graph is built only when the store is loaded");
    }

    @Test
    void rebuiltWhenTheFingerprintChanges(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.load(ONE, () -> graphOf("alice"));
            assertEquals(Store.Outcome.LOADED, store.load(TWO, () -> graphOf("bob")));
            assertEquals(Optional.of(TWO), store.fingerprint());
            assertTrue(holds(store, "bob"));
            assertFalse(holds(store, "alice"), "the old content is cleared");
        }
    }

    @Test
    void aFailedLoadLeavesTheStoreAsItWas(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.load(ONE, () -> graphOf("alice"));
            DatasetGraph broken = new DatasetGraphWrapper(graphOf("bob")) {
                @Override
                public Iterator<Quad> find() {
                    Iterator<Quad> real = super.find();
                    return new Iterator<>() {
                        int n;

                        @Override
                        public boolean hasNext() {
                            return true;
                        }

                        @Override
                        public Quad next() {
                            if (n++ == 0 && real.hasNext()) {
                                return real.next();
                            }
                            throw new IllegalStateException("source failed part way");
                        }
                    };
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.load(TWO, () -> broken));
            assertEquals("source failed part way", e.getMessage());
            assertEquals(Optional.of(ONE), store.fingerprint());
            assertTrue(holds(store, "alice"));
            assertFalse(holds(store, "bob"), "nothing of the failed load is kept");
        }
    }

    @Test
    void theRecordIsNotInQueryAnswers() {
        try (Store store = Store.inMemory()) {
            store.load(ONE, () -> graphOf("alice"));
            // The default graph of a query is the union of the named graphs.
            assertTrue(ask(store, "ASK { <" + EX + "alice> ?p ?o }"));
            assertFalse(ask(store, "ASK { <" + Store.RECORD.getURI() + "> ?p ?o }"));
            assertFalse(ask(store, "ASK { GRAPH ?g { <" + Store.RECORD.getURI() + "> ?p ?o } }"));
            java.util.Set<Node> graphs = new java.util.HashSet<>();
            Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT DISTINCT ?g { GRAPH ?g {} }").select()
                    .forEachRemaining(row -> graphs.add(row.get("g"))));
            assertEquals(java.util.Set.of(iri("g-alice")), graphs, "GRAPH ?g lists the named graphs only");
        }
    }

    @Test
    void aStoreInUseByAnotherProcessIsAOneLineError(@TempDir Path dir) throws Exception {
        // Another process holds the OS lock on tdb.lock, as a running `newsgraph serve` does.
        // (Python's lockf and Java's FileChannel.tryLock are the same POSIX record lock.)
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "needs /usr/bin/python3 to hold a lock from another process");
        Path lockFile = dir.resolve("tdb.lock");
        Files.writeString(lockFile, "");
        Process holder = new ProcessBuilder(python.toString(), "-c",
                "import fcntl, sys\n"
                        + "f = open(sys.argv[1], 'r+')\n"
                        + "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                        + "f.write('4242'); f.flush()\n"
                        + "print('locked', flush=True)\n"
                        + "sys.stdin.read()\n",
                lockFile.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().startsWith("store " + dir + " cannot be opened: it is in use by another process"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("4242"), "names the holder's pid: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
