package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the draft command's current help, and the brat mapping file it documents exists. */
class DraftDocsTest {

    @Test
    void readmeShowsTheCurrentHelp() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String help = BratImportTest.run("--help").out().stripTrailing();
        assertTrue(readme.contains("```\n" + help + "\n```"), "README.md has no block with the current help:\n" + help);
    }

    @Test
    void theBratMappingIsDocumented() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("src/draft/resources/org/newsgraph/draft/brat-mapping.json"));
        assertTrue(Files.exists(Path.of("src/draft/resources/org/newsgraph/draft/brat-mapping.json")));
    }
}
