package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under one folder of the classpath ({@code ontology/}, {@code queries/}), whether
 * the classpath entry is a directory (development, tests) or a jar (the shaded application).
 */
public final class ClasspathTree {
    private ClasspathTree() {
    }

    /**
     * Every regular file under the classpath folder {@code folder}, as a map from its path
     * relative to that folder ({@code /}-separated) to its content, sorted by path. When
     * several classpath entries have the folder, the first one to hold a path wins.
     * An absent folder gives an empty map.
     */
    public static Map<String, byte[]> read(String folder) {
        return read(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader()
                : ClasspathTree.class.getClassLoader(), folder);
    }

    public static Map<String, byte[]> read(ClassLoader loader, String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                readRoot(root, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath folder " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static void readRoot(URL root, Map<String, byte[]> files) throws IOException {
        URI uri;
        try {
            uri = root.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + root, e);
        }
        switch (uri.getScheme()) {
            case "file" -> walk(Path.of(uri), files);
            case "jar" -> {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    String inside = uri.getSchemeSpecificPart();
                    inside = inside.substring(inside.indexOf("!/") + 1);
                    walk(fs.getPath(inside), files);
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            default -> throw new IOException("unsupported classpath URL " + root);
        }
    }

    private static void walk(Path dir, Map<String, byte[]> files) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!files.containsKey(rel)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
    }
}
