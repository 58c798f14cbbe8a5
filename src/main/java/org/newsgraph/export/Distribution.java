package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.util.Sha256;

/**
 * The published dumps ({@code newsgraph export --dist DIR}): the graph in every format, gzip'd,
 * the schema.org view, the dataset description ({@value #DESCRIPTION}: VoID and DCAT, with
 * each file's media type, size and SHA-256), a {@value #README} and {@value #CHECKSUMS} (the
 * format of {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks the folder).
 *
 * <p>Everything is made in memory before the first file is written; each file is then
 * replaced atomically, the checksum file last. gzip without a time stamp or a file name, so the
 * same dataset gives byte-identical files.
 */
public final class Distribution {

    public static final String DESCRIPTION = "void.ttl";
    public static final String README = "README.md";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The base the description's relative IRIs (the files beside it) are made against; never written. */
    static final String PLACEHOLDER = "https://newsgraph.invalid/dist/";

    private Distribution() {
    }

    /** One file of the distribution: its name, media type and what it holds. */
    public record Entry(String name, String mediaType, boolean gzip, String what, byte[] bytes) {
        public String sha256() {
            return Sha256.of(bytes);
        }
    }

    /**
     * The files of the distribution of {@code published} (the dataset as the text policy
     * publishes it), in the order they are listed; the description, README and checksums last.
     */
    public static List<Entry> entries(DatasetGraph published, TextPolicy policy) {
        List<Entry> dumps = new ArrayList<>();
        Map<Exporter.Format, String[]> formats = new LinkedHashMap<>();
        formats.put(Exporter.Format.NQUADS, new String[] {"nq", "application/n-quads", "every named graph, sorted N-Quads"});
        formats.put(Exporter.Format.TRIG, new String[] {"trig", "application/trig", "every named graph, TriG"});
        formats.put(Exporter.Format.JSONLD, new String[] {"jsonld", "application/ld+json",
            "every named graph, JSON-LD 1.1 compacted with the project's context"});
        formats.put(Exporter.Format.TURTLE, new String[] {"ttl", "text/turtle", "the union of all graphs, Turtle"});
        formats.put(Exporter.Format.NTRIPLES, new String[] {"nt", "application/n-triples",
            "the union of all graphs, sorted N-Triples"});
        formats.put(Exporter.Format.RDFXML, new String[] {"rdf", "application/rdf+xml", "the union of all graphs, RDF/XML"});
        formats.forEach((format, info) -> dumps.add(new Entry("newsgraph." + info[0] + ".gz", info[1], true, info[2],
                gzip(Exporter.toBytes(published, format)))));
        dumps.add(new Entry("schemaorg.jsonld.gz", "application/ld+json", true,
                "the schema.org view (NewsArticle, Person, Organization, Place, Event, Quotation, Claim), JSON-LD",
                gzip(Exporter.toBytes(SchemaOrgView.project(published), Exporter.Format.JSONLD))));

        List<DatasetDescription.Dump> listed = new ArrayList<>();
        for (Entry e : dumps) {
            listed.add(new DatasetDescription.Dump(PLACEHOLDER + e.name(), e.what(), e.mediaType(), e.gzip(),
                    e.bytes().length, e.sha256(), e.name().startsWith("newsgraph.")));
        }
        Model description = DatasetDescription.describe(DatasetDescription.counts(published), policy,
                new DatasetDescription.Access(null, listed));
        List<Entry> all = new ArrayList<>(dumps);
        all.add(new Entry(DESCRIPTION, "text/turtle", false,
                "this dataset's description: VoID and DCAT 3, with every file's media type, size and SHA-256",
                relativeTurtle(description)));
        all.add(new Entry(README, "text/markdown", false, "this file", readme(all, policy)));
        StringBuilder sums = new StringBuilder();
        for (Entry e : all) {
            sums.append(e.sha256()).append("  ").append(e.name()).append('\n');
        }
        all.add(new Entry(CHECKSUMS, "text/plain", false, "SHA-256 of every other file (sha256sum -c SHA256SUMS)",
                sums.toString().getBytes(StandardCharsets.UTF_8)));
        return all;
    }

    /** Writes the distribution into {@code dir} (created when missing); returns the files written. */
    public static List<Entry> write(DatasetGraph published, TextPolicy policy, Path dir) throws IOException {
        return write(published, policy, dir, null);
    }

