package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} in a JVM whose heap cannot hold the whole graph (the seed article copied under
 * 40 slugs, in 96 MiB): N-Quads are written article by article; Turtle, which needs the whole
 * graph, is refused in one line (exit 2) and nothing is written, whether the JVM throws the
 * OutOfMemoryError or, as the launcher runs it, would exit on it.
 */
class ExportHeapTest {

    static final int COPIES = 40;

    /** The seed's article under {@code COPIES} slugs, each with its own headline (as bench/gen-corpus makes them). */
    static Path copies(Path to) throws IOException {
        Path seed = Path.of("src/test/resources/seed");
        Path article;
        try (Stream<Path> s = Files.list(seed.resolve("articles"))) {
            article = s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        Path register = seed.resolve("corpus");
        if (Files.isDirectory(register)) {
            try (Stream<Path> files = Files.walk(register)) {
                for (Path f : files.toList()) {
                    Path t = to.resolve("corpus").resolve(register.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(f, t);
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (int i = 1; i <= COPIES; i++) {
            Path dst = Files.createDirectories(to.resolve("articles").resolve(String.format("copy-%03d-", i)
                    + article.getFileName()));
            Files.copy(article.resolve("article.txt"), dst.resolve("article.txt"));
            ObjectNode annotation = (ObjectNode) json.readTree(article.resolve("annotation.json").toFile());
            ObjectNode meta = (ObjectNode) annotation.get("article");
            meta.put("headline", meta.path("headline").asText() + " (copy " + i + ")");
            json.writeValue(dst.resolve("annotation.json").toFile(), annotation);
        }
        return to;
    }

    record Child(int code, String out, String err) {
    }

    /** The JVM options of the launcher (the heap aside): it exits on an OutOfMemoryError. */
    static final List<String> LAUNCHER = List.of("-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError");

    static Child export(Path dir, Path data, String format, Path out, List<String> options) throws Exception {
        Path stdout = dir.resolve("stdout-" + format);
        Path stderr = dir.resolve("stderr-" + format);
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx96m");
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "export",
                "--format", format, "--data", data.toString(), "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "export --format " + format + " did not end in 180 s");
        } finally {
            p.destroyForcibly();
        }
        return new Child(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void nquadsAreWrittenArticleByArticleAndTurtleIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path data = copies(dir.resolve("input"));
        Path folder = Files.createDirectories(dir.resolve("out"));

        Path ttl = folder.resolve("graph.ttl");
        // the error caught (a JVM that throws it), and the heap watched (a JVM that would exit on it)
        for (List<String> options : List.of(List.<String>of(), LAUNCHER)) {
            Child turtle = export(dir, data, "turtle", ttl, options);
            assertEquals(2, turtle.code(), options + ": " + turtle);
            assertEquals(1, turtle.err().lines().count(), options + ": " + turtle);
            assertTrue(turtle.err().startsWith(ttl + ": not written: the graph does not fit in the Java heap"),
                    options + ": " + turtle);
            assertTrue(turtle.err().contains("nquads"), "the message names the formats written article by article");
        }

        Path nq = folder.resolve("graph.nq");
        Child nquads = export(dir, data, "nquads", nq, LAUNCHER);
        assertEquals(0, nquads.code(), nquads::toString);
        String text = Files.readString(nq, StandardCharsets.UTF_8);
        assertTrue(text.contains(" (copy " + COPIES + ")\""), "the last article's headline is in the N-Quads");
        assertTrue(text.contains(" (copy 1)\""), "the first article's headline is in the N-Quads");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(nq), left.toList(), "no Turtle file and no temporary file is left");
        }
        assertFalse(Files.exists(ttl));
    }
}
