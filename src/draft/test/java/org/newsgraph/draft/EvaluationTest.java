package org.newsgraph.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation over every curated article of the corpus fixture; EVALUATION.md must show the
 * draft's current figures (regenerate it with the command it names). The baseline columns are
 * computed by that command, not here (CoreNLP's coreference is too slow for the test run).
 */
class EvaluationTest {

    static Evaluation evaluation;

    @BeforeAll
    static void run() throws Exception {
        evaluation = new Evaluation(Fixtures.CORPUS).run(null, false);
    }

    @Test
    void everyCuratedArticleOfTheCorpusIsEvaluated() throws Exception {
        List<String> curated;
        try (Stream<Path> s = Files.list(Fixtures.CORPUS.resolve("articles"))) {
            curated = s.filter(p -> Files.exists(p.resolve("annotation.json"))).map(p -> p.getFileName().toString())
                    .sorted().toList();
        }
        assertEquals(curated, evaluation.rows().stream().map(Evaluation.Row::slug).toList());
        assertTrue(curated.size() > 1);
    }

    @Test
    void evaluationMdShowsTheCurrentFigures() throws Exception {
        String md = Files.readString(Path.of("EVALUATION.md"));
        String current = evaluation.markdown();
        for (String line : current.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| |")).toList()) {
            String draftCells = line.substring(0, nthBar(line, 4));
            assertTrue(md.contains(draftCells), "EVALUATION.md is out of date (regenerate: ./newsgraph draft --evaluate "
                    + "src/test/resources/corpus --out EVALUATION.md); no line starts with: " + draftCells);
        }
    }

    private static int nthBar(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf('|', at + 1);
        }
        return at + 1;
    }
}
