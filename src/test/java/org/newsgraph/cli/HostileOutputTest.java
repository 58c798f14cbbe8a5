package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the output cannot or should not go: each refused in one line (exit 2), nothing written,
 * nothing replaced. {@code --out} naming a symbolic link is refused, not followed.
 */
class HostileOutputTest {

    @TempDir
    static Path shared;
    static Path data;

    @BeforeAll
    static void fixture() throws Exception {
        data = CliTest.data(shared.resolve("input"), CliTest.VALID);
    }

    @TempDir
    Path dir;

    private static CliTest.Run refused(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(Main.EXIT_INPUT_ERROR, r.code(), r::toString);
        CliTest.assertOneLine(r.err(), r);
        return r;
    }

    @Test
    void outNamingASymbolicLinkIsRefusedAndTheLinkKept() throws Exception {
        Path target = Files.writeString(dir.resolve("real.trig"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.trig"), target);
        CliTest.Run r = refused("build", "--data", data.toString(), "--out", link.toString());
        assertEquals(link + ": cannot write: is a symbolic link (to " + target + "); the file is replaced"
                + " atomically, which would replace the link: name the file itself", r.err().strip());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("old", Files.readString(target));
    }

    @Test
    void outInProcSaysTheFolderTakesNoNewFiles() {
        assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "a Linux /proc");
        CliTest.Run r = refused("build", "--data", data.toString(), "--out", "/proc/version");
        assertEquals("/proc/version: cannot write: the folder /proc does not accept new files (a virtual file"
                + " system such as /proc or /sys?)", r.err().strip());
    }

    @Test
    void outThatIsADeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/null")), "a /dev/null");
        CliTest.Run r = refused("build", "--data", data.toString(), "--out", "/dev/null");
        assertEquals("/dev/null: cannot write: not a regular file (a device, pipe or socket); the output is"
                + " written to a plain file", r.err().strip());
    }

    @Test
    void anUnwritableFolderIsNamed() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(ro), "not running as root (root may write anywhere)");
        CliTest.Run r = refused("build", "--data", data.toString(), "--out", ro.resolve("g.trig").toString());
        assertEquals(ro.resolve("g.trig") + ": cannot write: the folder " + ro + " is not writable (permission"
                + " denied)", r.err().strip());
    }

    @Test
    void aBaseWithUserInformationIsRefused() {
        // a usage error: picocli's line about the option, and where to find help
        CliTest.Run r = CliTest.run("build", "--data", data.toString(), "--out", dir.resolve("g.trig").toString(),
                "--base", "https://user:secret@example.org/id/");
        assertEquals(Main.EXIT_INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("Invalid value for option '--base': the base IRI must not hold"), r::toString);
        assertTrue(r.err().contains("the base IRI must not hold a user name or password"), r::toString);
        assertFalse(r.err().contains("secret"), r::toString);
        assertFalse(Files.exists(dir.resolve("g.trig")));
    }

    @Test
    void aWrittenFileLeavesNoTemporaryFileBehind() throws Exception {
        CliTest.Run r = CliTest.run("build", "--data", data.toString(), "--out", dir.resolve("g.trig").toString());
        assertEquals(Main.EXIT_OK, r.code(), r::toString);
        try (var s = Files.list(dir)) {
            assertEquals(java.util.Set.of(dir.resolve("g.trig").toAbsolutePath(),
                    org.newsgraph.pipeline.BlockIndex.fileOf(dir.resolve("g.trig"))),
                    java.util.Set.copyOf(s.map(java.nio.file.Path::toAbsolutePath).toList()),
                    "the file and its block index, no temporary file");
        }
    }
}
