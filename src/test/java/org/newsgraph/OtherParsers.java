package org.newsgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RDF parsers that are not Jena, for tests that check our output is read the same way elsewhere:
 * Raptor's {@code rapper} and Python's rdflib ({@code /usr/bin/python3}), both installed by
 * {@code .ci/run} (Debian raptor2-utils, python3-rdflib). Each run is bounded in time.
 */
public final class OtherParsers {
    private OtherParsers() {
    }

    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) triples");

    public static boolean hasRapper() {
        return works(List.of("rapper", "--version"));
    }

    public static boolean hasRdflib() {
        return works(List.of("/usr/bin/python3", "-c", "import rdflib"));
    }

    /** The number of triples rapper reads from the file in this syntax (turtle, ntriples, rdfxml, ...). */
    public static long rapper(Path file, String syntax, String base) {
        Result r = run(List.of("rapper", "-i", syntax, "-c", file.toString(), base));
        Matcher m = RAPPER_COUNT.matcher(r.out);
        if (r.code != 0 || !m.find() || r.out.contains("Error")) {
            throw new AssertionError("rapper could not read " + file + " as " + syntax + ":\n" + r.out);
        }
        return Long.parseLong(m.group(1));
    }

    /** The number of triples rdflib reads from the file in this format (json-ld, turtle, nt, xml). */
    public static long rdflib(Path file, String format) {
        Result r = run(List.of("/usr/bin/python3", "-c",
                "import sys, rdflib; g = rdflib.Dataset(); g.parse(sys.argv[1], format=sys.argv[2]);"
                        + " print(sum(1 for _ in g.quads((None, None, None, None))))",
                file.toString(), format));
        if (r.code != 0) {
            throw new AssertionError("rdflib could not read " + file + " as " + format + ":\n" + r.out);
        }
        String[] lines = r.out.strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }

    /** Writes text to a file in {@code dir} for a parser to read. */
    public static Path file(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private record Result(int code, String out) {
    }

    private static boolean works(List<String> command) {
        try {
            return run(command).code == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
