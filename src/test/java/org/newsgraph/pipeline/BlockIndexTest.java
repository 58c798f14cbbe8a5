package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.mapping.Build;

/**
 * {@code build} into the same file again builds only the articles whose folder changed, taking
 * the others' blocks from the file as it is; the bytes are those of a full build, and a damaged
 * or foreign index or a changed file is never trusted.
 */
class BlockIndexTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final String B = Build.DEFAULT_BASE;
    static final String CNN = "cnn-2019-09-09-russia-extraction";
    static final String HEADLINE = "US extracted top spy from inside Russia in 2017";

    /** A copy of the corpus fixture: its articles, register and imports. */
    static Path input(Path tmp) throws IOException {
        return org.newsgraph.Fixtures.corpus(tmp);
    }

    /** A full build (no index read) into a new file: its bytes. */
    static byte[] full(Path input, Path tmp) throws IOException {
        Path out = Files.createTempDirectory(tmp, "full").resolve("full.trig");
        Pipeline.Result r = Pipeline.writeTrig(input, B, out, false);
        try (Stream<Path> articles = Files.list(input.resolve("articles"))) {
            assertEquals(articles.count(), r.mapped(), "a full build maps every article");
        }
        return Files.readAllBytes(out);
    }

    static void editCnn(Path input, String to) throws IOException {
        Path f = input.resolve("articles/" + CNN + "/annotation.json");
        String s = Files.readString(f);
        assertTrue(s.contains("\"headline\": \"" + HEADLINE));
        Files.writeString(f, s.replace("\"headline\": \"" + HEADLINE, "\"headline\": \"" + to));
    }

    @Test
    void aChangedArticleIsBuiltAloneAndTheBytesAreAFullBuilds(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path out = tmp.resolve("out/newsgraph.trig");
        assertEquals(11, Pipeline.writeTrig(input, B, out, true).mapped(), "no index yet: every article");
        assertTrue(Files.isRegularFile(BlockIndex.fileOf(out)), "the index is written next to the file");
        assertEquals(tmp.resolve("out/.newsgraph.trig.index").toAbsolutePath(), BlockIndex.fileOf(out));
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));

        assertEquals(0, Pipeline.writeTrig(input, B, out, true).mapped(), "nothing changed: nothing built");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));

        editCnn(input, HEADLINE + " (corrected)");
        Pipeline.Result r = Pipeline.writeTrig(input, B, out, true);
        assertEquals(1, r.mapped(), "only the changed article is built");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains(HEADLINE + " (corrected)"), "the change is in the file");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out), "the bytes of a full build");
    }

    @Test
    void anEditInsideALinkedArticleFolderIsBuilt(@TempDir Path tmp) throws IOException {
        // the build reads an article folder that is a symbolic link; its content counts in the digest
        Path input = input(tmp);
        Path elsewhere = tmp.resolve("archive").resolve(CNN);
        Files.createDirectories(elsewhere.getParent());
        Files.move(input.resolve("articles/" + CNN), elsewhere);
        Files.createSymbolicLink(input.resolve("articles/" + CNN), elsewhere);
        Path out = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, out, true);

        editCnn(input, HEADLINE + " (edited through the link)");
        assertEquals(1, Pipeline.writeTrig(input, B, out, true).mapped(), "the linked article is built again");
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains(HEADLINE + " (edited through the link)"));
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out), "the bytes of a full build");
    }

    @Test
    void removedAndAddedArticles(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path out = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, out, true);
        Path aside = tmp.resolve("aside");
        Files.move(input.resolve("articles/time-2019-09-09-russian-spy"), aside);
        assertEquals(0, Pipeline.writeTrig(input, B, out, true).mapped());
        assertTrue(!Files.readString(out).contains("time-2019-09-09-russian-spy"), "the removed article is gone");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
        Files.move(aside, input.resolve("articles/time-2019-09-09-russian-spy"));
        assertEquals(1, Pipeline.writeTrig(input, B, out, true).mapped());
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
    }

    @Test
    void aDamagedIndexIsIgnored(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path out = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, out, true);
        Path index = BlockIndex.fileOf(out);
        String text = Files.readString(index);
        // the same JSON with one block's place moved: its digest no longer matches
        Files.writeString(index, text.replaceFirst("\"offset\":(\\d)", "\"offset\":1$1"));
        assertEquals(11, Pipeline.writeTrig(input, B, out, true).mapped(), "a damaged index: every article");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
        Files.writeString(index, "not an index");
        assertEquals(11, Pipeline.writeTrig(input, B, out, true).mapped());
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
    }

    @Test
    void aChangedFileIsNotTrusted(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path out = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, out, true);
        byte[] bytes = Files.readAllBytes(out);
        String s = new String(bytes, StandardCharsets.UTF_8);
        int at = s.indexOf(HEADLINE);
        assertTrue(at > 0);
        bytes[at] = 'X'; // the same size, another byte in an article's block
        Files.write(out, bytes);
        Pipeline.Result r = Pipeline.writeTrig(input, B, out, true);
        assertEquals(11, r.mapped(), "the block differs from its digest: every article is built again");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
    }

    @Test
    void anotherFilesIndexIsIgnored(@TempDir Path tmp) throws IOException {
        Path input = input(tmp);
        Path seedOut = tmp.resolve("seed.trig");
        Pipeline.writeTrig(Path.of("src/test/resources/seed"), B, seedOut, true);
        Path out = tmp.resolve("out.trig");
        Pipeline.writeTrig(input, B, out, false);
        Files.copy(BlockIndex.fileOf(seedOut), BlockIndex.fileOf(out), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(11, Pipeline.writeTrig(input, B, out, true).mapped(), "the index of another file is not used");
        assertArrayEquals(full(input, tmp), Files.readAllBytes(out));
    }
}
