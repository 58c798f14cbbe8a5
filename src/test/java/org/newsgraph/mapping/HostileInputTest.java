package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.AnnotationReader;
import org.newsgraph.annotation.Evidence;
import org.newsgraph.annotation.InputError;

/**
 * Inputs that a bad-input folder cannot hold (a 3 GB file, a device, a symbolic link, a file
 * over a size limit): each made here in a temporary folder from the {@code valid} case, each an
 * {@link InputError} of one line that names the file.
 */
class HostileInputTest {

    static final Path VALID = BadInputTest.CASES.resolve("valid");

    @TempDir
    Path dir;

    /** A copy of the valid case; its one article is {@code articles/a}. */
    private Path copy() throws IOException {
        try (Stream<Path> s = Files.walk(VALID)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path to = dir.resolve(VALID.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private String error(Path data) {
        InputError e = assertThrows(InputError.class, () -> Build.build(data, Build.DEFAULT_BASE));
        assertEquals(1, e.getMessage().lines().count(), "one line");
        return e.getMessage().replace(data + "/", "");
    }

    @Test
    void aHugeArticleIsRefusedBeforeReading() throws IOException {
        Path data = copy();
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("articles/a/article.txt").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GB long, nothing on the disk
        }
        assertEquals("articles/a/article.txt: file too large: 3221225472 bytes; the limit is 10485760 bytes",
                error(data));
    }

    @Test
    void anArticleLinkedToADeviceIsNotARegularFile() throws IOException {
        Path data = copy();
        Path text = data.resolve("articles/a/article.txt");
        Files.delete(text);
        Files.createSymbolicLink(text, Path.of("/dev/zero"));
        assertEquals("articles/a/article.txt: not a regular file (a device, pipe or socket, linked to /dev/zero);"
                + " give a plain file", error(data));
    }

    @Test
    void aBrokenLinkAsAnnotationIsReported() throws IOException {
        Path data = copy();
        Path annotation = data.resolve("articles/a/annotation.json");
        Files.delete(annotation);
        Files.createSymbolicLink(annotation, Path.of("gone.json"));
        assertEquals("articles/a/annotation.json: broken symbolic link: it points to gone.json, which does not exist",
                error(data));
    }

    @Test
    void aBrokenLinkUnderArticlesIsReportedNotSkipped() throws IOException {
        Path data = copy();
        Files.createSymbolicLink(data.resolve("articles/b"), Path.of("/nonexistent/b"));
        assertEquals("articles/b: broken symbolic link: it points to /nonexistent/b, which does not exist"
                + " (articles/ holds one folder per article)", error(data));
    }

    @Test
    void aStringOverTheLimitIsReportedAtItsPlace() throws IOException {
        Path data = copy();
        Path annotation = data.resolve("articles/a/annotation.json");
        String json = Files.readString(annotation).replace("\"label\": \"Alice meets Bob\"",
                "\"label\": \"" + "x".repeat(AnnotationReader.MAX_STRING_LENGTH + 1) + "\"");
        Files.writeString(annotation, json);
        String message = error(data);
        assertTrue(message.startsWith("articles/a/annotation.json: /events/0/label [line 43, column "), message);
        assertTrue(message.endsWith("]: string too long: the limit is 1000000 characters"), message);
    }

    @Test
    void anAnnotationOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path data = copy();
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("articles/a/annotation.json").toFile(), "rw")) {
            f.setLength(AnnotationReader.MAX_DOCUMENT_LENGTH + 1L);
        }
        assertEquals("articles/a/annotation.json: file too large: 20000001 bytes; the limit is 20000000 bytes",
                error(data));
    }

    @Test
    void aBaseIriWithUserInformationIsRefusedWithoutShowingIt() {
        InputError e = assertThrows(InputError.class,
                () -> Build.build(VALID, "https://user:secret@example.org/id/"));
        assertEquals("newsgraph: the base IRI must not hold a user name or password (user:password@):"
                + " https://...@example.org/id/", e.getMessage());
        assertEquals(null, Build.checkBase("https://example.org/id/"));
    }

    // ---- evidence search ------------------------------------------------------------------

    /**
     * A 300 KB article and a 150 KB evidence string that is not in it, made so that a naive search
     * matches almost all of it at every position. No time is asserted (performance goals live in
     * the benchmarks): a quadratic search would show in the suite's own time.
     */
    @Test
    void longEvidenceThatIsNotFoundIsAnsweredNotFound() {
        ArticleText text = new ArticleText("a".repeat(300_000));
        String evidence = "a".repeat(150_000 - 1) + "b";
        ArticleText.EvidenceProblem p = assertThrows(ArticleText.EvidenceProblem.class,
                () -> text.resolve(Evidence.of(evidence)));
        assertTrue(p.getMessage().startsWith("evidence not found in the article: \"aaa"), p.getMessage());
        // the same with a context "in"
        p = assertThrows(ArticleText.EvidenceProblem.class,
                () -> text.resolve(new Evidence("a", null, evidence)));
        assertTrue(p.getMessage().startsWith("context \"in\" not found in the article"), p.getMessage());
    }

    @Test
    void shortAndLongNeedlesAreFoundAtEveryPlaceTheyStart() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder h = new StringBuilder();
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                h.append("ab\u00e9\ud83d\ude00".charAt(random.nextInt(3 + (round % 2) * 2)));
            }
            String haystack = h.toString();
            int from = random.nextInt(haystack.length());
            // needles on both sides of the short-needle bound, mostly taken from the haystack
            int length = 1 + random.nextInt(Math.min(120, haystack.length() - from));
            String needle = round % 5 == 0 ? "a".repeat(length) : haystack.substring(from, from + length);
            java.util.List<Integer> naive = new java.util.ArrayList<>();
            for (int i = 0; i + needle.length() <= haystack.length(); i++) {
                if (haystack.startsWith(needle, i)) {
                    naive.add(i);
                }
            }
            assertEquals(naive, ArticleText.occurrences(haystack, needle), needle + " in " + haystack);
        }
    }

    @Test
    void occurrencesAreCountedOverlappingAndOnce() throws Exception {
        assertEquals(java.util.List.of(0, 1, 2), ArticleText.occurrences("aaaa", "aa"));
        assertEquals(java.util.List.of(), ArticleText.occurrences("abc", ""));
        ArticleText text = new ArticleText("ab ab ab");
        assertEquals(new ArticleText.Span(3, 5, "ab"), text.resolve(new Evidence("ab", 2, null)));
        ArticleText.EvidenceProblem p = assertThrows(ArticleText.EvidenceProblem.class,
                () -> text.resolve(Evidence.of("ab")));
        assertTrue(p.getMessage().contains("occurs 3 times"), p.getMessage());
    }

    @Test
    void offsetsCountCodePointsAfterAnEmoji() throws Exception {
        ArticleText text = new ArticleText("\uD83D\uDE00 Paris \uD83D\uDE00 Lyon");
        assertEquals(new ArticleText.Span(10, 14, "Lyon"), text.resolve(Evidence.of("Lyon")));
        assertEquals(new ArticleText.Span(2, 7, "Paris"), text.resolve(Evidence.of("Paris")));
        assertEquals("Lyon", text.substring(10, 14));
        assertEquals("\uD83D\uDE00 Paris", text.substring(0, 7));
        assertEquals(14, text.length());
    }

    @Test
    void evidenceThatCutsACharacterInTwoIsAnError() {
        ArticleText text = new ArticleText("Paris \uD83D\uDE00x");
        ArticleText.EvidenceProblem p = assertThrows(ArticleText.EvidenceProblem.class,
                () -> text.resolve(Evidence.of("\uDE00x")));
        assertTrue(p.getMessage().contains("begins or ends inside a character"), p.getMessage());
        p = assertThrows(ArticleText.EvidenceProblem.class, () -> text.resolve(Evidence.of("Paris \uD83D")));
        assertTrue(p.getMessage().contains("begins or ends inside a character"), p.getMessage());
    }

    @Test
    void emptyContextIsAnError() {
        ArticleText text = new ArticleText("Paris");
        ArticleText.EvidenceProblem p = assertThrows(ArticleText.EvidenceProblem.class,
                () -> text.resolve(new Evidence("Paris", null, "")));
        assertTrue(p.getMessage().startsWith("context \"in\" is empty"), p.getMessage());
    }
}
