package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Distribution;
import org.newsgraph.export.TextPolicy;

/** {@code export --dist DIR}: writes the dumps and lists them, one line per file. */
final class DistCommandSupport {
    private DistCommandSupport() {
    }

    static int write(DatasetGraph published, TextPolicy policy, Path dir, Path data, PrintWriter out) {
        List<Distribution.Entry> files;
        try {
            files = Distribution.write(published, policy, dir, data);
        } catch (IOException e) {
            throw new InputError(dir, "cannot write: " + TextFiles.describe(e));
        }
        for (Distribution.Entry e : files) {
            out.printf("%s  %s%n", e.sha256(), dir.resolve(e.name()));
        }
        out.printf("wrote %d files to %s (text policy: %s)%n", files.size(), dir, policy.cliName());
        out.flush();
        return Main.EXIT_OK;
    }
}
