package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code --from-build FILE}: an empty store is filled from the TriG that {@code build} wrote for
 * the same input, holding what a load from the annotations holds; a file of another input or a
 * changed file is not used.
 */
class FromBuildTest {

    static final String B = IncrementalLoadTest.B;

    record Run(IncrementalLoadTest.Loaded loaded, List<String> progress) {
    }

    static Run load(Path input, Path store, Path trig) {
        List<String> progress = new ArrayList<>();
        StoreSetup.Ready ready = StoreSetup.upToDate(input, B, store, false, progress::add, TextPolicy.FULL, trig);
        try (Store s = ready.store()) {
            return new Run(new IncrementalLoadTest.Loaded(ready.outcome(), progress, IncrementalLoadTest.quads(s),
                    IncrementalLoadTest.prefixes(s)), progress);
        }
    }

    @Test
    void anEmptyStoreIsFilledFromTheBuildOfTheSameInput(@TempDir Path tmp) throws IOException {
        Path input = IncrementalLoadTest.input(tmp);
        Path trig = tmp.resolve("out/newsgraph.trig");
        Pipeline.writeTrig(input, B, trig, true);
        Run fromFile = load(input, tmp.resolve("tdb2"), trig);
        assertTrue(fromFile.progress().contains("loading " + trig + " (a build of this input) into the store"),
                fromFile.progress().toString());
        assertTrue(fromFile.progress().stream().noneMatch(m -> m.startsWith("building")), fromFile.progress().toString());
        IncrementalLoadTest.Loaded built = IncrementalLoadTest.load(input, tmp.resolve("built"));
        assertEquals(built.quads(), fromFile.loaded().quads(), "the quads of a load from the annotations");
        assertEquals(built.prefixes(), fromFile.loaded().prefixes());
        assertEquals(Store.Outcome.REUSED, IncrementalLoadTest.load(input, tmp.resolve("tdb2")).outcome(),
                "recorded as the same input");

        IncrementalLoadTest.edit(input.resolve("articles/" + IncrementalLoadTest.CNN + "/annotation.json"),
                IncrementalLoadTest.HEADLINE, IncrementalLoadTest.HEADLINE + " (corrected)");
        assertEquals(Store.Outcome.UPDATED, IncrementalLoadTest.load(input, tmp.resolve("tdb2")).outcome(),
                "its record lets a later load rebuild one article");
    }

    @Test
    void aBuildOfAnotherInputOrAChangedFileIsNotUsed(@TempDir Path tmp) throws IOException {
        Path input = IncrementalLoadTest.input(tmp);
        Path trig = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, trig, true);
        IncrementalLoadTest.edit(input.resolve("articles/" + IncrementalLoadTest.CNN + "/annotation.json"),
                IncrementalLoadTest.HEADLINE, IncrementalLoadTest.HEADLINE + " (corrected)");
        Run changedInput = load(input, tmp.resolve("a"), trig);
        assertTrue(changedInput.progress().contains(trig + " is not a build of this input ("
                + IncrementalLoadTest.CNN + " changed); building the graph"), changedInput.progress().toString());
        assertTrue(IncrementalLoadTest.ask(tmp.resolve("a"),
                IncrementalLoadTest.headlineIs(IncrementalLoadTest.HEADLINE + " (corrected)")));

        Pipeline.writeTrig(input, B, trig, true);
        byte[] bytes = Files.readAllBytes(trig);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("(corrected)");
        bytes[at + 1] = 'k'; // the same size, one byte changed
        Files.write(trig, bytes);
        Run changedFile = load(input, tmp.resolve("b"), trig);
        assertTrue(changedFile.progress().contains(trig + " does not match its index; building the graph"),
                changedFile.progress().toString());
        assertTrue(IncrementalLoadTest.ask(tmp.resolve("b"),
                IncrementalLoadTest.headlineIs(IncrementalLoadTest.HEADLINE + " (corrected)")));
    }

    @Test
    void whenTheFileIsNotUsedTheCommandSaysWhy(@TempDir Path tmp) throws IOException {
        Path input = IncrementalLoadTest.input(tmp);
        Path missing = tmp.resolve("no-such.trig");
        Run noFile = load(input, tmp.resolve("a"), missing);
        assertTrue(noFile.progress().contains(missing + " is not a file; building the graph"), noFile.progress().toString());

        Path trig = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, trig, true);
        // another base IRI: the store of "a" is neither current nor updatable, and not empty
        List<String> notEmpty = new ArrayList<>();
        StoreSetup.upToDate(input, "http://example.org/other/", tmp.resolve("a"), false, notEmpty::add,
                TextPolicy.FULL, trig).store().close();
        assertTrue(notEmpty.contains("--from-build fills an empty store only; building the graph"), notEmpty.toString());

        List<String> progress = new ArrayList<>();
        StoreSetup.upToDate(input, B, tmp.resolve("c"), true, progress::add, TextPolicy.FULL, trig).store().close();
        assertTrue(progress.contains("--from-build is not used with --rebuild; building the graph"), progress.toString());
    }
}
