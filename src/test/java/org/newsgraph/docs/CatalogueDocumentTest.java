package org.newsgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code queries/CATALOGUE.md} is the current output of the catalogue: the test generates the
 * text again ({@link CatalogueDocument}) and compares it with the committed file. With
 * {@code -Dnewsgraph.regenerate=true} it writes the file instead (and passes).
 */
class CatalogueDocumentTest {

    /** System property that makes the test rewrite the file. */
    static final String REGENERATE = "newsgraph.regenerate";

    @Test
    void catalogueDocumentIsCurrent(@TempDir Path scratch) throws Exception {
        String generated = CatalogueDocument.generate(scratch.resolve("store"));
        Path file = CatalogueDocument.FILE;
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            System.out.println("CatalogueDocumentTest: wrote " + file);
            return;
        }
        String committed = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n") : null;
        if (!generated.equals(committed)) {
            fail(file + (committed == null ? " is missing" : " is out of date: " + firstDifference(committed, generated))
                    + "\nRegenerate it with: " + CatalogueDocument.REGENERATE + "\nand commit the result.");
        }
    }

    /** The cut table keeps the CLI's lines and ends with its count line. */
    @Test
    void aLongTableIsCutAndSaysHowManyRowsItHas() {
        StringBuilder table = new StringBuilder("a  b\n-  -\n");
        for (int i = 1; i <= 20; i++) {
            table.append(i).append("  x\n");
        }
        table.append("20 rows\n");
        List<String> lines = CatalogueDocument.cutTable(table.toString()).lines().toList();
        assertEquals(2 + CatalogueDocument.MAX_ROWS + 1, lines.size(), lines::toString);
        assertEquals("12  x", lines.get(2 + CatalogueDocument.MAX_ROWS - 1));
        assertEquals("\u2026 20 rows in all", lines.get(lines.size() - 1));
        String shortTable = "a  b\n-  -\n1  x\n1 row\n";
        assertEquals(shortTable, CatalogueDocument.cutTable(shortTable));
    }

    @Test
    void theRegenerateCommandNamesThisTestAndProperty() {
        assertTrue(CatalogueDocument.REGENERATE.contains("-Dtest=" + getClass().getSimpleName())
                && CatalogueDocument.REGENERATE.contains("-D" + REGENERATE + "=true"), CatalogueDocument.REGENERATE);
    }

    /** Where two texts first differ: the line number and both versions of that line. */
    static String firstDifference(String committed, String generated) {
        List<String> a = committed.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " is\n  " + x + "\nbut the current output is\n  " + y;
            }
        }
        return "they differ only in the final newline";
    }
}
