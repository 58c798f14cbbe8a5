package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.export.Distribution;
import org.newsgraph.export.TextPolicy;

/** {@code export --dist DIR}: writes the dumps and lists them, one line per file. */
final class DistCommandSupport {
    private DistCommandSupport() {
    }

    /** Writes the files made before ({@link Distribution#entries}) and lists them. */
    static int write(List<Distribution.Entry> files, TextPolicy policy, Path dir, Path data, PrintWriter out) {
        try {
            Distribution.write(files, dir, data);
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
