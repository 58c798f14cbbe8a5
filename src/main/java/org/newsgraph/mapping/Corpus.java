package org.newsgraph.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.annotation.AnnotationReader;
import org.newsgraph.annotation.AnnotationReader.Located;
import org.newsgraph.annotation.Entity;
import org.newsgraph.annotation.InputError;
import org.newsgraph.vocab.External;
import org.newsgraph.vocab.External.PROV;
import org.newsgraph.vocab.External.VOID;
import org.newsgraph.vocab.NG;

/**
 * A corpus being built one article at a time: the article folders, the register, and the
 * small index that the checks across articles need (the slugs, the first name and label of
 * each Wikidata item shared without a register entry) and the build record. Memory is
 * bounded by the largest article plus this index, not by the corpus.
 *
 * <p>{@link #map} may run on several threads at once (it reads its folder and the read-only
 * register); {@link #admit} is called once per article, in folder order, on one thread; then
 * {@link #finish}. Errors come out as the whole build reports them: the first article that
 * cannot be mapped (in folder order), then the first restated article that is not in the build,
 * then the first Wikidata item named differently by two articles.
 */
public final class Corpus {

    /** A named graph of the build. */
    public record NamedGraph(String name, Graph graph) {
    }

    /** One mapped article: its graphs (article, claims, linkset) and what the corpus checks need. */
    public static final class Article {
        private final ArticleMapper.Mapped mapped;
        private final List<NamedGraph> graphs;

        private Article(ArticleMapper.Mapped mapped) {
            this.mapped = mapped;
            List<NamedGraph> gs = new ArrayList<>();
            gs.add(new NamedGraph(mapped.articleGraph(), mapped.graph().getGraph()));
            mapped.claimGraphs().forEach((name, m) -> gs.add(new NamedGraph(name, m.getGraph())));
            if (mapped.linksetGraph() != null) {
                gs.add(new NamedGraph(mapped.linksetGraph(), mapped.links().getGraph()));
            }
            this.graphs = List.copyOf(gs);
        }

        public String slug() {
            return mapped.slug();
        }

        /** The article's IRI. */
        public String article() {
            return mapped.article();
        }

        /** Its named graphs: the article graph, then its claim graphs, then its linkset (if any). */
        public List<NamedGraph> graphs() {
            return graphs;
        }

