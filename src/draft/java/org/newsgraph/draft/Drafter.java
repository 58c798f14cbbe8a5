package org.newsgraph.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.newsgraph.annotation.TextFiles;

/**
 * Drafts the annotation of one article folder: CoreNLP's named entities (loaded once, shared by
 * every article of a run) and our patterns for anonymous sources, statements, denials, times and
 * event candidates.
 */
public final class Drafter {

    /** A draft with the JSON it is written as. */
    public record Result(Path articleDir, Draft draft, ObjectNode json) {
    }

    private final Nlp nlp;
    private final Path gazetteerFile;

    public Drafter(Nlp nlp, Path gazetteerFile) {
        this.nlp = nlp;
        this.gazetteerFile = gazetteerFile;
    }

    public Result draft(Path articleDir) {
        Path textFile = articleDir.resolve("article.txt");
        TextFiles.requireRegularFile(textFile, "no article.txt in the article folder");
        String text = TextFiles.readUtf8(textFile);
        JsonNode article = existingArticle(articleDir.resolve("annotation.json"));
        LocalDate published = null;
        if (article != null && article.hasNonNull("published")) {
            try {
                published = LocalDate.parse(article.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new DraftException(articleDir.resolve("annotation.json") + ": /article/published: not a date: "
                        + article.get("published").asText());
            }
        }
        Gazetteer gazetteer = Gazetteer.load(articleDir, gazetteerFile);
        Draft draft = draftText(text, published, gazetteer);
        return new Result(articleDir, draft, new DraftWriter(draft).write(article));
    }

    /** Drafts a text: the steps in order, each reading what the ones before found. */
    public Draft draftText(String text, LocalDate published, Gazetteer gazetteer) {
        Nlp.Parsed parsed = nlp.parse(text, published);
        Draft draft = new Draft(text);
        new EntityDrafter(parsed, gazetteer, draft).run();
        new SourcePatterns(parsed, draft).run();
        new StatementPatterns(parsed, draft).run();
        new TimePatterns(text, published, draft).run();
        new EventPatterns(parsed, draft).run();
        draft.entities.sort(Comparator.comparing((Draft.Entity e) -> e.mentions.stream().min(Comparator.naturalOrder()).orElseThrow()));
        for (Draft.Entity e : draft.entities) {
            Ids.of(e, draft);
        }
        for (int i = 0; i < draft.statements.size(); i++) {
            draft.statements.get(i).id = "s-" + (i + 1);
        }
        for (int i = 0; i < draft.events.size(); i++) {
            Draft.Event e = draft.events.get(i);
            e.id = "e-" + (i + 1) + "-" + e.type;
        }
        return draft;
    }

    /** The article part of an existing annotation.json (its metadata: date, headline), or null. */
    static JsonNode existingArticle(Path annotation) {
        if (!Files.isRegularFile(annotation)) {
            return null;
        }
        try {
            return DraftWriter.JSON.readTree(annotation.toFile()).get("article");
        } catch (IOException e) {
            throw new DraftException(annotation + ": not readable JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
