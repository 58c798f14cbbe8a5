package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the fixture corpora that a test may change. */
public final class Fixtures {

    /** The {@code corpus} fixture: several articles, a corpus register and imports. */
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private Fixtures() {
    }

    /**
     * A copy of the corpus fixture (its articles, register and imports) in {@code tmp/input}: the
     * input folder.
     */
    public static Path corpus(Path tmp) throws IOException {
        Path input = tmp.resolve("input");
        for (String part : List.of("articles", "corpus", "imports")) {
            Path from = CORPUS.resolve(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = input.resolve(part).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return input;
    }
}
