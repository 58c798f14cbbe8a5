package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.AGENT_TYPES;
import static org.newsgraph.mapping.EntityTypes.ORGANIZATION_TYPES;
import static org.newsgraph.mapping.MappingContext.PUBLICATION_ID;
import static org.newsgraph.mapping.MappingContext.comment;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.Membership;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.ORG;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/**
 * Maps the memberships: positions held, and when, relative to events of the article and to
 * its publication. Runs after the publication event is mapped.
 */
final class MembershipMapper {

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    MembershipMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    void map(Membership m, String p) {
        Resource r = g.createResource(ctx.iris.membership(m.id()));
        Resource member = ctx.entityRef(m.member(), p + "/member", "member", AGENT_TYPES);
        Resource organization = ctx.entityRef(m.organization(), p + "/organization", "organization", ORGANIZATION_TYPES);
        r.addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member)
                .addProperty(ORG.organization, organization)
                .addProperty(ORG.role, ctx.concept("position", NG.Positions, m.role(), p + "/role", "position"))
                .addProperty(RDFS.label, label(m, p));
        Resource during = g.createResource(r.getURI() + "/time");
        during.addProperty(RDF.type, TIME.Interval);
        r.addProperty(ORG.memberDuring, during);
        for (int i = 0; i < m.heldDuring().size(); i++) {
            String id = m.heldDuring().get(i);
            ctx.ref(id, p + "/heldDuring/" + i, "event", EnumSet.of(Kind.EVENT));
            during.addProperty(TIME.intervalContains, g.createResource(ctx.iris.event(id) + "/time"));
        }
        if (m.heldAtPublication() != null) {
            if (ctx.publicationTime == null) {
                throw ctx.err(p + "/heldAtPublication", "heldAtPublication needs the publication date, but the article"
                        + " has no publication date");
            }
            r.addLiteral(NG.heldAtPublication, m.heldAtPublication().booleanValue());
            if (m.heldAtPublication()) {
                during.addProperty(TIME.intervalContains, ctx.publicationTime);
            } else {
                if (m.heldDuring().contains(PUBLICATION_ID)) {
                    throw ctx.err(p + "/heldAtPublication", "held during \"publication\" but heldAtPublication is false");
                }
                during.addProperty(TIME.before, ctx.publicationTime);
            }
        }
        comment(r, m.note());
        spans.denotedBy(r, m.evidence(), p + "/evidence", true, "a membership");
    }

    /** "then-" at the start of a word, as the shapes find it. */
    private static final Pattern THEN = Pattern.compile("(^|[^A-Za-z])then-",
            Pattern.CASE_INSENSITIVE);

    /** The position's label, without "then-": when it was held is said by heldAtPublication and heldDuring. */
    private String label(Membership m, String p) {
        String label = ctx.required(m.label(), p, "missing \"label\"");
        Matcher then = THEN.matcher(label);
        if (then.find()) {
            throw ctx.err(p + "/label", "a membership label names the position without \"then-\" (write \""
                    + then.replaceAll("$1") + "\"): when it was held is said by heldAtPublication and heldDuring");
        }
        return label;
    }
}
