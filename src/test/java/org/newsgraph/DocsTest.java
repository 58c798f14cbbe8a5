package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/** The README stays true: it shows every command's real --help and has a section per catalogue query. */
class DocsTest {

    static final Path README = Path.of("README.md");

    @TestFactory
    Stream<DynamicTest> readmeShowsEachCommandsCurrentHelp() throws Exception {
        String readme = Files.readString(README);
        CommandLine main = Main.commandLine();
        Stream<DynamicTest> top = Stream.of(DynamicTest.dynamicTest("newsgraph --help",
                () -> assertTrue(readme.contains(help(main)), "README lacks the current `newsgraph --help`")));
        Stream<DynamicTest> subs = main.getSubcommands().entrySet().stream()
                .filter(e -> !e.getKey().equals("help"))
                .map(e -> DynamicTest.dynamicTest("newsgraph " + e.getKey() + " --help", () -> {
                    assertTrue(readme.contains("### `newsgraph " + e.getKey() + "`"), "no section for " + e.getKey());
                    assertTrue(readme.contains(help(e.getValue())),
                            "README lacks the current `newsgraph " + e.getKey() + " --help`:\n" + help(e.getValue()));
                }));
        return Stream.concat(top, subs);
    }

    @TestFactory
    Stream<DynamicTest> readmeHasASectionPerCatalogueQuery() throws Exception {
        String readme = Files.readString(README);
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted()
                .map(p -> p.getFileName().toString().replace(".rq", ""))
                .map(name -> DynamicTest.dynamicTest(name, () -> assertTrue(
                        readme.contains("### " + name + ":") && readme.contains("$ ./newsgraph query " + name + "\n"),
                        "README has no section with the output of " + name)));
    }

    private static String help(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w));
        return w.toString().strip();
    }
}
