package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.mapping.Build;
import org.newsgraph.validate.Validation;

/** What the draft tests share: one CoreNLP pipeline per test run, the fixtures, and the validity checks. */
final class Fixtures {

    static final Path SEED = Path.of("src/test/resources/seed/articles/cnn-2019-09-09-russia-extraction");
    static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Drafter drafter;
    private static JsonSchema schema;

    private Fixtures() {
    }

    /** The drafting pipeline, loaded once for all test classes of the run. */
    static synchronized Drafter drafter() {
        if (drafter == null) {
            drafter = new Drafter(Nlp.drafting(), null);
        }
        return drafter;
    }

    /** The draft is valid against the JSON Schema, and the project's own builder maps it to a graph that conforms. */
    static void assertValid(JsonNode draft, Path articleDir, Path tmp) throws IOException {
        Set<ValidationMessage> problems = schema().validate(draft);
        assertTrue(problems.isEmpty(), "the draft does not pass the JSON Schema: " + problems);
        Path input = tmp.resolve("input");
        Path article = input.resolve("articles").resolve(articleDir.getFileName());
        Files.createDirectories(article);
        Files.copy(articleDir.resolve("article.txt"), article.resolve("article.txt"));
        Files.writeString(article.resolve("annotation.json"), DraftWriter.JSON.writeValueAsString(draft));
        Path register = articleDir.toAbsolutePath().getParent().getParent().resolve("corpus");
        if (Files.isDirectory(register)) {
            Files.createDirectories(input.resolve("corpus"));
            try (Stream<Path> s = Files.list(register)) {
                for (Path f : s.toList()) {
                    Files.copy(f, input.resolve("corpus").resolve(f.getFileName()));
                }
            }
        }
        DatasetGraph graph = Build.build(input, Build.DEFAULT_BASE);
        Validation.Report report = Validation.validate(graph);
        assertTrue(report.conforms(), "the draft's graph does not conform: " + report.text());
    }

    private static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(Path.of("data/schema/annotation.schema.json"))) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            }
        }
        return schema;
    }
}
