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
import java.util.List;
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

    @Test
    void aFileIsNotAStore(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertEquals("store " + file + " cannot be opened: it is a file", e.getMessage());
        assertEquals("mine", Files.readString(file));
        StoreException under = assertThrows(StoreException.class, () -> Store.open(file.resolve("tdb2")));
        assertTrue(under.getMessage().startsWith("store " + file.resolve("tdb2") + " cannot be opened: "),
                under.getMessage());
        assertFalse(under.getMessage().contains("\n"), under.getMessage());
    }

    @Test
    void aFolderWithOtherFilesIsNeverTakenOver(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(folder));
        assertEquals("store " + folder + " cannot be opened: the folder has other files and is not a TDB2 store "
                + "(choose an empty or new folder)", e.getMessage());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("notes.txt")), files.toList(), "nothing is added to the folder");
        }
        // An empty folder and an existing store are fine.
        Path empty = Files.createDirectory(dir.resolve("empty"));
        try (Store store = Store.open(empty)) {
            store.load(ONE, () -> graphOf("alice"));
        }
        try (Store store = Store.open(empty)) {
            assertEquals(Optional.of(ONE), store.fingerprint());
        }
    }

    /** A graph big enough for the size of the store to tell copies apart. */
    static DatasetGraph bigGraph(String who) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 5_000; i++) {
            dsg.add(iri("g-" + who + (i % 50)), iri(who + i), iri("name"), NodeFactory.createLiteralString(who + " " + i));
        }
        return dsg;
    }

    /**
     * The disk space the folder takes, in KiB ({@code du -sk}): TDB2's index files are sparse
     * (their length is set in 8 MiB steps), so the sum of the file lengths does not show growth.
     */
    static long diskUsage(Path dir) throws Exception {
        Process du;
        try {
            du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("needs du to measure the disk space of the store: " + e.getMessage());
            throw e;
        }
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, du.waitFor(), out);
        return Long.parseLong(out.strip().split("\\s+")[0]);
    }

    @Test
    void reloadingKeepsAboutOneCopyOnDisk(@TempDir Path dir) throws Exception {
        long first;
        try (Store store = Store.open(dir)) {
            store.replace(ONE, bigGraph("alice"));
            first = diskUsage(dir);
            for (int i = 0; i < 3; i++) {
                store.replace(i % 2 == 0 ? TWO : ONE, bigGraph("alice"));
                long now = diskUsage(dir);
                assertTrue(now <= first * 3 / 2, "reload " + (i + 1) + ": " + now + " KiB after " + first + " KiB");
                assertEquals(Optional.empty(), store.compactionFailure());
            }
            // Compacted, it answers as before: the latest content, the union default graph, the record hidden.
            assertEquals(Optional.of(TWO), store.fingerprint());
            assertTrue(ask(store, "ASK { <" + EX + "alice7> ?p ?o }"));
            assertFalse(ask(store, "ASK { <" + Store.RECORD.getURI() + "> ?p ?o }"));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(Optional.of(TWO), store.fingerprint());
            assertTrue(ask(store, "ASK { <" + EX + "alice4999> ?p ?o }"));
        }
    }

    @Test
    void aFailedCompactionLeavesTheLoadedStoreUsable(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.load(ONE, () -> graphOf("alice"));
            // TDB2 compacts Data-NNNN into Data-(NNNN+1) through Data-(NNNN+1)-tmp: block that.
            String current;
            try (var files = Files.list(dir)) {
                current = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("Data-\\d+"))
                        .sorted().reduce((a, b) -> b).orElseThrow();
            }
            int next = Integer.parseInt(current.substring("Data-".length())) + 1;
            Files.createDirectory(dir.resolve(String.format("Data-%04d-tmp", next)));

            assertEquals(Store.Outcome.LOADED, store.load(TWO, () -> graphOf("bob")));
            assertTrue(store.compactionFailure().isPresent(), "the compaction failed");
            assertFalse(store.compactionFailure().get().contains("\n"), store.compactionFailure().get());
            assertEquals(Optional.of(TWO), store.fingerprint());
            assertTrue(holds(store, "bob"));
            assertFalse(holds(store, "alice"));
            // Still writable.
            assertEquals(Store.Outcome.LOADED, store.load(ONE, () -> graphOf("carol")));
            assertTrue(holds(store, "carol"));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(Optional.of(ONE), store.fingerprint());
            assertTrue(holds(store, "carol"));
            assertEquals(Store.Outcome.LOADED, store.load(TWO, () -> graphOf("dave")));
            assertEquals(Optional.empty(), store.compactionFailure(), "TDB2 removed the leftover on opening");
        }
    }
}
