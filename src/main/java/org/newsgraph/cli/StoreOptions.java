package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.store.StoreSetup;
import picocli.CommandLine.Option;

/** The options that say which TDB2 store to answer from: {@code --store} and {@code --rebuild} (a picocli mixin). */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store = StoreSetup.DEFAULT_STORE;

    @Option(names = "--rebuild", description = "Rebuild the store even if the input has not changed.")
    boolean rebuild;

    @Option(names = "--from-build", paramLabel = "FILE", description = "Fill an empty store from FILE, the "
            + "TriG that build wrote for the same input (checked against its index), instead of building "
            + "the graph again.")
    Path fromBuild;

    /** The store, loaded from the input or reused when the input has not changed. */
    StoreSetup.Ready upToDate(DataOptions input, Consumer<String> progress) {
        return StoreSetup.upToDate(input.data, input.base, store, rebuild, progress,
                org.newsgraph.export.TextPolicy.FULL, fromBuild);
    }

    /** As {@link #upToDate(DataOptions, Consumer)}, the graph as the text policy publishes it. */
    StoreSetup.Ready upToDate(DataOptions input, Consumer<String> progress, org.newsgraph.export.TextPolicy policy) {
        return StoreSetup.upToDate(input.data, input.base, store, rebuild, progress, policy, fromBuild);
    }
}
