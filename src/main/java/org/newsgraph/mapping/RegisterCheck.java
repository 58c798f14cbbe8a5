package org.newsgraph.mapping;

import org.newsgraph.annotation.CorpusEntity;
import org.newsgraph.annotation.Entity;

/**
 * Checks that an article's entity agrees with the register entity it refers to
 * ({@code "corpus": id}): the register gives the one node its types, label, names and Wikidata
 * item, so what the article says of them must be what the register says.
 */
final class RegisterCheck {

    private final MappingContext ctx;
    private final Register.Item<CorpusEntity> item;
    private final CorpusEntity reg;

    RegisterCheck(MappingContext ctx, Register.Item<CorpusEntity> item) {
        this.ctx = ctx;
        this.item = item;
        this.reg = item.value();
    }

    /** The register entity in words, for messages: {@code corpus entity "trump" (Donald Trump) in data/corpus/register.json}. */
    private String entry() {
        return "corpus entity \"" + reg.id() + "\" (" + Register.label(reg) + ") in " + item.path();
    }

    /**
     * Checks the article entity {@code e} at {@code p}: its name is a name of the register entity,
     * its types are among the register's, its Wikidata item and label are the register's (or
     * absent), and an anonymous source is one person or several as the register says.
     */
    void entity(Entity e, String p, boolean group) {
        if (e.name() != null && !e.name().equals(reg.name()) && !reg.alternativeNames().contains(e.name())) {
            throw ctx.err(p + "/name", "name \"" + e.name() + "\" is not a name of " + entry()
                    + ": add it to its alternativeNames");
        }
        if (!EntityTypes.isOneOf(e.type(), reg.type(), reg.alsoTypes())) {
            throw ctx.err(p + "/type", "type " + e.type() + " does not match " + entry() + ", of " + types());
        }
        for (int i = 0; i < e.alsoTypes().size(); i++) {
            String t = e.alsoTypes().get(i);
            if (!EntityTypes.isOneOf(t, reg.type(), reg.alsoTypes())) {
                throw ctx.err(p + "/alsoTypes/" + i, "further type " + t + " is not a type of " + entry() + " ("
                        + types() + "): add it to its alsoTypes");
            }
        }
        if (e.wikidata() != null && !e.wikidata().equals(reg.wikidata())) {
            throw ctx.err(p + "/wikidata", reg.wikidata() == null
                    ? "wikidata " + e.wikidata() + " is not in " + entry() + ": add it there (only if verified) or"
                            + " leave it out here"
                    : "wikidata " + e.wikidata() + " is not the Wikidata item of " + entry() + ", "
                            + reg.wikidata() + ": leave it out (the register's applies)");
        }
        if (e.label() != null && !e.label().equals(Register.label(reg))) {
            throw ctx.err(p + "/label", "label \"" + e.label() + "\" is not the label of " + entry() + ", \""
                    + Register.label(reg) + "\": leave it out (the register's applies)");
        }
        if ("anonymousSource".equals(reg.type())) {
            boolean several = Boolean.TRUE.equals(reg.plural());
            boolean single = (e.count() != null && e.count() == 1) || Boolean.FALSE.equals(e.plural());
            if (group && !several) {
                throw ctx.err(p, "the anonymous source covers several people here, but " + entry()
                        + " is one: give it \"plural\": true in the register");
            }
            if (single && several) {
                throw ctx.err(p, "the anonymous source is one person here, but " + entry() + " is plural");
            }
        }
    }

    private String types() {
        return "type " + reg.type() + (reg.alsoTypes().isEmpty() ? "" : " (also " + String.join(", ", reg.alsoTypes())
                + ")");
    }
}
