package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.store.StoreSetup;
import picocli.CommandLine.Option;

/**
 * The options that say which TDB2 store to answer from and what it holds: {@code --store},
 * {@code --rebuild}, {@code --from-build} and {@code --text} (a picocli mixin).
 */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store = StoreSetup.DEFAULT_STORE;

    @Option(names = "--rebuild", description = "Rebuild the store even if the input has not changed.")
    boolean rebuild;

    @Option(names = "--from-build", paramLabel = "FILE", description = "Fill an empty store from FILE, the "
            + "TriG that build wrote for the same input (checked against its index), instead of building "
            + "the graph again.")
    Path fromBuild;

    @Option(names = "--text", paramLabel = "POLICY", converter = OptionConverters.TextPolicyConverter.class,
            description = "What the graph in the store carries of the texts of articles published by others: "
                    + "full, excerpts or none, as export --text; a store loaded under another policy is loaded "
                    + "again (default: ${DEFAULT-VALUE}).")
    TextPolicy text = TextPolicy.FULL;

    /**
     * The store, loaded from the input (the graph as {@link #text} publishes it) or reused when
     * neither the input nor the policy has changed.
     */
    StoreSetup.Ready upToDate(DataOptions input, Consumer<String> progress) {
        return StoreSetup.upToDate(input.data, input.base, store, rebuild, progress, text, fromBuild);
    }
}
