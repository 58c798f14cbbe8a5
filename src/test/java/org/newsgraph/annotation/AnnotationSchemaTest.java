package org.newsgraph.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.mapping.Build;

/**
 * The JSON Schema that editors check annotations with agrees with the reader: every annotation
 * the project builds is schema-valid, and the bad-input cases that are a matter of form (an
 * unknown field, a wrong type of value, a malformed id) are schema-invalid too.
 */
class AnnotationSchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;
    static JsonSchema corpusSchema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/schema/annotation.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        try (InputStream in = Files.newInputStream(Path.of("data/schema/corpus.schema.json"))) {
            corpusSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Set<ValidationMessage> checkRegister(Path file) throws IOException {
        return corpusSchema.validate(JSON.readTree(file.toFile()));
    }

    static Set<ValidationMessage> check(Path annotation) throws IOException {
        JsonNode doc = JSON.readTree(annotation.toFile());
        return schema.validate(doc);
    }

    @TestFactory
    Stream<DynamicTest> everyAnnotationWeBuildIsSchemaValid() throws IOException {
        return Stream.of("src/test/resources/seed/articles", "src/test/resources/mini/articles", "src/test/resources/second-article",
                        "src/test/resources/model2/articles", "src/test/resources/statements2/articles",
                        "src/test/resources/bad-input/valid/articles", "src/test/resources/register/articles",
                        "src/test/resources/dated-apart/articles")
                .flatMap(dir -> {
                    try {
                        return Files.list(Path.of(dir)).sorted();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(folder -> DynamicTest.dynamicTest(folder.toString(),
                        () -> assertEquals(Set.of(), check(folder.resolve("annotation.json")))));
    }

    @TestFactory
    Stream<DynamicTest> formErrorsAreSchemaErrorsToo() {
        return Stream.of("unknown-field", "unknown-entity-type", "invalid-wikidata-id", "wrong-type-of-value",
                        "unknown-polarity", "impossible-month", "relation-without-evidence", "about-article",
                        "paraphrase-without-proposition-evidence", "no-corroboration-negative", "answer-without-question",
                        "statement-without-speaker", "entity-without-mentions", "derived-from-on-a-person",
                        "derived-time-without-origin", "duration-without-evidence", "time-of-day-without-day",
                        "membership-label-with-then", "null-in-a-list", "year-out-of-range", "year-before-one",
                        "claim-triple-about-article", "anonymous-count-one-plural", "on-behalf-of-article-voice",
                        "statement-time-by-relation", "fact-check-without-quote")
                .map(name -> DynamicTest.dynamicTest(name, () -> assertFalse(check(
                        Path.of("src/test/resources/bad-input", name, "articles/a/annotation.json")).isEmpty(),
                        name + " passes the schema")));
    }

    /** The corpus register files (data/corpus and the fixtures that build) are valid against corpus.schema.json. */
    @TestFactory
    Stream<DynamicTest> everyRegisterFileIsSchemaValid() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("data/corpus", "src/test/resources/register/corpus",
                "src/test/resources/dated-apart/corpus")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/bad-input"))) {
            for (Path c : cases.sorted().toList()) {
                Path corpus = c.resolve("corpus");
                if (Files.isDirectory(corpus) && !c.getFileName().toString().equals("register-malformed-json")) {
                    try (Stream<Path> s = Files.list(corpus)) {
                        s.sorted().forEach(files::add);
                    }
                }
            }
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> assertEquals(Set.of(), checkRegister(f))));
    }

    /** What the register reader refuses as a matter of form the schema refuses too. */
    @TestFactory
    Stream<DynamicTest> registerFormErrorsAreSchemaErrorsToo(@TempDir Path tmp) {
        return Stream.of(
                        "{\"entities\": [{\"id\": \"x\", \"type\": \"person\", \"name\": \"X\", \"nickname\": \"Y\"}]}",
                        "{\"entities\": [{\"id\": \"x\", \"type\": \"robot\", \"name\": \"X\"}]}",
                        "{\"entities\": [{\"id\": \"x\", \"type\": \"person\"}]}",
                        "{\"entities\": [{\"id\": \"x\", \"type\": \"anonymousSource\", \"name\": \"X\"}]}",
                        "{\"entities\": [{\"id\": \"x\", \"type\": \"person\", \"name\": \"X\", \"wikidata\": \"42\"}]}",
                        "{\"events\": [{\"id\": \"e\", \"type\": \"meeting\"}]}",
                        "{\"claims\": [{\"id\": \"c\", \"label\": \"C\", \"contradicts\": [\"not an id\"]}]}")
                .map(json -> DynamicTest.dynamicTest(json, () -> {
                    assertFalse(corpusSchema.validate(JSON.readTree(json)).isEmpty(), "passes the schema: " + json);
                    Path data = Files.createTempDirectory(tmp, "register");
                    Files.createDirectories(data.resolve("articles"));
                    Files.createDirectories(data.resolve("corpus"));
                    Files.writeString(data.resolve("corpus/register.json"), json);
                    InputError e = assertThrows(InputError.class, () -> Build.build(data, Build.DEFAULT_BASE), json);
                    assertTrue(e.getMessage().startsWith(data.resolve("corpus/register.json") + ": /"), e.getMessage());
                }));
    }
}
