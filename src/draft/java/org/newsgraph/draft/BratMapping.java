package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The mapping file from brat type names to newsgraph's (the built-in brat-mapping.json, or one given). */
final class BratMapping {

    final JsonNode root;

    private BratMapping(JsonNode root) {
        this.root = root;
    }

    static BratMapping load(Path file) {
        try {
            if (file != null) {
                return new BratMapping(DraftWriter.JSON.readTree(file.toFile()));
            }
            try (InputStream in = BratMapping.class.getResourceAsStream("brat-mapping.json")) {
                return new BratMapping(DraftWriter.JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new DraftException(file + ": not a readable mapping file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    String entity(String bratType) {
        return root.path("entities").path(bratType).asText(null);
    }

    String statement(String bratType) {
        return root.path("statements").path(bratType).asText(null);
    }

    boolean negativeStatement(String bratType) {
        return list("negativeStatements").contains(bratType);
    }

    boolean time(String bratType) {
        return list("time").contains(bratType);
    }

    String event(String bratType) {
        return root.path("events").path(bratType).asText(null);
    }

    String role(String bratRole) {
        return root.path("roles").path(bratRole.replaceAll("\\d+$", "")).asText(null);
    }

    boolean eventTime(String bratRole) {
        return list("eventTime").contains(bratRole.replaceAll("\\d+$", ""));
    }

    boolean speaker(String relation) {
        return list("speakerRelations").contains(relation);
    }

    boolean sameAs(String relation) {
        return list("sameAs").contains(relation);
    }

    JsonNode attribute(String name) {
        return root.path("attributes").path(name);
    }

    private List<String> list(String key) {
        List<String> out = new ArrayList<>();
        root.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }
}
