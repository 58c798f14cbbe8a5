package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.mapping.Build;
import org.newsgraph.vocab.External;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say what to build: {@code --data} and {@code --base} (a picocli mixin). */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder holding articles/<slug>/ (article.txt and annotation.json per article).")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Build.DEFAULT_BASE,
            converter = BaseIri.class,
            description = "Base IRI of the minted data IRIs (absolute http(s), ending in /).")
    String base;

    /** Builds the dataset from the data folder. */
    DatasetGraph build() {
        return Build.build(data, base);
    }

    /** One line about a dataset: named graphs, articles, quads. */
    static String summary(DatasetGraph dataset) {
        int graphs = 0;
        for (var it = dataset.listGraphNodes(); it.hasNext(); it.next()) {
            graphs++;
        }
        Set<Node> articles = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), External.SCHEMA.NewsArticle.asNode())
                .forEachRemaining(q -> articles.add(q.getSubject()));
        long quads = dataset.stream().count();
        return plural(graphs, "named graph") + ", " + plural(articles.size(), "article") + ", "
                + plural(quads, "quad");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Accepts a base IRI that {@link Build#checkBase} accepts. */
    static final class BaseIri implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = Build.checkBase(value);
            if (problem != null) {
                throw new CommandLine.TypeConversionException(problem);
            }
            return value;
        }
    }
}
