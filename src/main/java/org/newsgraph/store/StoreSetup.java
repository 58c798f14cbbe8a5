package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.pipeline.InputDigest;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StreamSink;
import org.newsgraph.validate.InvalidGraphException;
import org.newsgraph.validate.Validation;

/**
 * What {@code serve} and {@code query} do before answering: open the store and bring it up
 * to date with the input, building and validating the graph only when the input changed.
 */
public final class StoreSetup {
    private StoreSetup() {
    }

    /** The store folder of {@code serve} and {@code query} when {@code --store} is not given. */
    public static final Path DEFAULT_STORE = Path.of("out", "tdb2");

    /** An open store that holds the graph of the current input. */
    public record Ready(Store store, Store.Outcome outcome, Fingerprint fingerprint) {
    }

    /**
     * Opens the store in {@code storeDir} and makes it hold the graph built from
     * {@code dataDir} with {@code base}: reused as it is when its fingerprint matches the
     * input (and {@code rebuild} is false); else, when only some articles were added, changed or
     * removed since the store was loaded, those articles built and validated and their graphs
     * replaced ({@link IncrementalLoad}); else built, validated and loaded in full.
     *
     * @throws org.newsgraph.annotation.InputError the input is malformed (the store is left as it was)
     * @throws InvalidGraphException the built graph does not validate (the store is left as it was)
     * @throws StoreException the store cannot be opened
     */
    public static Ready upToDate(Path dataDir, String base, Path storeDir, boolean rebuild, Consumer<String> progress) {
        return upToDate(dataDir, base, storeDir, rebuild, progress, TextPolicy.FULL);
    }

    /**
     * As {@link #upToDate(Path, String, Path, boolean, Consumer)}, the store holding the graph as
     * {@code policy} publishes it (validated as built, then the policy applied); the policy is
     * part of the store's fingerprint.
     */
    public static Ready upToDate(Path dataDir, String base, Path storeDir, boolean rebuild, Consumer<String> progress,
            TextPolicy policy) {
        return upToDate(dataDir, base, storeDir, rebuild, progress, policy, null);
    }

    /**
     * As {@link #upToDate(Path, String, Path, boolean, Consumer, TextPolicy)}; an empty store is
     * filled from {@code fromBuild} (when not null), the TriG file {@code build} wrote for the
     * same input, when its index shows it is one ({@link FromBuild}), instead of building the
     * graph again.
     */
    public static Ready upToDate(Path dataDir, String base, Path storeDir, boolean rebuild, Consumer<String> progress,
            TextPolicy policy, Path fromBuild) {
        // the text policy is part of the corpus-level digest: a store's index is only used again
        // for the policy it was loaded with (with full, the digest is the build's, for --from-build)
        InputDigest digest = InputDigest.current(dataDir, base, policy.cliName());
        Fingerprint fingerprint = Fingerprint.of(digest).withTextPolicy(policy.cliName());
        Store store = Store.open(storeDir);
        try {
            Store.Outcome outcome;
            // article by article into the store (the policy applied to each article's graphs),
            // unless the imports need the whole graph (Pipeline.streams)
            boolean streamed = Pipeline.streams(dataDir, policy);
            boolean useBuild = fromBuild != null && !rebuild && streamed && policy == TextPolicy.FULL;
            if (fromBuild != null && !useBuild) {
                progress.accept("--from-build is not used " + (rebuild ? "with --rebuild"
                        : policy != TextPolicy.FULL ? "with a text policy other than full"
                        : "with imports that hold blank nodes") + "; building the graph");
            }
            if (streamed) {
                Pipeline.Result[] built = new Pipeline.Result[1];
                Store.Source source = out -> built[0] = buildValidated(dataDir, base, digest, policy, progress, out);
                Supplier<StoreIndex> index = () -> StoreIndex.of(digest.corpus(), built[0].entries());
                if (!rebuild && store.fingerprint().filter(fingerprint::equals).isPresent()) {
                    outcome = Store.Outcome.REUSED;
                } else if (!rebuild && IncrementalLoad.update(store, dataDir, base, digest, fingerprint, policy,
                        progress).isPresent()) {
                    outcome = Store.Outcome.UPDATED;
                } else if (useBuild && FromBuild.load(store, fromBuild, digest, fingerprint, progress)) {
                    outcome = Store.Outcome.LOADED;
                } else {
                    store.replace(fingerprint, source, index);
                    outcome = Store.Outcome.LOADED;
                }
            } else if (rebuild) {
                store.replace(fingerprint, policy.apply(buildValidated(dataDir, base, progress)));
                outcome = Store.Outcome.LOADED;
            } else {
                // no index is recorded: the next change loads the whole graph again
                outcome = store.load(fingerprint, () -> policy.apply(buildValidated(dataDir, base, progress)));
            }
            if (outcome == Store.Outcome.LOADED) {
                store.compactionFailure().ifPresent(why -> progress.accept("the new graph is loaded, but the "
                        + "space of the old one in " + storeDir + " could not be reclaimed: " + why));
            }
            return new Ready(store, outcome, fingerprint);
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    /**
     * Builds the graph one article at a time, validating each, into {@code out}; an invalid graph
     * is refused (after its quads were sent: the store's load is then aborted).
     */
    public static Pipeline.Result buildValidated(Path dataDir, String base, InputDigest digest, TextPolicy policy,
            Consumer<String> progress, StreamRDF out) {
        progress.accept("building and validating the graph from " + dataDir);
        out.start();
        StreamSink sink = new StreamSink(out, policy);
        Pipeline.Result result = Pipeline.run(Build.corpus(dataDir, base), true, sink,
                new Pipeline.Reuse(digest, Map.of()));
        if (!result.report().conforms()) {
            throw new InvalidGraphException(result.report());
        }
        sink.finish();
        out.finish();
        return result;
    }

    /** Builds the whole graph and validates it; an invalid graph is refused. */
    static DatasetGraph buildValidated(Path dataDir, String base, Consumer<String> progress) {
        progress.accept("building the graph from " + dataDir);
        DatasetGraph dsg = Build.build(dataDir, base);
        progress.accept("validating");
        Validation.requireValid(dsg);
        return dsg;
    }
}
