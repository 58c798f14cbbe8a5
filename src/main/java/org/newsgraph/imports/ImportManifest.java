package org.newsgraph.imports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code data/imports/NAME.json} says about one import: its name, the source file's name
 * (without its folder), the SHA-256 of the file as given (compressed, when it was gzipped), its
 * syntax (a W3C format IRI and a short label), the number of triples read and the named graphs
 * they went into (sorted). The triples are in {@code data/imports/NAME.nq}.
 */
@JsonPropertyOrder({"name", "source", "sha256", "format", "formatName", "triples", "graphs"})
public record ImportManifest(String name, String source, String sha256, String format, String formatName,
        long triples, List<String> graphs) {
}
