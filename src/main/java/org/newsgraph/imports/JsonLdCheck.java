package org.newsgraph.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.newsgraph.annotation.InputError;

/**
 * Checks a JSON-LD file with Jackson before Jena reads it: nesting no deeper than {@value #MAX_DEPTH}
 * levels, and no {@code @context} given by reference (an IRI, alone or in an array), which Jena would
 * fetch from the network or read from a file (nor a JSON-LD 1.1 {@code @import}). Only inline contexts are read.
 */
final class JsonLdCheck {
    private JsonLdCheck() {
    }

    /** The deepest nesting of objects and arrays accepted. */
    static final int MAX_DEPTH = 200;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .build();

    /** @throws InputError when the file is not JSON, nests too deep or names a context by reference */
    static void check(Path file, byte[] bytes) {
        JsonNode root;
        try (JsonParser p = JSON.createParser(bytes)) {
            root = JSON.readTree(p);
        } catch (StreamConstraintsException e) {
            throw new InputError(file, "JSON-LD nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = e instanceof JsonEOFException ? "unexpected end of the file" : e.getOriginalMessage();
            what = what == null ? "not JSON" : what.lines().findFirst().orElse(what);
            throw new InputError(file, null, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "JSON-LD syntax error: " + what);
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
        if (root != null) {
            contexts(file, root, "");
        }
    }

    private static void contexts(Path file, JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                contexts(file, node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String here = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                if (f.getKey().equals("@import") && f.getValue().isTextual()) {
                    throw byReference(file, here);
                }
                if (f.getKey().equals("@context")) {
                    JsonNode c = f.getValue();
                    if (c.isTextual()) {
                        throw byReference(file, here);
                    }
                    if (c.isArray()) {
                        for (int i = 0; i < c.size(); i++) {
                            if (c.get(i).isTextual()) {
                                throw byReference(file, here + "/" + i);
                            }
                        }
                    }
                }
                contexts(file, f.getValue(), here);
            }
        }
    }

    private static InputError byReference(Path file, String pointer) {
        return new InputError(file, pointer, -1, -1, "a @context by reference (IRI) is not fetched; inline the context");
    }
}
