package org.newsgraph.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;

/** The RDF syntaxes {@code import} reads, by file extension, with their W3C format IRIs. */
enum SourceFormat {
    TURTLE(Lang.TURTLE, "Turtle", "Turtle", "ttl"),
    TRIG(Lang.TRIG, "TriG", "TriG", "trig"),
    NQUADS(Lang.NQUADS, "N-Quads", "N-Quads", "nq"),
    NTRIPLES(Lang.NTRIPLES, "N-Triples", "N-Triples", "nt"),
    JSONLD(Lang.JSONLD, "JSON-LD", "JSON-LD", "jsonld", "json"),
    RDFXML(Lang.RDFXML, "RDF/XML", "RDF_XML", "rdf", "owl", "xml");

    /** The W3C namespace of format IRIs (https://www.w3.org/ns/formats/). */
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    final Lang lang;
    final String label;
    final String iri;
    final List<String> extensions;

    SourceFormat(Lang lang, String label, String local, String... extensions) {
        this.lang = lang;
        this.label = label;
        this.iri = FORMATS + local;
        this.extensions = List.of(extensions);
    }

    /** The format of a file name (without {@code .gz}), or null. */
    static SourceFormat ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst().orElse(null);
    }

    /** The extensions known, for an error message: {@code .ttl (Turtle), ...}. */
    static String known() {
        return Arrays.stream(values())
                .map(f -> f.extensions.stream().map(e -> "." + e).collect(Collectors.joining("/")) + " (" + f.label + ")")
                .collect(Collectors.joining(", ")) + ", each optionally .gz";
    }
}
