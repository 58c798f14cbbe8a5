package org.newsgraph.draft;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code draft --compare}: what the draft has that the curated annotation lacks, and the reverse. */
final class Compare {

    private final String text;

    private Compare(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static Compare of(Path annotation, Draft draft) {
        if (!Files.isRegularFile(annotation)) {
            throw new DraftException(annotation + ": no curated annotation to compare the draft with");
        }
        Curated c = new Curated(annotation, draft.text);
        Scores s = Scores.of(c, draft);
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(annotation.getParent()).append(": draft vs curated\n");
        for (Scores.Category cat : s.all()) {
            sb.append(String.format(java.util.Locale.ROOT, "%s: curated %d, found %d of them; draft %d, right %d%n",
                    cat.name, cat.gold, cat.goldHit, cat.found, cat.foundRight));
            for (String m : cat.missing) {
                sb.append("  the draft lacks:   ").append(m).append('\n');
            }
            for (String x : cat.extra) {
                sb.append("  the curated lacks: ").append(x).append('\n');
            }
        }
        return new Compare(sb.toString());
    }
}
