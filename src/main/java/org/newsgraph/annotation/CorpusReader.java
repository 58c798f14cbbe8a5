package org.newsgraph.annotation;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the corpus register: every {@code <data>/corpus/*.json} in name order, each into a
 * {@link Corpus}, with the same strict reading and located one-line errors as
 * {@link AnnotationReader}. A data folder without {@code corpus/} has an empty register.
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    /** One register file with the places of its values. */
    public record Located(Path file, Corpus corpus, Map<String, JsonLocation> places) {

        /** An error at the value with this JSON pointer (or the nearest enclosing value the file has). */
        public InputError error(String pointer, String problem) {
            return AnnotationReader.errorAt(file, places, pointer, problem);
        }
    }

    /** The folder of the register files, {@code <dataDir>/corpus}. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("corpus");
    }

    /**
     * Every register file of the data folder, read, in name order; none when there is no
     * {@code corpus/} folder.
     *
     * @throws InputError on the first malformed file
     */
    public static List<Located> readAll(Path dataDir) {
        Path folder = folder(dataDir);
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new InputError(folder, "not a folder (corpus/ holds the register files, *.json)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputError(folder, "cannot list: " + TextFiles.describe(e));
        }
        List<Located> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    public static Located read(Path file) {
        return parse(file, TextFiles.readUtf8(file, AnnotationReader.MAX_DOCUMENT_LENGTH));
    }

    public static Located parse(Path file, String json) {
        Map<String, JsonLocation> places = AnnotationReader.placesOf(file, json);
        Corpus corpus = AnnotationReader.readInto(file, json, Corpus.class, "a corpus register file", places);
        return new Located(file, corpus, places);
    }
}
