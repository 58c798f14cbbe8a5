package org.newsgraph.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, organisations and places from CoreNLP's named entities, merged into one entity per
 * referent: a surname or a short form joins the full name ("Trump" and "President Donald Trump"),
 * an acronym its expansion ("CIA", "Central Intelligence Agency"), names the gazetteer lists as
 * one entity join it, and "the President" joins the person last named with that title.
 */
final class EntityDrafter {

    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?i)\\b(agency|department|ministry|kremlin|white house|congress|senate|parliament|government|administration"
                    + "|bureau|council|pentagon|duma|commission|office of)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(.+)$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?:^|\\s)((?:\\p{Lu}\\p{Ll}+(?:an|ese|ish|i) )?)(President|Prime Minister|Chancellor|Secretary of State|Foreign Minister)$");
    private static final Pattern THE_TITLE = Pattern.compile(
            "\\b[Tt]he ((?:\\p{Lu}\\p{Ll}+(?:an|ese|ish|i) )?)([Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ss]ecretary of [Ss]tate|[Ff]oreign [Mm]inister)\\b(?! of\\b)(?!\\s+\\p{Lu})");

    private final Nlp.Parsed parsed;
    private final Gazetteer gazetteer;
    private final Draft draft;

    EntityDrafter(Nlp.Parsed parsed, Gazetteer gazetteer, Draft draft) {
        this.parsed = parsed;
        this.gazetteer = gazetteer;
        this.draft = draft;
    }

    private static String ourType(String ner, String text) {
        return switch (ner) {
            case "PERSON" -> "person";
            case "ORGANIZATION" -> GOVERNMENT.matcher(text).find() ? "government" : "organization";
            case "COUNTRY" -> "country";
            case "CITY", "LOCATION", "STATE_OR_PROVINCE" -> "place";
            default -> null;
        };
    }

    void run() {
        String text = parsed.text();
        Map<String, Draft.Entity> byKey = new LinkedHashMap<>();
        for (Nlp.Mention m : parsed.mentions()) {
            String surface = m.span().of(text);
            String type = ourType(m.type(), surface);
            if (type == null || !Character.isUpperCase(surface.codePointAt(0)) && !surface.startsWith("the ")) {
                continue;   // pronouns and lower-case words are not names
            }
            for (Span s : split(m.span(), type)) {
                add(byKey, s, type, m.type());
            }
        }
        knownNames(byKey);
        mergeShortForms(byKey);
        List<Draft.Entity> entities = new ArrayList<>(byKey.values());
        titleMentions(entities);
        for (Draft.Entity e : entities) {
            e.mentions.sort(null);
            Gazetteer.Known k = gazetteer.find(e.name);
            if (k != null) {
                e.name = k.name();
                if (k.corpusId() != null) {
                    e.corpus = k.corpusId();
                } else if (k.wikidata() != null && !k.wikidata().isEmpty()) {
                    e.wikidata = k.wikidata();
                }
                if (k.type() != null && !k.type().equals("anonymousSource")) {
                    e.type = k.type();
                }
            }
            draft.entities.add(e);
        }
    }

    /**
     * A name the register or the gazetteer lists is a mention wherever it occurs as whole words,
     * even where CoreNLP's model has not tagged it ("CNSNews", "Polygraph.info").
     */
    private void knownNames(Map<String, Draft.Entity> byKey) {
        String text = parsed.text();
        for (Gazetteer.Known k : gazetteer.all()) {
            String type = k.type();
            if (type == null || !List.of("person", "organization", "government", "country", "place").contains(type)) {
                continue;
            }
            for (String name : k.names()) {
                if (name.length() < 3 || !Character.isUpperCase(name.codePointAt(0))) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    Span s = new Span(m.start(), m.end());
                    boolean covered = byKey.values().stream().anyMatch(e -> e.mentions.stream().anyMatch(x -> x.overlaps(s)));
                    if (covered) {
                        continue;
                    }
                    Draft.Entity e = byKey.computeIfAbsent("k:" + k.name(), key -> {
                        Draft.Entity n = new Draft.Entity();
                        n.type = type;
                        n.name = k.name();
                        n.mark = new Draft.Mark("gazetteer", 0.95);
                        return n;
                    });
                    e.mentions.add(s);
                }
            }
        }
    }

    /** "Trump's Oval Office" is two names; "Trump-Putin" two people. */
    private List<Span> split(Span s, String type) {
        String surface = s.of(parsed.text());
        List<Span> out = new ArrayList<>();
        Matcher pm = POSSESSIVE.matcher(surface);
        if (pm.matches()) {
            out.add(new Span(s.begin(), s.begin() + pm.end(1)));
            out.add(new Span(s.begin() + pm.start(2), s.end()));
            return out;
        }
        if (surface.matches("\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+")) {
            int dash = surface.indexOf('-');
            out.add(new Span(s.begin(), s.begin() + dash));
            out.add(new Span(s.begin() + dash + 1, s.end()));
            return out;
        }
        out.add(s);
        return out;
    }

    private void add(Map<String, Draft.Entity> byKey, Span s, String type, String ner) {
        String surface = s.of(parsed.text()).replaceFirst("^(?i:the)\\s+", "");
        Gazetteer.Known k = gazetteer.find(surface);
        String key = k != null ? "k:" + k.name() : surface.toLowerCase(Locale.ROOT);
        Draft.Entity e = byKey.get(key);
        if (e == null) {
            // A part of a hyphenated pair ("Trump-Putin") joins an entity already named, never makes one.
            e = new Draft.Entity();
            e.type = type;
            e.name = surface;
            e.mark = new Draft.Mark("corenlp-ner:" + ner, 0.9);
            byKey.put(key, e);
        }
        if (surface.length() > e.name.length() && k == null) {
            e.name = surface;
        }
        e.mentions.add(s);
    }

    /** A one-word name that ends a longer name of the same kind, or an acronym of it, joins it. */
    private void mergeShortForms(Map<String, Draft.Entity> byKey) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (String shortKey : keys) {
            Draft.Entity shortE = byKey.get(shortKey);
            if (shortE == null || shortE.name.contains(" ")) {
                continue;
            }
            Draft.Entity target = null;
            for (String longKey : keys) {
                Draft.Entity longE = byKey.get(longKey);
                if (longE == null || longE == shortE || !longE.name.contains(" ")) {
                    continue;
                }
                boolean sameKind = sameKind(shortE.type, longE.type);
                String[] words = longE.name.split("\\s+");
                boolean surname = sameKind && longE.type.equals("person") && words[words.length - 1].equals(shortE.name);
                boolean acronym = !longE.type.equals("person") && shortE.name.length() >= 2
                        && shortE.name.equals(initials(words));
                if (surname || acronym) {
                    target = longE;
                    break;
                }
            }
            if (target != null) {
                target.mentions.addAll(shortE.mentions);
                if (target.type.equals("organization") && shortE.type.equals("government")) {
                    target.type = "government";
                }
                byKey.remove(shortKey);
            }
        }
    }

    private static boolean sameKind(String a, String b) {
        return a.equals(b) || !a.equals("person") && !b.equals("person");
    }

    private static String initials(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** "the President" is the person last named as "President X" before it. */
    private void titleMentions(List<Draft.Entity> entities) {
        String text = parsed.text();
        List<Object[]> events = new ArrayList<>();   // {offset, title, entity} in text order
        for (Draft.Entity e : entities) {
            if (!e.type.equals("person")) {
                continue;
            }
            for (Span m : new ArrayList<>(e.mentions)) {
                String before = text.substring(Math.max(0, m.begin() - 40), m.begin()).stripTrailing();
                Matcher tm = TITLE_WORDS.matcher(before);
                if (tm.find()) {
                    events.add(new Object[] {m.begin(), (tm.group(1) + tm.group(2)).toLowerCase(Locale.ROOT), e});
                }
            }
        }
        events.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        Matcher the = THE_TITLE.matcher(text);
        while (the.find()) {
            Draft.Entity holder = null;
            for (Object[] ev : events) {
                if ((Integer) ev[0] < the.start()
                        && ev[1].equals((the.group(1) + the.group(2)).toLowerCase(Locale.ROOT))) {
                    holder = (Draft.Entity) ev[2];
                }
            }
            if (holder != null) {
                holder.mentions.add(new Span(the.start(), the.end()));
            }
        }
    }
}
