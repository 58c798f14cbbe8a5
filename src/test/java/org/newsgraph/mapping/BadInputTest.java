package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.annotation.InputError;

/**
 * One folder per bad-input case under src/test/resources/bad-input: the data folder and
 * {@code expected-error.txt}, the exact one-line message (file paths relative to the case
 * folder; "..." stands for any text, e.g. a list that grows with the schemes). The case "valid" is the unbroken input the others are made from; it must build.
 */
class BadInputTest {

    static final Path CASES = Path.of("src/test/resources/bad-input");

    @TestFactory
    Stream<DynamicTest> eachCaseFailsWithItsMessage() throws IOException {
        return Files.list(CASES).filter(Files::isDirectory).sorted()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        String expected = Files.readString(dir.resolve("expected-error.txt"), StandardCharsets.UTF_8).strip();
        if (expected.isEmpty()) {
            assertTrue(Build.build(dir, Build.DEFAULT_BASE).listGraphNodes().hasNext());
            return;
        }
        InputError e = assertThrows(InputError.class, () -> Build.build(dir, Build.DEFAULT_BASE));
        String actual = e.getMessage().replace(dir + "/", "");
        if (expected.contains("...")) {
            String pattern = Arrays.stream(expected.split("\\.\\.\\.", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*"));
            assertTrue(actual.matches(pattern), "expected " + expected + "\n but was " + actual);
        } else {
            assertEquals(expected, actual);
        }
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
