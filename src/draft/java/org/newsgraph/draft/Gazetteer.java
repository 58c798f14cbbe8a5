package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Names whose identity is known: the corpus register's entities (data/corpus/*.json, referred to
 * with {@code corpus}) and an optional local gazetteer file (a JSON list of {@code {"name",
 * "alternativeNames", "type", "wikidata"}}). A Wikidata id comes only from these, never guessed.
 */
public final class Gazetteer {

    /** A known entity: its register id (or null), its preferred name, type and QID (or null). */
    public record Known(String corpusId, String name, String type, String wikidata, List<String> names) {
    }

    private final Map<String, Known> byName = new HashMap<>();
    private final List<Known> all = new ArrayList<>();

    public static Gazetteer empty() {
        return new Gazetteer();
    }

    /** The register of the data folder that holds {@code articleDir} (../../corpus), plus a gazetteer file. */
    public static Gazetteer load(Path articleDir, Path gazetteerFile) {
        Gazetteer g = new Gazetteer();
        Path abs = articleDir.toAbsolutePath().normalize();
        Path corpus = abs.getParent() == null || abs.getParent().getParent() == null ? null
                : abs.getParent().getParent().resolve("corpus");
        ObjectMapper json = new ObjectMapper();
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode entities = read(json, f).path("entities");
                    for (JsonNode e : entities) {
                        g.add(e, true);
                    }
                }
            } catch (IOException e) {
                throw new DraftException(corpus + ": cannot list the corpus register: " + e.getMessage());
            }
        }
        if (gazetteerFile != null) {
            JsonNode list = read(json, gazetteerFile);
            if (!list.isArray()) {
                throw new DraftException(gazetteerFile + ": a gazetteer is a JSON list of entries");
            }
            for (JsonNode e : list) {
                g.add(e, false);
            }
        }
        return g;
    }

    private static JsonNode read(ObjectMapper json, Path f) {
        try {
            return json.readTree(f.toFile());
        } catch (IOException e) {
            throw new DraftException(f + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void add(JsonNode e, boolean register) {
        String name = e.path("name").asText(null);
        if (name == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        e.path("alternativeNames").forEach(n -> names.add(n.asText()));
        Known k = new Known(register ? e.path("id").asText(null) : null, name, e.path("type").asText(null),
                e.path("wikidata").asText(null), List.copyOf(names));
        all.add(k);
        for (String n : names) {
            byName.putIfAbsent(key(n), k);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("\\s+", " ").trim();
    }

    /** The known entity with this name (or one of its alternative names), or null. */
    public Known find(String name) {
        return byName.get(key(name));
    }

    public List<Known> all() {
        return List.copyOf(all);
    }
}
