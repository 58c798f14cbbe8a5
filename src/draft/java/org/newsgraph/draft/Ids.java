package org.newsgraph.draft;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Local ids of drafted items, made from their names: readable, unique within the draft, deterministic. */
final class Ids {

    private Ids() {
    }

    /** The entity's id, minted on first use from its name, label or descriptor. */
    static String of(Draft.Entity e, Draft draft) {
        if (e.id == null) {
            String base = e.anonymous() ? "src-" + slug(e.descriptor)
                    : slug(e.name != null ? e.name : e.label != null ? e.label : e.type);
            e.id = unique(base, draft);
        }
        return e.id;
    }

    static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String[] words = n.split("-");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() + w.length() > 40) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(w);
        }
        return sb.length() == 0 ? "x" : Character.isLetter(sb.charAt(0)) ? sb.toString() : "x-" + sb;
    }

    private static String unique(String base, Draft draft) {
        Set<String> taken = new HashSet<>(Set.of("article", "publication"));
        for (Draft.Entity e : draft.entities) {
            if (e.id != null) {
                taken.add(e.id);
            }
        }
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