        /** What the corpus keeps of this article, built from a folder with this digest. */
        public ArticleEntry entry(String fingerprint) {
            List<ArticleEntry.Qid> qids = new ArrayList<>();
            List<Entity> entities = mapped.src().annotation().entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.corpus() == null && e.wikidata() != null) {
                    String label = e.label() != null ? e.label() : e.name() != null ? e.name() : e.descriptor();
                    qids.add(new ArticleEntry.Qid(i, e.wikidata(), e.name(), label));
                }
            }
            Map<Map<String, String>, String> prefixes = new HashMap<>();
            Set<String> typed = new TreeSet<>();
            long quads = 0;
            List<String> names = new ArrayList<>();
            for (NamedGraph g : graphs) {
                names.add(g.name());
                String nt = NodeFmtLib.strNT(NodeFactory.createURI(g.name()));
                prefixes.merge(new TreeMap<>(g.graph().getPrefixMapping().getNsPrefixMap()), nt,
                        (x, y) -> x.compareTo(y) <= 0 ? x : y);
                quads += g.graph().size();
                g.graph().find(Node.ANY, RDF.type.asNode(), External.SCHEMA.NewsArticle.asNode())
                        .forEachRemaining(t -> typed.add(t.getSubject().toString()));
            }
            List<ArticleEntry.PrefixUse> uses = new ArrayList<>();
            prefixes.forEach((map, first) -> uses.add(new ArticleEntry.PrefixUse(map, first)));
            uses.sort(Comparator.comparing(ArticleEntry.PrefixUse::first));
            return new ArticleEntry(mapped.slug(), fingerprint, mapped.article(), mapped.articleGraph(),
                    mapped.sha256(), mapped.linksetGraph(), names, uses, mapped.restated(), qids, quads,
                    List.copyOf(typed));
        }

        /** Where its annotation's values are (for errors found across articles). */
        Located src() {
            return mapped.src();
        }

        /** The IRIs of the other articles its statements restate. */
        public Set<String> restatedArticles(String base) {
            Set<String> out = new HashSet<>();
            mapped.restated().values().forEach(slug -> out.add(new Iris(base, slug).article()));
            return out;
        }
    }

    /** Where a Wikidata item was first named, in an article that does not share it through the register. */
    private record Named(String name, String label, String slug, Supplier<String> where) {
    }

    private final String base;
    private final Register register;
    private final List<Path> folders;
    private final Path articlesDir;
    private final Path dataDir;
    private final Set<String> slugs = new HashSet<>();
    private final Map<String, Named> qids = new HashMap<>();
    private final Model build = ModelFactory.createDefaultModel();
    private final Resource dataset;
    private final Resource activity;
    private final Graph recordHead;
    private InputError restatedError;
    private InputError qidError;

    Corpus(String base, Register register, List<Path> folders, Path dataDir) {
        this.base = base;
        this.dataDir = dataDir;
        this.articlesDir = folders.isEmpty() || folders.get(0).getParent() == null ? Path.of(".")
                : folders.get(0).getParent();
        this.register = register;
        this.folders = List.copyOf(folders);
        folders.forEach(f -> slugs.add(f.getFileName().toString()));
        dataset = build.createResource(base + "dataset");
        dataset.addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "newsgraph knowledge graph")
                .addProperty(DCTerms.description, "News articles with their entities, roles, events, statements and"
                        + " claims, each linked to the text span that states it.");
        activity = build.createResource(base + "build");
        activity.addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, build.createResource(base + "software/newsgraph"));
        build.createResource(base + "software/newsgraph").addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(DCTerms.title, "newsgraph");
        if (!register.isEmpty()) {
            Resource corpus = build.createResource(register.graphName());
            corpus.addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "corpus register")
                    .addProperty(DCTerms.description, "The entities, events and propositions that articles share"
                            + " (data/corpus/*.json): their types, labels, names, Wikidata links and contradictions;"
                            + " articles refer to them (entities) or give accounts of them (ng:accountOf).");
            dataset.addProperty(VOID.subset, corpus);
        }
        recordHead = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        build.getGraph().find().forEachRemaining(recordHead::add);
    }

    /** The build record before any article: the dataset, the build activity, the software, the register. */
    public Graph recordHead() {
        return recordHead;
    }

    /** The data folder the corpus was read from (its imports are in {@code imports/}), or null when it was not read from one. */
    public Path dataDir() {
        return dataDir;
    }

    /** The base IRI of the build. */
    public String base() {
        return base;
    }

    /** How many article folders there are. */
    public int size() {
        return folders.size();
    }

    /** The slug of article {@code i} (its folder's name). */
    public String slug(int i) {
        return folders.get(i).getFileName().toString();
    }

    /** The folder of article {@code i}. */
    public Path folder(int i) {
        return folders.get(i);
    }

    /**
     * Reads and maps article {@code i}; safe to call from several threads.
     *
     * @throws InputError when its input is malformed or inconsistent
     */
    public Article map(int i) {
        return new Article(Build.mapArticle(folders.get(i), base, register));
    }

    Article article(ArticleMapper.Mapped m) {
        return new Article(m);
    }

    /**
     * The corpus-level graphs that do not depend on the articles: the ontology and the
     * register's graph (when there is a register), with the head of the build record (the
     * dataset, the build activity, the software, the register as a dataset).
     */
    public List<NamedGraph> contextGraphs() {
        List<NamedGraph> out = new ArrayList<>();
        out.add(new NamedGraph(NG.ONTOLOGY, OntologyFiles.ontology().getGraph()));
        if (!register.isEmpty()) {
            out.add(new NamedGraph(register.graphName(), register.graph().getGraph()));
        }
        return out;
    }

    /** What the build record says about one article (its graphs, its linkset, that the build used it). */
    public Graph recordOf(ArticleEntry a) {
        Model m = ModelFactory.createDefaultModel();
        record(a, m, m.createResource(dataset.getURI()), m.createResource(activity.getURI()));
        return m.getGraph();
    }

    /**
     * Adds an article to the corpus index (call once per article, in folder order): the
     * checks across articles and the build record. A failed check is reported by {@link #finish}.
     */
    public void admit(Article a) {
        admit(a, a.entry(""));
    }

    /** As {@link #admit(Article)}, with the article's entry already made. */
    public void admit(Article a, ArticleEntry entry) {
        Located src = a.src();
        admit(entry, () -> src, true);
    }

    /**
     * Adds an article known by its entry (built before, from an unchanged folder) to the corpus
     * index, as {@link #admit(Article)} does; its annotation is read again only to report an error
     * found at it.
     */
    public void admit(ArticleEntry e) {
        Path file = articlesDir.resolve(e.slug()).resolve("annotation.json");
        admit(e, () -> AnnotationReader.read(file), false);
    }

    /** {@code inMemory}: the annotation is at hand (where a Wikidata item is named is kept as text, not re-read). */
    private void admit(ArticleEntry e, Supplier<Located> src, boolean inMemory) {
        if (restatedError == null) {
            for (Map.Entry<String, String> r : e.restated().entrySet()) {
                if (!slugs.contains(r.getValue())) {
                    restatedError = src.get().error(r.getKey(), "restates \"" + r.getValue() + "\", which is no"
                            + " article of this build (the slug of a folder under articles/)");
                    break;
                }
            }
        }
        if (qidError == null) {
            qidError = checkSharedQids(e, src, inMemory);
        }
        record(e, build, dataset, activity);
    }

    private static void record(ArticleEntry m, Model build, Resource dataset, Resource activity) {
        Resource article = build.createResource(m.article());
        Resource graph = build.createResource(m.articleGraph());
        graph.addProperty(RDF.type, VOID.Dataset)
                .addProperty(PROV.wasDerivedFrom, article)
                .addProperty(NG.sha256, m.sha256());
        dataset.addProperty(VOID.subset, graph);
        if (m.linksetGraph() != null) {
            Resource linkset = build.createResource(m.linksetGraph());
            linkset.addProperty(RDF.type, VOID.Linkset)
                    .addProperty(PROV.wasDerivedFrom, article)
                    .addProperty(DCTerms.description, "Links from the entities of one article to verified Wikidata"
                            + " items (skos:exactMatch).");
            dataset.addProperty(VOID.subset, linkset);
        }
        activity.addProperty(PROV.used, article);
    }

    /**
     * Reports the first failed check across articles: a restated article that is not in the
     * build, then a Wikidata item that two articles name differently.
     *
     * @throws InputError for the first failed check
     */
    public void finish() {
        if (restatedError != null) {
            throw restatedError;
        }
        if (qidError != null) {
            throw qidError;
        }
    }

    /** The graphs of the corpus after every article was admitted: the context graphs, then the build record. */
    public List<NamedGraph> sharedGraphs() {
        List<NamedGraph> out = new ArrayList<>(contextGraphs());
        out.add(new NamedGraph(Iris.graphOf(base, "build"), build.getGraph()));
        return out;
    }

    /** The name of the build record's graph. */
    public String buildGraphName() {
        return Iris.graphOf(base, "build");
    }

    /**
     * Articles that share an entity by its Wikidata item alone (no register entry) name it alike,
     * so that the one node has one name and one label: else an error at the second article.
     */
    private InputError checkSharedQids(ArticleEntry m, Supplier<Located> src, boolean inMemory) {
        for (ArticleEntry.Qid e : m.qids()) {
            String p = "/entities/" + e.entity();
            Named first = qids.get(e.wikidata());
            if (first == null) {
                Supplier<String> where = () -> src.get().error(p + "/name", "").where();
                if (inMemory) {
                    String known = where.get();
                    where = () -> known;
                }
                qids.put(e.wikidata(), new Named(e.name(), e.label(), m.slug(), where));
            } else if (!first.slug().equals(m.slug())) {
                if (!Objects.equals(first.name(), e.name())) {
                    return src.get().error(p + "/name", e.wikidata() + " is named " + quoted(first.name())
                            + " in article " + first.slug() + " (" + first.where().get() + "), not "
                            + quoted(e.name()) + "; add a corpus register entry with both names");
                }
                if (!first.label().equals(e.label())) {
                    return src.get().error(p + "/label", e.wikidata() + " is labelled \"" + first.label()
                            + "\" in article " + first.slug() + ", not \"" + e.label() + "\"; add a corpus register"
                            + " entry (its label applies to every article)");
                }
            }
        }
        return null;
    }

    private static String quoted(String s) {
        return s == null ? "without a name" : "\"" + s + "\"";
    }
}
