package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Exporter.Format;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.mapping.Build;
import org.newsgraph.mapping.Corpus.NamedGraph;

/**
 * The prefixes of the streamed TriG export. Its blocks are written with the prefixes known before
 * the first article (the ontology's and the register's); an article's graphs carry no prefixes
 * of their own, so an IRI in a namespace that only one article uses (the article's URL on a site
 * of its own) is written in full and the export runs once. Should an article's graph declare a
 * prefix, the export runs again with it: the bytes are still those of the whole-dataset writer,
 * and the header declares the new prefix.
 */
class StreamedTrigPrefixTest {

    static final String B = Build.DEFAULT_BASE;
    /** A site that no fixture article links to. */
    static final String NEWS = "https://news.example.net/";
    static final String URL = NEWS + "weber-meets-li-na";
    static final Pattern PREFIX = Pattern.compile("PREFIX ([^:]*): +<([^>]*)>");

    /** The {@code mini} fixture, its article's annotation giving the article's URL on {@link #NEWS}. */
    static Path input(Path dir) throws IOException {
        Path data = PipelineTest.input(dir, "mini");
        Path annotation;
        try (var s = Files.list(data.resolve("articles"))) {
            List<Path> articles = s.toList();
            assertEquals(1, articles.size());
            annotation = articles.get(0).resolve("annotation.json");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(annotation.toFile());
        ((ObjectNode) root.get("article")).put("url", URL);
        Files.writeString(annotation, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return data;
    }

    static byte[] streamed(Path data, UnaryOperator<GraphSink<ExportSink.Piece>> view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pipeline.Result r = StreamedExport.write(data, B, true, TextPolicy.FULL, Format.TRIG,
                content -> content.writeTo(out), 1L << 30, view);
        assertTrue(r.report().conforms(), r.report().text());
        return out.toByteArray();
    }

    /** The prefixes the file's header declares (the lines before the first empty line). */
    static Map<String, String> header(String trig) {
        int end = trig.indexOf("\n\n");
        assertTrue(end > 0, "no header");
        Map<String, String> out = new TreeMap<>();
        for (String line : trig.substring(0, end).split("\n")) {
            Matcher m = PREFIX.matcher(line);
            assertTrue(m.matches(), "not a prefix line: " + line);
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static boolean ask(DatasetGraph ds, String query) {
        try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(query).build()) {
            return q.execAsk();
        }
    }

    /** Declares {@code news:} on a graph that links to {@link #NEWS}, as a graph with a prefix of its own would. */
    static void declareNews(Graph g) {
        if (g.find().filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(NEWS)).hasNext()) {
            g.getPrefixMapping().setNsPrefix("news", NEWS);
        }
    }

    @Test
    void anIriInANamespaceOfItsOwnIsWrittenInFullInOneRun(@TempDir Path dir) throws IOException {
        Path data = input(dir);
        DatasetGraph whole = Build.build(data, B);
        assertTrue(ask(whole, "ASK { GRAPH ?g { ?article <https://schema.org/url> <" + URL + "> } }"),
                "the article's URL is not in its graph");
        int[] runs = {0};
        byte[] got = streamed(data, sink -> {
            runs[0]++;
            return sink;
        });
        byte[] expected = Exporter.toBytes(whole, Format.TRIG);
        assertArrayEquals(expected, got, "streamed bytes differ\n" + StreamedExportTest.firstDifference(expected, got));
        assertEquals(1, runs[0], "the blocks were written again: an article brought a prefix");
        String trig = new String(got, StandardCharsets.UTF_8);
        Map<String, String> declared = header(trig);
        assertEquals(ExportSink.prefixesOf(Build.corpus(data, B).contextGraphs(), TextPolicy.FULL), declared,
                "the header declares other prefixes than the ontology's and the register's");
        assertFalse(declared.containsValue(NEWS), "a prefix for the article's site");
        assertTrue(trig.contains("<" + URL + ">"), "the article's URL is not written in full");
    }

    @Test
    void aGraphThatBringsAPrefixIsWrittenAgainWithIt(@TempDir Path dir) throws IOException {
        Path data = input(dir);
        DatasetGraph whole = Build.build(data, B);
        for (Node g : Iter.toList(whole.listGraphNodes())) {
            declareNews(whole.getGraph(g));
        }
        int[] runs = {0};
        List<String> declaring = new ArrayList<>();
        byte[] got = streamed(data, sink -> {
            runs[0]++;
            return new GraphSink<>() {
                @Override
                public ExportSink.Piece prepare(List<NamedGraph> graphs) {
                    for (NamedGraph g : graphs) {
                        declareNews(g.graph());
                        if (g.graph().getPrefixMapping().getNsPrefixURI("news") != null) {
                            synchronized (declaring) {
                                declaring.add(g.name());
                            }
                        }
                    }
                    return sink.prepare(graphs);
                }

                @Override
                public void accept(ExportSink.Piece piece) {
                    sink.accept(piece);
                }
            };
        });
        assertFalse(declaring.isEmpty(), "no graph declared the prefix: the test shows nothing");
        assertEquals(2, runs[0], "the blocks were not written again with the article's prefix");
        byte[] expected = Exporter.toBytes(whole, Format.TRIG);
        assertArrayEquals(expected, got, "streamed bytes differ\n" + StreamedExportTest.firstDifference(expected, got));
        String trig = new String(got, StandardCharsets.UTF_8);
        Map<String, String> declared = header(trig);
        assertEquals(NEWS, declared.get("news"), "the header does not declare the article's prefix");
        Map<String, String> others = new TreeMap<>(declared);
        others.remove("news");
        assertEquals(ExportSink.prefixesOf(Build.corpus(data, B).contextGraphs(), TextPolicy.FULL), others,
                "the header lost a prefix of the ontology or the register");
        assertTrue(trig.contains(" news:weber-meets-li-na"), "the article's URL is not written with the prefix");
        assertFalse(trig.contains("<" + URL + ">"), "the article's URL is written in full");
    }
}
