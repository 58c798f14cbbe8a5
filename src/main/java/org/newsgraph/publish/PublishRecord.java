package org.newsgraph.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.annotation.InputError;
import org.newsgraph.export.Exporter;

/**
 * What was sent where: for each Graph Store Protocol URL, each graph's content hash as last
 * sent. Saved (atomically) after every graph that the store accepted, so that a publish that
 * stops in the middle resumes from where it stopped: the graphs already sent are unchanged.
 * The file is JSON: {@code {"<graph store URL>": {"<graph IRI>": "<sha-256>", ...}, ...}}.
 */
final class PublishRecord {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Path file;
    private final Map<String, Map<String, String>> stores;
    private final String store;

    private PublishRecord(Path file, Map<String, Map<String, String>> stores, String store) {
        this.file = file;
        this.stores = stores;
        this.store = store;
    }

    /** The record in {@code file} (empty when there is none yet), for the store {@code graphStore}. */
    static PublishRecord read(Path file, String graphStore) {
        Map<String, Map<String, String>> stores = new TreeMap<>();
        if (Files.exists(file)) {
            try {
                stores.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Map<String, String>>>() { }));
            } catch (IOException e) {
                throw InputError.json(file, "not a publish record (remove it to send every graph again)", e);
            }
            if (stores.values().stream().anyMatch(m -> m == null || m.values().stream().anyMatch(v -> v == null))) {
                throw new InputError(file, "not a publish record (a null where a store or hash should be; remove it"
                        + " to send every graph again)");
            }
        }
        stores.computeIfAbsent(graphStore, k -> new TreeMap<>());
        stores.replaceAll((k, v) -> new TreeMap<>(v));
        return new PublishRecord(file, stores, graphStore);
    }

    /** The hash of a graph's content as last sent to this store, or null. */
    String sent(String graph) {
        return stores.get(store).get(graph);
    }

    /** Records that the store accepted {@code graph} with content {@code hash}, and saves the record. */
    void markSent(String graph, String hash) throws IOException {
        stores.get(store).put(graph, hash);
        save();
    }

    /** Forgets a graph (deleted from the store), and saves the record. */
    void forget(String graph) throws IOException {
        stores.get(store).remove(graph);
        save();
    }

    /** The graphs this store was sent, by IRI. */
    Map<String, String> graphs() {
        return Map.copyOf(stores.get(store));
    }

    private void save() throws IOException {
        Exporter.writeAtomically(file, (JSON.writeValueAsString(stores) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
