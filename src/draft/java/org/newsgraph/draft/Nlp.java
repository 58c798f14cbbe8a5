package org.newsgraph.draft;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per run and reused for every article: tokens, sentences, parts of
 * speech, lemmas and named entities (with SUTime). The baseline pipeline adds dependency parsing,
 * coreference and CoreNLP's own quote attribution; it is loaded only for the evaluation.
 */
public final class Nlp {

    /** A token with its span, part of speech, lemma and entity tag. */
    public record Token(Span span, String word, String pos, String lemma, String ner) {
    }

    /** A named-entity mention as CoreNLP tags it; for a time, SUTime's TIMEX3 value (else null). */
    public record Mention(Span span, String type, String timex) {
    }

    /** A quote with the speaker CoreNLP attributes it to (its text), if any. */
    public record Quote(Span span, Span speaker, String speakerText) {
    }

    /** What CoreNLP gives for one text. */
    public record Parsed(String text, List<Span> sentences, List<Token> tokens, List<Mention> mentions,
            List<Quote> quotes) {
        public Span sentenceOf(int offset) {
            for (Span s : sentences) {
                if (s.begin() <= offset && offset < s.end()) {
                    return s;
                }
            }
            return new Span(Math.max(0, Math.min(offset, text.length())), Math.min(text.length(), offset + 1));
        }
    }

    private final StanfordCoreNLP pipeline;
    private final boolean baseline;

    private Nlp(boolean baseline) {
        this.baseline = baseline;
        Properties p = new Properties();
        p.setProperty("annotators", baseline
                ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"
                : "tokenize,ssplit,pos,lemma,ner");
        if (!baseline) {
            // Drafting needs names only (our own patterns read times): one CRF model, no SUTime.
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
        }
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (baseline) {
            p.setProperty("coref.algorithm", "statistical");
        }
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The drafting pipeline: tokens, sentences, POS, lemmas, NER with SUTime. */
    public static Nlp drafting() {
        return new Nlp(false);
    }

    /** CoreNLP as a new user runs it, with coreference and its quote attribution (the baseline). */
    public static Nlp baseline() {
        return new Nlp(true);
    }

    public Parsed parse(String text, LocalDate date) {
        CoreDocument doc = new CoreDocument(text);
        if (date != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(doc);
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            sentences.add(new Span(s.charOffsets().first(), s.charOffsets().second()));
            for (CoreLabel t : s.tokens()) {
                tokens.add(new Token(new Span(t.beginPosition(), t.endPosition()), t.word(), t.tag(), t.lemma(),
                        t.ner()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            edu.stanford.nlp.time.Timex t = m.coreMap().get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class);
            mentions.add(new Mention(new Span(m.charOffsets().first(), m.charOffsets().second()), m.entityType(),
                    t == null ? null : t.value()));
        }
        List<Quote> quotes = new ArrayList<>();
        if (baseline && doc.quotes() != null) {
            for (CoreQuote q : doc.quotes()) {
                Span qs = new Span(q.quoteCharOffsets().first(), q.quoteCharOffsets().second());
                Span speaker = q.speakerCharOffsets().map(o -> new Span(o.first(), o.second())).orElse(null);
                quotes.add(new Quote(qs, speaker, q.speaker().orElse(null)));
            }
        }
        return new Parsed(text, sentences, tokens, mentions, quotes);
    }
}
