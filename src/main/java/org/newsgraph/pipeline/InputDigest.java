package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.annotation.CorpusReader;
import org.newsgraph.annotation.InputError;
import org.newsgraph.imports.Imports;
import org.newsgraph.mapping.Build;
import org.newsgraph.util.Errors;
import org.newsgraph.util.Sha256;

/**
 * What a build is made from, in two parts: the <em>corpus-level</em> digest (the corpus register
 * {@code <data>/corpus/}, imported RDF {@code <data>/imports/}, any loose file directly under
 * {@code <data>/articles/}, the ontology and shapes, the base IRI, the text policy and the code
 * version) and one digest per article (every file of its folder {@code <data>/articles/<slug>/}).
 * Equal corpus-level digests mean every unchanged article maps, validates and serialises as
 * before, so only the articles whose digest changed need building again.
 *
 * <p>Each digest is a SHA-256 over a line per item, {@code kind <TAB> name <TAB> sha256(content)},
 * files sorted by their {@code /}-separated path, so the values do not depend on the platform or
 * on the order a directory lists its files in.
 *
 * @param corpus the corpus-level digest (64 hex digits)
 * @param articles each article folder's digest, by slug
 */
public record InputDigest(String corpus, SortedMap<String, String> articles) {

    /** Changes whenever the digest input format changes. */
    private static final String FORMAT = "newsgraph-input-digest/2";

    public InputDigest {
        articles = Collections.unmodifiableSortedMap(new TreeMap<>(articles));
    }

    /**
     * The digests of the input {@code dataDir} with the base IRI, the ontology files (path to
     * content), the code version and the text policy given.
     *
     * @throws InputError when there is no articles folder or a file cannot be read
     */
    public static InputDigest of(Path dataDir, String base, Map<String, byte[]> ontologyFiles, String version,
            String textPolicy) {
        Path articlesDir = Build.articlesFolder(dataDir);
        MessageDigest corpus = Sha256.digest();
        line(corpus, "format", FORMAT, "");
        line(corpus, "version", version, "");
        line(corpus, "base", base, "");
        if (!textPolicy.equals("full")) {
            line(corpus, "text", textPolicy, "");
        }
        SortedMap<String, String> articles = new TreeMap<>();
        List<Path> entries;
        try (Stream<Path> s = Files.list(articlesDir)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            throw new InputError(articlesDir, "cannot list: " + e.getMessage());
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                MessageDigest one = Sha256.digest();
                fileLines(one, "article", entry);
                articles.put(name, Sha256.hex(one.digest()));
            } else {
                line(corpus, "articles", name, Files.isRegularFile(entry) ? contentHash(entry) : "");
            }
        }
        Path register = CorpusReader.folder(dataDir);
        if (Files.isDirectory(register)) {
            fileLines(corpus, "corpus", register);
        }
        Path imports = Imports.folder(dataDir);
        if (Files.isDirectory(imports)) {
            fileLines(corpus, "imports", imports);
        }
        new TreeMap<>(ontologyFiles).forEach((rel, bytes) -> line(corpus, "ontology", rel, Sha256.hex(Sha256.digest().digest(bytes))));
        return new InputDigest(Sha256.hex(corpus.digest()), articles);
    }

    /** The digests of {@code dataDir} for this code and the ontology and shapes on the classpath. */
    public static InputDigest current(Path dataDir, String base, String textPolicy) {
        return of(dataDir, base, org.newsgraph.store.ClasspathTree.read("ontology"), codeVersion(), textPolicy);
    }

    /**
     * The version of the running code: the application version and a SHA-256 of the jar it was
     * loaded from, or of the {@code .class} files under its class folder (a changed mapping with an
     * unchanged version number must not reuse an old graph).
     */
    public static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            v = computeCodeVersion();
            codeVersion = v;
        }
        return v;
    }

    private static volatile String codeVersion;

    private static String computeCodeVersion() {
        MessageDigest md = Sha256.digest();
        try {
            Path source = Path.of(InputDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files = Files.isDirectory(source)
                    ? files(source).stream().filter(p -> p.toString().endsWith(".class")).sorted().toList()
                    : List.of(source);
            for (Path f : files) {
                line(md, "code", source.relativize(f).toString(), Sha256.hex(Sha256.digest().digest(Files.readAllBytes(f))));
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no readable code source (an unusual class loader): fall back to the version number alone
            return appVersion();
        }
        return appVersion() + "+" + Sha256.hex(md.digest());
    }

    /** The application version: the jar's Implementation-Version, else {@code development}. */
    public static String appVersion() {
        String v = InputDigest.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** One digest of the whole input: the corpus-level digest and every article's, with its slug. */
    public String total() {
        MessageDigest all = Sha256.digest();
        line(all, "corpus", corpus, "");
        articles.forEach((slug, digest) -> line(all, "article", slug, digest));
        return Sha256.hex(all.digest());
    }

    /** A line per file under {@code dir}, by its {@code /}-separated path relative to {@code dir}, sorted. */
    private static void fileLines(MessageDigest md, String kind, Path dir) {
        Map<String, Path> sorted = new TreeMap<>();
        for (Path file : files(dir)) {
            sorted.put(dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), file);
        }
        sorted.forEach((rel, file) -> line(md, kind, rel, contentHash(file)));
    }

    /** The SHA-256 of a file's content, read in pieces (a large file is never held whole). */
    private static String contentHash(Path file) {
        MessageDigest md = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + Errors.rootMessage(e));
        }
        return Sha256.hex(md.digest());
    }

    /**
     * The regular files under {@code dir}, following symbolic links (a linked article folder, or a
     * linked file in one, is read by the build, so its content must count in the digest).
     */
    private static List<Path> files(Path dir) {
        try (Stream<Path> paths = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputError(dir, "cannot list: " + Errors.rootMessage(e));
        }
    }

    static void line(MessageDigest md, String kind, String name, String hash) {
        md.update((kind + '\t' + name + '\t' + hash + '\n').getBytes(StandardCharsets.UTF_8));
    }
}
