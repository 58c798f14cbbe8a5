package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A temporary folder that cannot be used is one line and exit 4, not a stack trace; nothing is written. */
class TemporaryFolderTest {

    @Test
    void buildWithAMissingTemporaryFolderSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.trig");
        Path stderr = dir.resolve("stderr");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir.resolve("missing"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--data", "src/test/resources/seed", "--out", out.toString());
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(stderr.toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not end in 120 s");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8).strip();
        assertEquals(Main.EXIT_UNAVAILABLE, p.exitValue(), err);
        assertTrue(err.startsWith("newsgraph build: cannot create a temporary file: ") && err.contains("missing"), err);
        assertFalse(err.contains("\n") || err.contains("Exception"), err);
        assertFalse(Files.exists(out));
    }
}
