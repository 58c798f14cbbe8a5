package org.newsgraph.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.annotation.AnnotationReader;
import org.newsgraph.annotation.Entity;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.imports.Imports;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.VOID;
import org.newsgraph.vocab.NG;

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
        List<ArticleMapper.Mapped> mapped = new ArrayList<>();
        for (Path folder : folders) {
            mapped.add(mapArticle(folder, base, register));
        }
        DatasetGraph ds = check(mapped, register, base);
        Imports.addTo(ds, dataDir, base); // data/imports: RDF made elsewhere, each in graphs of its own
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
        return check(List.of(m), register, base);
    }

    /** Checks what spans articles, then assembles the dataset. */
    private static DatasetGraph check(List<ArticleMapper.Mapped> mapped, Register register, String base) {
        checkRestated(mapped);
        checkSharedQids(mapped);
        return assemble(mapped, register, base);
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

    /** Every article a statement restates is an article of this build. */
    private static void checkRestated(List<ArticleMapper.Mapped> mapped) {
        Set<String> slugs = new HashSet<>();
        mapped.forEach(m -> slugs.add(m.slug()));
        for (ArticleMapper.Mapped m : mapped) {
            for (Map.Entry<String, String> r : m.restated().entrySet()) {
                if (!slugs.contains(r.getValue())) {
                    throw m.src().error(r.getKey(), "restates \"" + r.getValue() + "\", which is no article of this"
                            + " build (the slug of a folder under articles/)");
                }
            }
        }
    }

    /** Where a Wikidata item was first named, in an article that does not share it through the register. */
    private record Named(String name, String label, String slug, InputError place) {
    }

    /**
     * Articles that share an entity by its Wikidata item alone (no register entry) name it alike,
     * so that the one node has one name and one label: else an error at the second article.
     */
    private static void checkSharedQids(List<ArticleMapper.Mapped> mapped) {
        Map<String, Named> seen = new HashMap<>();
        for (ArticleMapper.Mapped m : mapped) {
            List<Entity> entities = m.src().annotation().entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.corpus() != null || e.wikidata() == null) {
                    continue;
                }
                String p = "/entities/" + i;
                String label = e.label() != null ? e.label() : e.name() != null ? e.name() : e.descriptor();
                Named first = seen.get(e.wikidata());
                if (first == null) {
                    seen.put(e.wikidata(), new Named(e.name(), label, m.slug(), m.src().error(p + "/name", "")));
                } else if (!first.slug().equals(m.slug())) {
                    if (!Objects.equals(first.name(), e.name())) {
                        throw m.src().error(p + "/name", e.wikidata() + " is named " + quoted(first.name())
                                + " in article " + first.slug() + " (" + first.place().where() + "), not "
                                + quoted(e.name()) + "; add a corpus register entry with both names");
                    }
                    if (!first.label().equals(label)) {
                        throw m.src().error(p + "/label", e.wikidata() + " is labelled \"" + first.label()
                                + "\" in article " + first.slug() + ", not \"" + label + "\"; add a corpus register"
                                + " entry (its label applies to every article)");
                    }
                }
            }
        }
    }

    private static String quoted(String s) {
        return s == null ? "without a name" : "\"" + s + "\"";
    }

    private static DatasetGraph assemble(List<ArticleMapper.Mapped> articles, Register register, String base) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        add(ds, NG.ONTOLOGY, OntologyFiles.ontology().getGraph());
        Model build = ModelFactory.createDefaultModel();
        Resource dataset = build.createResource(base + "dataset");
        dataset.addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "newsgraph knowledge graph")
                .addProperty(DCTerms.description, "News articles with their entities, roles, events, statements and"
                        + " claims, each linked to the text span that states it.");
        Resource activity = build.createResource(base + "build");
        activity.addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, build.createResource(base + "software/newsgraph"));
        build.createResource(base + "software/newsgraph").addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(DCTerms.title, "newsgraph");
        if (!register.isEmpty()) {
            add(ds, register.graphName(), register.graph().getGraph());
            Resource corpus = build.createResource(register.graphName());
            corpus.addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "corpus register")
                    .addProperty(DCTerms.description, "The entities, events and propositions that articles share"
                            + " (data/corpus/*.json): their types, labels, names, Wikidata links and contradictions;"
                            + " articles refer to them (entities) or give accounts of them (ng:accountOf).");
            dataset.addProperty(VOID.subset, corpus);
        }
        for (ArticleMapper.Mapped m : articles) {
            add(ds, m.articleGraph(), m.graph().getGraph());
            for (Map.Entry<String, Model> c : m.claimGraphs().entrySet()) {
                add(ds, c.getKey(), c.getValue().getGraph());
            }
            Resource article = build.createResource(m.article());
            Resource graph = build.createResource(m.articleGraph());
            graph.addProperty(RDF.type, VOID.Dataset)
                    .addProperty(PROV.wasDerivedFrom, article)
                    .addProperty(NG.sha256, m.sha256());
            dataset.addProperty(VOID.subset, graph);
            if (m.linksetGraph() != null) {
                add(ds, m.linksetGraph(), m.links().getGraph());
                Resource linkset = build.createResource(m.linksetGraph());
                linkset.addProperty(RDF.type, VOID.Linkset)
                        .addProperty(PROV.wasDerivedFrom, article)
                        .addProperty(DCTerms.description, "Links from the entities of one article to verified Wikidata"
                                + " items (skos:exactMatch).");
                dataset.addProperty(VOID.subset, linkset);
            }
            activity.addProperty(PROV.used, article);
        }
        add(ds, Iris.graphOf(base, "build"), build.getGraph());
        return ds;
    }

    private static void add(DatasetGraph ds, String name, Graph g) {
        ds.addGraph(NodeFactory.createURI(name), g);
    }
}
