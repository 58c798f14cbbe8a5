package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.docs.CatalogueDocument;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import picocli.CommandLine;

/**
 * The documentation stays true: the README shows every command's real --help, the real output of the
 * query commands it shows, and a table of the catalogue; queries/CATALOGUE.md has a section per query.
 */
class DocsTest {

    static final Path README = Path.of("README.md");
    static final Path QUERIES = Path.of("queries");
    static final String CATALOGUE_SECTION = "## The query catalogue";

    /** Scratch folder for the store the README's query commands run against. */
    @TempDir
    static Path scratch;

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

    /**
     * The catalogue is documented: {@code queries/CATALOGUE.md} (generated, see
     * {@code CatalogueDocumentTest}) has a section per query, and the README's table of the
     * catalogue lists every query, in order, links that file and shows the current header of
     * the first query as its example.
     */
    @TestFactory
    Stream<DynamicTest> everyCatalogueQueryHasASectionAndAReadmeRow() throws Exception {
        String readme = Files.readString(README);
        String document = Files.readString(CatalogueDocument.FILE).replace("\r\n", "\n");
        List<CatalogueQuery> queries = Catalogue.fromDirectory(QUERIES).queries();
        List<String> rows = catalogueTable(readme);
        Stream<DynamicTest> readmeTests = Stream.of(
                DynamicTest.dynamicTest("README's table of the catalogue", () -> {
                    assertTrue(readme.contains("(queries/CATALOGUE.md)"), "README does not link queries/CATALOGUE.md");
                    assertEquals(queries.stream().map(CatalogueQuery::name).toList(), rows,
                            "the README's table (section \"" + CATALOGUE_SECTION + "\") does not list the catalogue's "
                                    + "queries, in order");
                }),
                DynamicTest.dynamicTest("README's example header", () -> {
                    CatalogueQuery first = queries.get(0);
                    String header = first.text().lines().takeWhile(l -> l.startsWith("#"))
                            .collect(Collectors.joining("\n", "```\n", "\n```"));
                    assertTrue(section(readme, CATALOGUE_SECTION).contains(header),
                            "the README's example header is not the current header of " + first.name() + ":\n" + header);
                }));
        Stream<DynamicTest> sections = queries.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            assertTrue(document.contains("\n### " + q.name() + ": " + q.title() + "\n"),
                    CatalogueDocument.FILE + " has no section '### " + q.name() + ": " + q.title() + "'; regenerate it: "
                            + CatalogueDocument.REGENERATE);
            assertTrue(document.contains("\n$ ./newsgraph query " + q.name() + "\n")
                            || document.contains("\n$ ./newsgraph query " + q.name() + " "),
                    CatalogueDocument.FILE + " does not show the output of " + q.name());
        }));
        return Stream.concat(readmeTests, sections);
    }

    /**
     * Every {@code query} command the README shows with its output (a code block starting
     * {@code $ ./newsgraph query ...}) shows what that command prints now, on the data folder's corpus.
     */
    @TestFactory
    Stream<DynamicTest> readmeQueryExamplesShowTheirRealOutput() throws Exception {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("```\n\\$ \\./newsgraph (query [^\n]*)\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String command = m.group(1);
            String shown = m.group(2);
            tests.add(DynamicTest.dynamicTest(command, () -> {
                String real = CatalogueDocument.run(scratch.resolve("store"), List.of(command.split("\\s+")));
                assertEquals(real, shown, "the README's output of ./newsgraph " + command + " is not what it prints now");
            }));
        }
        assertFalse(tests.isEmpty(), "the README shows no query command with its output");
        return tests.stream();
    }

    /** The names in the first column of the README's table of the catalogue ({@code | [NN-name](...) | ... |}). */
    private static List<String> catalogueTable(String readme) {
        Pattern row = Pattern.compile("^\\| \\[?([0-9]{2}-[a-z0-9-]+)\\]?");
        List<String> names = new ArrayList<>();
        for (String line : section(readme, CATALOGUE_SECTION).lines().toList()) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The text of a level-2 section of a Markdown text, up to the next level-2 heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        int end = markdown.indexOf("\n## ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String help(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w));
        return w.toString().strip();
    }
}
