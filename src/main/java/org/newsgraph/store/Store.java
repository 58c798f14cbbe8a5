package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Exporter;
import org.newsgraph.util.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 database that {@code serve} and {@code query} answer from.
 *
 * <p>The store keeps a record of what it holds: the {@link Fingerprint} of the input it was
 * loaded from, written in the same write transaction as the data. {@link #load} reuses the
 * store when the fingerprint is unchanged and otherwise replaces its whole content in one
 * write transaction (clear, copy, record), so a failure part way leaves the previous
 * content and record as they were. After the transaction a store on disk is compacted, so
 * that the folder keeps about one copy of the graph however often it is reloaded (TDB2
 * only appends).
 *
 * <p>The record lives in the store's own default graph. The store's context sets TDB2's
 * {@code unionDefaultGraph}, so a SPARQL query's default graph is the union of the named
 * graphs and the record is not part of any query answer; {@code GRAPH ?g} lists only the
 * named graphs. (The Graph Store Protocol {@code ?default} reads the stored default graph,
 * that is the record; {@code ?graph=union} reads the union.)
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Subject of the store's record. */
    public static final Node RECORD = NodeFactory.createURI("urn:x-newsgraph:store");
    /** The fingerprint of the input the store was loaded from (a string of 64 hex digits). */
    public static final Node FINGERPRINT = NodeFactory.createURI("urn:x-newsgraph:store#inputFingerprint");
    /** The application version that loaded the store. */
    public static final Node APP_VERSION = NodeFactory.createURI("urn:x-newsgraph:store#appVersion");

    /** What {@link #load} did. */
    public enum Outcome {
        /** The store already held the graph for this fingerprint; nothing was written. */
        REUSED,
        /** The store's content was replaced. */
        LOADED,
        /** Only the graphs of the articles added, changed or removed were replaced. */
        UPDATED
    }

    private final DatasetGraph dataset;
    private final Path directory;
    private int loads;
    private String compactionFailure;

    private Store(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        // As the TDB2 assembler does for tdb2:unionDefaultGraph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if need be) the TDB2 database in {@code directory}: a new or empty folder,
     * or one that holds a TDB2 database. A file, or a folder with other files in it, is refused
     * (never taken over).
     *
     * @throws StoreException the store cannot be opened (one line, with the reason)
     */
    public static Store open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        String cannot = "store " + directory + " cannot be opened: ";
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new StoreException(cannot + (Files.isRegularFile(directory) ? "it is a file" : "it is not a folder"),
                    null);
        }
        if (Files.isDirectory(directory) && !emptyOrTdb2(directory, cannot)) {
            throw new StoreException(cannot + "the folder has other files and is not a TDB2 store "
                    + "(choose an empty or new folder)", null);
        }
        try {
            Files.createDirectories(directory);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
            return new Store(dsg, directory);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(cannot + (e.getFile() == null ? "a folder on the way" : e.getFile())
                    + " is a file, not a folder", e);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock")) {
                    throw new StoreException(cannot + "it is in use by another process ("
                            + Errors.firstLine(t.getMessage()) + ")", e);
                }
            }
            throw new StoreException(cannot + Errors.rootMessage(e), e);
        }
    }

    /**
     * Whether the folder is empty or holds a TDB2 database (its {@code tdb.lock} or a
     * {@code Data-NNNN} folder).
     */
    private static boolean emptyOrTdb2(Path directory, String cannot) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty() || names.stream().anyMatch(n -> n.equals("tdb.lock") || n.startsWith("Data-"));
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new StoreException(cannot + TextFiles.describe(io), e);
        }
    }

    /** A TDB2 database in memory (tests). */
    public static Store inMemory() {
        return new Store(DatabaseMgr.createDatasetGraph(), null);
    }

    /** The TDB2 dataset, its default graph being the union of its named graphs in queries. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The store's directory, or empty for an in-memory store. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Whether the store holds nothing (new, or never loaded). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, dataset::isEmpty);
    }

    /** The fingerprint recorded by the last completed load, if any. */
    public Optional<Fingerprint> fingerprint() {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Triple> it = dataset.getDefaultGraph().find(RECORD, FINGERPRINT, Node.ANY);
            return it.hasNext() ? Optional.of(new Fingerprint(it.next().getObject().getLiteralLexicalForm()))
                    : Optional.<Fingerprint>empty();
        });
    }

    /**
     * Makes the store hold the graph for {@code fingerprint}: does nothing when it already
     * does, else replaces its content with {@code source.get()} in one write transaction.
     * The supplier is called only when a load is needed; an exception from it or from the
     * copy aborts the transaction and propagates.
     */
    public Outcome load(Fingerprint fingerprint, Supplier<? extends DatasetGraph> source) {
        if (fingerprint().filter(fingerprint::equals).isPresent()) {
            return Outcome.REUSED;
        }
        replace(fingerprint, source.get());
        return Outcome.LOADED;
    }

    /** What sends a graph to the store: its quads and prefixes, to the stream given. */
    @FunctionalInterface
    public interface Source {
        /** Sends every quad (and the prefixes); an exception aborts the load. */
        void sendTo(StreamRDF out);
    }

    /**
     * As {@link #load(Fingerprint, Supplier)}, the graph streamed by {@code source} (so the whole
     * graph need not be held in memory): does nothing when the store already holds the graph for
     * {@code fingerprint}, else {@link #replace(Fingerprint, Source) replaces} its content.
     */
    public Outcome loadStreamed(Fingerprint fingerprint, Source source) {
        if (fingerprint().filter(fingerprint::equals).isPresent()) {
            return Outcome.REUSED;
        }
        replace(fingerprint, source);
        return Outcome.LOADED;
    }

    /**
     * Replaces the store's content with {@code source} and records {@code fingerprint}, in one
     * write transaction, then compacts a store on disk (outside the transaction; see
     * {@link #compactionFailure()}).
     */
    public void replace(Fingerprint fingerprint, DatasetGraph source) {
        Objects.requireNonNull(source, "source");
        replace(fingerprint, out -> copy(source, out));
    }

    /**
     * Replaces the store's content with the quads {@code source} sends and records
     * {@code fingerprint}. An empty store (new, or never loaded) is filled by TDB2's phased bulk
     * loader, in its own transaction, and is not compacted (there is nothing to reclaim); the
     * record is written in a second transaction after it, so a store whose load did not finish
     * has no record and is loaded again next time. A store with content has it replaced in one
     * write transaction (clear, add, record) and is compacted after it. Either way an exception
     * from {@code source} aborts the load and leaves the store as it was.
     */
    public void replace(Fingerprint fingerprint, Source source) {
        replace(fingerprint, source, () -> null);
    }

    /**
     * As {@link #replace(Fingerprint, Source)}, recording with the fingerprint the index that
     * {@code index} gives once every quad was sent (null for none).
     */
    public void replace(Fingerprint fingerprint, Source source, Supplier<StoreIndex> index) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(source, "source");
        boolean empty = Txn.calculateRead(dataset, dataset::isEmpty);
        Map<String, String> prefixes = new TreeMap<>();
        if (empty && !dataset.isInTransaction()) {
            DataLoader loader = LoaderFactory.phasedLoader(dataset, (fmt, args) -> { });
            loader.startBulk();
            try {
                source.sendTo(new Capture(loader.stream(), prefixes));
                loader.finishBulk();
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
            StoreIndex built = index.get();
            Txn.executeWrite(dataset, () -> {
                prefixes.forEach(dataset.prefixes()::add);
                record(fingerprint, built);
            });
            loads++;
            return;
        }
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            dataset.prefixes().clear();
            source.sendTo(new Capture(StreamRDFLib.dataset(dataset), prefixes));
            prefixes.forEach(dataset.prefixes()::add);
            record(fingerprint, index.get());
        });
        loads++;
        compact();
    }

    /** The index of what the store was loaded from, article by article, if its record has one. */
    public Optional<StoreIndex> index() {
        return Txn.calculateRead(dataset, () -> StoreIndex.read(dataset.getDefaultGraph()));
    }

    /**
     * Replaces the record (in the caller's write transaction): the fingerprint, the version, the
     * time and the index (when not null).
     */
    void record(Fingerprint fingerprint, StoreIndex index) {
        Graph wanted = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        if (index != null) {
            index.write(wanted);
        }
        wanted.add(RECORD, FINGERPRINT, NodeFactory.createLiteralString(fingerprint.value()));
        wanted.add(RECORD, APP_VERSION, NodeFactory.createLiteralString(Fingerprint.appVersion()));
        wanted.add(RECORD, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        StoreIndex.replaceTriples(dataset.getDefaultGraph(), RECORD, wanted);
    }

    /**
     * Passes quads on, keeps prefixes aside (written with the record), and warns of triples in
     * the default graph (queries see only the union of the named graphs).
     */
    private static final class Capture extends StreamRDFWrapper {
        private final Map<String, String> prefixes;
        private long hidden;

        Capture(StreamRDF out, Map<String, String> prefixes) {
            super(out);
            this.prefixes = prefixes;
        }

        @Override
        public void triple(Triple triple) {
            hidden++;
            super.quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                hidden++;
            }
            super.quad(quad);
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.putIfAbsent(prefix, iri);
        }

        @Override
        public void finish() {
            if (hidden > 0) {
                LOG.warn("{} triples of the built graph are in the default graph; queries see only the union "
                        + "of the named graphs", hidden);
            }
        }
    }

    /**
     * Reclaims the space of the replaced content. TDB2 only appends, so each load would
     * otherwise add a whole copy of the graph to the folder. Compaction copies the current
     * state to a new {@code Data-NNNN} folder, switches to it and deletes the old one; it runs
     * after the load's write transaction has committed, so a failure (reported by
     * {@link #compactionFailure()} and logged) leaves the store usable with the new content,
     * only larger. Nothing to do in memory, or inside a caller's transaction.
     */
    private void compact() {
        if (directory == null || dataset.isInTransaction()) {
            return;
        }
        try {
            DatabaseMgr.compact(dataset, true);
            compactionFailure = null;
        } catch (RuntimeException e) {
            compactionFailure = Errors.rootMessage(e);
            LOG.warn("store {}: the new content is loaded, but the space of the old could not be reclaimed: {}",
                    directory, compactionFailure);
        }
    }

    /**
     * Why the last load could not reclaim the space of the content it replaced, if it could
     * not (the store holds the new content all the same).
     */
    public Optional<String> compactionFailure() {
        return Optional.ofNullable(compactionFailure);
    }

    /** Counts a load done by another class of this package (an update of some articles). */
    void countLoad() {
        loads++;
    }

    /** How many times this store object has replaced its content. */
    public int loadCount() {
        return loads;
    }

    /** Sends a dataset's quads and prefixes (as the export writes them) to a stream. */
    private static void copy(DatasetGraph source, StreamRDF target) {
        Runnable copy = () -> {
            target.start();
            Exporter.prefixes(source).forEach(target::prefix);
            Iterator<Quad> quads = source.find();
            while (quads.hasNext()) {
                target.quad(quads.next());
            }
            target.finish();
        };
        if (source.supportsTransactions() && !source.isInTransaction()) {
            Txn.executeRead(source, copy);
        } else {
            copy.run();
        }
    }

    /** Releases the database (its files and its lock) so another process can open it. */
    @Override
    public void close() {
        if (directory != null) {
            TDBInternal.expel(dataset);
        } else {
            dataset.close();
        }
    }
}
