package org.newsgraph.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.annotation.AnnotationReader;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.imports.Imports;

/**
 * Builds the whole graph: the corpus register ({@code data/corpus}), every article under
 * {@code data/articles} with its linkset, the ontology, the build record.
 */
public final class Build {
    private Build() {
    }

    /** The default base IRI for minted data IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    /** The largest {@code article.txt}, in bytes (checked before reading it). */
    public static final long MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /**
     * Reads the corpus register ({@code <dataDir>/corpus/*.json}, if any) and every
     * {@code <dataDir>/articles/<slug>/} (article.txt + annotation.json) and maps them; then checks
     * what spans articles (restated articles exist, a Wikidata item has one name).
     *
     * @throws InputError on the first malformed or inconsistent input
     */
    public static DatasetGraph build(Path dataDir, String base) {
        Corpus corpus = corpus(dataDir, base);
        List<Corpus.Article> articles = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            Corpus.Article a = corpus.map(i);
            corpus.admit(a);
            articles.add(a);
        }
        corpus.finish();
        DatasetGraph ds = assemble(corpus, articles);
        Imports.addTo(ds, dataDir, base); // data/imports: RDF made elsewhere, each in graphs of its own
        return ds;
    }

    /**
     * The corpus of {@code <dataDir>}, ready to be mapped one article at a time: the base IRI
     * checked, the register read and the article folders listed (in slug order).
     *
     * @throws InputError when the base, the register or the articles folder is wrong
     */
    public static Corpus corpus(Path dataDir, String base) {
        String problem = checkBase(base);
        if (problem != null) {
            throw new InputError(null, problem);
        }
        Path articles = articlesFolder(dataDir);
        Register register = Register.read(dataDir, base);
        List<Path> folders;
        try (Stream<Path> s = Files.list(articles)) {
            List<Path> entries = s.sorted().toList();
            for (Path p : entries) {
                if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    throw new InputError(p, "broken symbolic link: it points to " + TextFiles.linkTarget(p)
                            + ", which does not exist (articles/ holds one folder per article)");
                }
            }
            folders = entries.stream().filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new InputError(articles, "cannot list: " + e.getMessage());
        }
        if (folders.isEmpty()) {
            throw new InputError(articles, "no article folders found");
        }
        return new Corpus(base, register, folders, dataDir);
    }

    /** The whole dataset of a corpus whose articles were all mapped and admitted. */
    private static DatasetGraph assemble(Corpus corpus, List<Corpus.Article> articles) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        for (Corpus.Article a : articles) {
            a.graphs().forEach(g -> add(ds, g.name(), g.graph()));
        }
        corpus.sharedGraphs().forEach(g -> add(ds, g.name(), g.graph()));
        return ds;
    }

    /**
     * Builds one article held in memory (its text and its annotation, as if read from the two
     * files named) against a register: the build without reading files, for tests that feed it
     * thousands of inputs.
     *
     * @throws InputError on the first malformed or inconsistent input
     */
    static DatasetGraph buildArticle(String slug, Path textFile, String text, Path annotationFile, String annotation,
            Register register, String base) {
        ArticleMapper.Mapped m = ArticleMapper.map(slug, AnnotationReader.parse(annotationFile, annotation),
                articleText(textFile, text), base, register);
        Corpus corpus = new Corpus(base, register, List.of(Path.of(slug)), null);
        Corpus.Article a = corpus.article(m);
        corpus.admit(a);
        corpus.finish();
        return assemble(corpus, List.of(a));
    }

    /**
     * Why {@code base} cannot be the base of minted IRIs, or null when it can: it must be an
     * absolute http(s) IRI without a fragment, ending in '/' (span IRIs add {@code #char=b,e}).
     */
    public static String checkBase(String base) {
        String rule = "the base IRI must be an absolute http(s) IRI ending in '/' (like " + DEFAULT_BASE + ")";
        if (base == null || !base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://"))
                || base.contains("#")) {
            return rule + ": " + base;
        }
        int authority = base.indexOf("//") + 2;
        int authorityEnd = base.indexOf('/', authority);
        if (base.substring(authority, authorityEnd < 0 ? base.length() : authorityEnd).contains("@")) {
            return "the base IRI must not hold a user name or password (user:password@): "
                    + base.substring(0, authority) + "...@" + base.substring(base.lastIndexOf('@', authorityEnd) + 1);
        }
        try {
            if (!IRIx.create(base).isAbsolute()) {
                return rule + ": " + base;
            }
        } catch (IRIException e) {
            return rule + ": " + base + " (" + e.getMessage() + ")";
        }
        return null;
    }

    /**
     * The folder {@code <dataDir>/articles} that holds one folder per article.
     *
     * @throws InputError when there is no such folder
     */
    public static Path articlesFolder(Path dataDir) {
        Path articles = dataDir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new InputError(articles, "no such folder (--data names the folder that holds articles/<slug>/"
                    + "article.txt and annotation.json)");
        }
        return articles;
    }

    /** Maps one article folder. */
    static ArticleMapper.Mapped mapArticle(Path folder, String base, Register register) {
        String slug = folder.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            throw new InputError(folder, "article folder names may use only lower-case letters, digits, '.', '_' and '-'");
        }
        Path textFile = folder.resolve("article.txt");
        Path annotationFile = folder.resolve("annotation.json");
        for (Path f : List.of(textFile, annotationFile)) {
            TextFiles.requireRegularFile(f, "each article folder has article.txt and annotation.json");
        }
        ArticleText text = articleText(textFile, TextFiles.readUtf8(textFile, MAX_ARTICLE_BYTES));
        return ArticleMapper.map(slug, AnnotationReader.read(annotationFile), text, base, register);
    }

    /**
     * The text of an article as read from {@code file}: a byte-order mark at its start is an
     * error (it would be the first character, and shift every offset by one).
     */
    static ArticleText articleText(Path file, String text) {
        if (text.startsWith("\uFEFF")) {
            throw new InputError(file, "starts with a byte-order mark (U+FEFF); remove it: offsets count"
                    + " from the first character");
        }
        return new ArticleText(text);
    }

    private static void add(DatasetGraph ds, String name, Graph g) {
        ds.addGraph(NodeFactory.createURI(name), g);
    }
}
