package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.annotation.CorpusReader;
import org.newsgraph.annotation.InputError;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.Build;

/**
 * What the graph in a store was built from: a SHA-256 over every file under
 * {@code <data>/articles/}, {@code <data>/corpus/} (the corpus register, when there is one) and
 * {@code <data>/imports/} (imported RDF, when there is any), every file of the classpath folder {@code ontology/}, the base
 * IRI and the code that builds it (a digest of the running jar, or of the compiled classes
 * when run from a class folder: a changed mapping with an unchanged version number must not
 * serve an old graph). Equal fingerprints mean the build would give the same graph, so a store
 * holding that fingerprint can be served as it is.
 *
 * <p>The digest input is a line per item, {@code kind <TAB> name <TAB> sha256(content)},
 * files sorted by their {@code /}-separated path, so the value does not depend on the
 * platform or on the order a directory lists its files in.
 */
public record Fingerprint(String value) {

    /** Changes whenever the digest input format changes. */
    private static final String FORMAT = "newsgraph-store-fingerprint/1";

    public Fingerprint {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty fingerprint");
        }
    }

    /** The fingerprint of the input {@code dataDir} with the base IRI {@code base}. */
    public static Fingerprint of(Path dataDir, String base) {
        return of(dataDir, base, ClasspathTree.read("ontology"), codeVersion());
    }

    /**
     * This fingerprint for the graph as a text policy publishes it: the same value for the full
     * text (the graph as built), another for each policy that leaves text out, so a store loaded
     * under one policy is not served under another.
     */
    public Fingerprint withTextPolicy(String policy) {
        if (policy.equals("full")) {
            return this;
        }
        MessageDigest md = sha256();
        line(md, "fingerprint", value, "");
        line(md, "text", policy, "");
        return new Fingerprint(hex(md.digest()));
    }

    /** The fingerprint with the ontology files and code version given (tests). */
    public static Fingerprint of(Path dataDir, String base, Map<String, byte[]> ontologyFiles, String version) {
        Path articles = Build.articlesFolder(dataDir);
        MessageDigest all = sha256();
        line(all, "format", FORMAT, "");
        line(all, "version", version, "");
        line(all, "base", base, "");
        fileLines(all, "articles", articles);
        Path corpus = CorpusReader.folder(dataDir);
        if (Files.isDirectory(corpus)) {
            fileLines(all, "corpus", corpus);
        }
        Path imports = Imports.folder(dataDir);
        if (Files.isDirectory(imports)) {
            fileLines(all, "imports", imports);
        }
        ontologyFiles.forEach((rel, bytes) -> line(all, "ontology", rel, hex(sha256().digest(bytes))));
        return new Fingerprint(hex(all.digest()));
    }

    /** A line per file under {@code dir}, by its {@code /}-separated path relative to {@code dir}, sorted. */
    private static void fileLines(MessageDigest all, String kind, Path dir) {
        Map<String, Path> sorted = new TreeMap<>();
        for (Path file : files(dir)) {
            sorted.put(dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), file);
        }
        sorted.forEach((rel, file) -> {
            try {
                line(all, kind, rel, hex(sha256().digest(Files.readAllBytes(file))));
            } catch (IOException e) {
                throw new InputError(file, "cannot read: " + e.getMessage());
            }
        });
    }

    /**
     * The version of the running code: the application version and a SHA-256 of the jar it was
     * loaded from, or of the {@code .class} files under its class folder.
     */
    static String codeVersion() {
        MessageDigest md = sha256();
        try {
            Path source = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files = Files.isDirectory(source)
                    ? files(source).stream().filter(p -> p.toString().endsWith(".class")).sorted().toList()
                    : List.of(source);
            for (Path f : files) {
                line(md, "code", source.relativize(f).toString(), hex(sha256().digest(Files.readAllBytes(f))));
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no readable code source (an unusual class loader): fall back to the version number alone
            return appVersion();
        }
        return appVersion() + "+" + hex(md.digest());
    }

    /** The application version: the jar's Implementation-Version, else {@code development}. */
    public static String appVersion() {
        String v = Fingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void line(MessageDigest md, String kind, String name, String hash) {
        md.update((kind + '\t' + name + '\t' + hash + '\n').getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return value;
    }
}
