package org.newsgraph.annotation;

/**
 * An event of the corpus register: what several articles give accounts of (each article's event
 * with {@code "corpus": id} is an {@code ng:accountOf} it, with its own time and spans).
 */
public record CorpusEvent(String id, String type, String label, String note) {
}