    /**
     * Writes the distribution into a temporary sibling of {@code dir}, then moves it in place (see
     * {@link OutputFolder}): an existing folder is replaced only when it is empty or holds an earlier
     * distribution and nothing else; the data folder {@code data} (or null) and anything in it are refused.
     */
    public static List<Entry> write(DatasetGraph published, TextPolicy policy, Path dir, Path data)
            throws IOException {
        List<Entry> all = entries(published, policy);
        write(all, dir, data);
        return all;
    }

    /** Writes the files made by {@link #entries} into {@code dir}, as {@link #write(DatasetGraph, TextPolicy, Path, Path)} does. */
    public static void write(List<Entry> all, Path dir, Path data) throws IOException {
        OutputFolder.replace(dir, data, Distribution::listed, "a distribution written by export --dist", tmp -> {
            for (Entry e : all) {
                try {
                    java.nio.file.Files.write(tmp.resolve(e.name()), e.bytes());
                } catch (IOException x) {
                    throw new java.nio.file.FileSystemException(e.name(), null, "cannot write " + e.name() + ": "
                            + org.newsgraph.annotation.TextFiles.describe(x));
                }
            }
        });
    }

    /** The files an earlier distribution lists in its checksums (and the checksums), or null when it is not ours. */
    static java.util.Set<String> listed(Path dir) throws IOException {
        Path sums = dir.resolve(CHECKSUMS);
        Path readme = dir.resolve(README);
        if (!java.nio.file.Files.isRegularFile(sums, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !java.nio.file.Files.isRegularFile(readme, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !java.nio.file.Files.readString(readme, StandardCharsets.UTF_8).startsWith("# newsgraph dumps\n")) {
            return null;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        names.add(CHECKSUMS);
        for (String line : java.nio.file.Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9a-f]{64}  ([A-Za-z0-9._-]+)").matcher(line);
            if (!m.matches()) {
                return null;
            }
            names.add(m.group(1));
        }
        return names.contains(DESCRIPTION) && names.contains(README) ? names : null;
    }

    /** The description as Turtle, with the files beside it as relative IRIs and no BASE line. */
    static byte[] relativeTurtle(Model description) {
        DatasetGraph canonical = Exporter.canonical(DatasetGraphFactory.wrap(description.getGraph()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(canonical.getDefaultGraph()).format(RDFFormat.TURTLE_PRETTY).base(PLACEHOLDER)
                .set(RIOT.symTurtleOmitBase, true).output(out);
        return out.toByteArray();
    }

    private static byte[] readme(List<Entry> files, TextPolicy policy) {
        StringBuilder s = new StringBuilder();
        s.append("# newsgraph dumps\n\n")
                .append("News articles as a provenance-rich RDF knowledge graph: the people, organisations and places"
                        + " they name, the positions held, the events reported with their dates, and every statement"
                        + " and claim with its source, each linked to the span of text that states it.\n\n")
                .append("## Article texts (text policy: ").append(policy.cliName()).append(")\n\n")
                .append(policy.describe()).append("\n\n")
                .append("An article's text belongs to its publisher. The graph's annotations are ours; the spans"
                        + " carry character offsets (Unicode code points) into the text, and each text's SHA-256"
                        + " (ng:sha256) lets a holder of the text check that the offsets fit it.\n\n")
                .append("## Licence\n\n")
                .append("The annotations and the graph: Creative Commons Attribution 4.0 International (CC BY 4.0),"
                        + " https://creativecommons.org/licenses/by/4.0/. The article texts are not covered by it;"
                        + " the digests written for the corpus are, as our own text.\n\n")
                .append("## Files\n\n| file | media type | bytes | what |\n|---|---|---|---|\n");
        for (Entry e : files) {
            s.append("| ").append(e.name()).append(" | ").append(e.mediaType()).append(e.gzip() ? " (gzip)" : "")
                    .append(" | ").append(e.name().equals(README) ? "" : Long.toString(e.bytes().length))
                    .append(" | ").append(e.what()).append(" |\n");
        }
        s.append("| ").append(CHECKSUMS).append(" | text/plain | | SHA-256 of every other file |\n\n")
                .append("Check the files with `sha256sum -c SHA256SUMS`. `").append(DESCRIPTION)
                .append("` lists the same checksums (spdx:checksum) and sizes (dcat:byteSize); its file IRIs are"
                        + " relative to where it is published.\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** gzip without a time stamp or file name (Java writes MTIME 0), so the bytes depend on the content only. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
