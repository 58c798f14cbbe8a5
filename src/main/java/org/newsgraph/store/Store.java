package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.export.Exporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 database that {@code serve} and {@code query} answer from.
 *
 * <p>The store keeps a record of what it holds: the {@link Fingerprint} of the input it was
 * loaded from, written in the same write transaction as the data. {@link #load} reuses the
 * store when the fingerprint is unchanged and otherwise replaces its whole content in one
 * write transaction (clear, copy, record), so a failure part way leaves the previous
 * content and record as they were.
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
        LOADED
    }

    private final DatasetGraph dataset;
    private final Path directory;
    private int loads;

    private Store(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        // As the TDB2 assembler does for tdb2:unionDefaultGraph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if need be) the TDB2 database in {@code directory}. */
    public static Store open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
            return new Store(dsg, directory);
        } catch (Exception e) {
            String why = oneLine(e);
            if (why.contains("Failed to get a lock")) {
                throw new StoreException("store " + directory + " cannot be opened: it is in use by another process ("
                        + why + ")", e);
            }
            throw new StoreException("store " + directory + " cannot be opened: " + why, e);
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

    /** Replaces the store's content with {@code source} and records {@code fingerprint}, in one write transaction. */
    public void replace(Fingerprint fingerprint, DatasetGraph source) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(source, "source");
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            dataset.prefixes().clear();
            copy(source, dataset);
            Graph record = dataset.getDefaultGraph();
            record.add(RECORD, FINGERPRINT, NodeFactory.createLiteralString(fingerprint.value()));
            record.add(RECORD, APP_VERSION, NodeFactory.createLiteralString(Fingerprint.appVersion()));
            record.add(RECORD, DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        });
        loads++;
    }

    /** How many times this store object has replaced its content. */
    public int loadCount() {
        return loads;
    }

    private static void copy(DatasetGraph source, DatasetGraph target) {
        Runnable copy = () -> {
            long hidden = 0;
            Iterator<Quad> quads = source.find();
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (q.isDefaultGraph()) {
                    hidden++;
                }
                target.add(q);
            }
            // The dataset's prefixes and its graphs' (as the export writes them), for readable answers.
            Exporter.prefixes(source).forEach(target.prefixes()::add);
            if (hidden > 0) {
                LOG.warn("{} triples of the built graph are in the default graph; queries see only the union "
                        + "of the named graphs", hidden);
            }
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

    private static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
