package org.newsgraph.draft;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.annotation.TextFiles;

/**
 * Drafts every curated article of a data folder and scores the drafts against the curated
 * annotations, with CoreNLP alone (its NER, SUTime's normalisation and its own quote attribution)
 * as the baseline; {@link #markdown()} is EVALUATION.md.
 */
public final class Evaluation {

    /** One article's scores: the draft's and the baseline's, and how long drafting took. */
    public record Row(String slug, Scores draft, Scores baseline, double seconds) {
    }

    private final Path data;
    private final List<Row> rows = new ArrayList<>();
    private double loadSeconds;

    public Evaluation(Path data) {
        this.data = data;
    }

    public List<Row> rows() {
        return rows;
    }

    public double loadSeconds() {
        return loadSeconds;
    }

    /** Drafts and scores every article with an annotation.json (the draft pipeline loaded once; the baseline once). */
    public Evaluation run(PrintWriter log) throws IOException {
        return run(log, true);
    }

    public Evaluation run(PrintWriter log, boolean withBaseline) throws IOException {
        Path articles = data.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new DraftException(data + ": no articles folder to evaluate");
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(articles)) {
            dirs = s.filter(p -> Files.isRegularFile(p.resolve("annotation.json"))).sorted().toList();
        }
        long t0 = System.nanoTime();
        Drafter drafter = new Drafter(Nlp.drafting(), null);
        loadSeconds = (System.nanoTime() - t0) / 1e9;
        Nlp baseline = withBaseline ? Nlp.baseline() : null;
        for (Path dir : dirs) {
            long t1 = System.nanoTime();
            Drafter.Result r = drafter.draft(dir);
            double seconds = (System.nanoTime() - t1) / 1e9;
            Curated c = new Curated(dir.resolve("annotation.json"), r.draft().text);
            Scores b = null;
            if (baseline != null) {
                String text = TextFiles.readUtf8(dir.resolve("article.txt"));
                b = Scores.baseline(c, baseline.parse(text, published(dir)));
            }
            rows.add(new Row(dir.getFileName().toString(), Scores.of(c, r.draft()), b, seconds));
            if (log != null) {
                log.println("evaluated " + dir.getFileName());
                log.flush();
            }
        }
        return this;
    }

    private static java.time.LocalDate published(Path dir) {
        var a = Drafter.existingArticle(dir.resolve("annotation.json"));
        return a != null && a.hasNonNull("published") ? java.time.LocalDate.parse(a.get("published").asText()) : null;
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Evaluation of `newsgraph draft`\n\n");
        sb.append("Machine drafts (`./newsgraph draft`) measured against the curated annotations of the\n"
                + "corpus fixture (`src/test/resources/corpus`: the seed article and the digests). Regenerate with\n\n"
                + "```sh\n./newsgraph draft --evaluate src/test/resources/corpus --out EVALUATION.md\n```\n\n"
                + "Each cell is *found/curated* (recall) and *right/proposed* (precision). An entity is found\n"
                + "when one of the draft's mentions overlaps one of its curated mentions (by referent) and a\n"
                + "quote when the draft's quote overlaps it and its speaker is the curated speaker (a mention\n"
                + "of the draft's speaker overlaps one of the curated speaker's). A time is right when its\n"
                + "words overlap and its precision (day, month, year, part of year, described) is the curated\n"
                + "one. The baseline is CoreNLP 4.5.10 alone, as a new user runs it\n"
                + "(`tokenize,ssplit,pos,lemma,ner,depparse,coref,quote`): its named entities, SUTime's\n"
                + "normalisation and its own quote attribution; it has no notion of anonymous sources,\n"
                + "denials or declined comments (—).\n\n");
        sb.append("## All articles\n\n");
        table(sb, rows);
        for (Row r : rows) {
            sb.append("\n## ").append(r.slug()).append("\n\n");
            table(sb, List.of(r));
            List<String> misses = new ArrayList<>();
            for (Scores.Category c : r.draft().all()) {
                if (c == r.draft().mentions) {
                    continue;
                }
                c.missing.forEach(m -> misses.add("- missed (" + c.name + "): " + m));
                c.extra.forEach(m -> misses.add("- not curated (" + c.name + "): " + m));
            }
            if (!misses.isEmpty()) {
                sb.append('\n');
                misses.forEach(m -> sb.append(m.replace("|", "\\|")).append('\n'));
            }
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        sb.append(String.format(Locale.ROOT, "%nTiming on the machine that wrote this file (%d cores, system load average"
                + " %.1f at the end of the run, so other work shared the cores): CoreNLP's drafting models load in %.1f s"
                + " (wall clock); drafting took %s.%n", Runtime.getRuntime().availableProcessors(), load, loadSeconds,
                timing()));
        return sb.toString();
    }

    private String timing() {
        List<String> parts = new ArrayList<>();
        for (Row r : rows) {
            parts.add(String.format(Locale.ROOT, "%s %.1f s", r.slug(), r.seconds()));
        }
        return String.join(", ", parts);
    }

    private static void table(StringBuilder sb, List<Row> rows) {
        sb.append("| | draft recall | draft precision | CoreNLP recall | CoreNLP precision |\n|---|---|---|---|---|\n");
        Scores first = rows.get(0).draft();
        for (int i = 0; i < first.all().size(); i++) {
            int gh = 0, g = 0, fr = 0, f = 0, bgh = 0, bg = 0, bfr = 0, bf = 0;
            boolean hasBaseline = true;
            for (Row r : rows) {
                Scores.Category c = r.draft().all().get(i);
                gh += c.goldHit;
                g += c.gold;
                fr += c.foundRight;
                f += c.found;
                if (r.baseline() == null) {
                    hasBaseline = false;
                    continue;
                }
                Scores.Category b = r.baseline().all().get(i);
                bgh += b.goldHit;
                bg += b.gold;
                bfr += b.foundRight;
                bf += b.found;
            }
            String name = first.all().get(i).name;
            boolean baselineKnows = hasBaseline && !(name.startsWith("anonymous") || name.startsWith("denials")
                    || name.startsWith("declined"));
            boolean baselineRecall = baselineKnows && !name.startsWith("their mentions");
            boolean baselinePrecision = baselineKnows && !name.startsWith("named");
            sb.append("| ").append(name).append(" | ").append(cell(gh, g)).append(" | ").append(cell(fr, f)).append(" | ")
                    .append(baselineRecall ? cell(bgh, bg) : "—").append(" | ")
                    .append(baselinePrecision ? cell(bfr, bf) : "—").append(" |\n");
        }
    }

    static String cell(int hit, int total) {
        return total == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.2f", hit, total, (double) hit / total);
    }
}
