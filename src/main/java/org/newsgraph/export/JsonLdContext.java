package org.newsgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Compacts JSON-LD with the project's context, {@code ontology/context.jsonld}, so that
 * JSON-LD users get short names ({@code "eventType": "evtype:meeting"}) and one context
 * for every file. The context is embedded in the output: nothing is fetched from the web.
 */
final class JsonLdContext {

    static final String CONTEXT = "ontology/context.jsonld";

    private JsonLdContext() {
    }

    /** Compacts a JSON-LD document (any form) with the project context and writes it, pretty-printed. */
    static void compact(byte[] jsonld, OutputStream out) {
        try (InputStream ctx = JsonLdContext.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (ctx == null) {
                throw new IllegalStateException("missing resource on the classpath: " + CONTEXT);
            }
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(jsonld)), JsonDocument.of(ctx))
                    .get();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // not closed: closing the JSON writer would close the caller's stream
            JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w);
            jw.writeObject(compacted);
            w.write('\n');
            w.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
