package org.newsgraph.mapping;

import static org.newsgraph.mapping.EntityTypes.PLACE_TYPES;
import static org.newsgraph.mapping.MappingContext.comment;

import java.util.EnumSet;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.annotation.CorpusEvent;
import org.newsgraph.annotation.Event;
import org.newsgraph.annotation.Event.Participant;
import org.newsgraph.annotation.Event.Relation;
import org.newsgraph.annotation.Membership;
import org.newsgraph.mapping.MappingContext.Kind;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.SCHEMA;
import org.newsgraph.vocab.External.SEM;
import org.newsgraph.vocab.External.TIME;
import org.newsgraph.vocab.NG;

/**
 * Maps the events: type, participants in their roles (and whether they were all who took part),
 * place, parent event, topics, what the event acts upon, time, duration, and stated orders.
 */
final class EventMapper {

    private static final Map<String, Property> RELATIONS = Map.of(
            "after", TIME.after,
            "before", TIME.before,
            "during", TIME.intervalDuring,
            "contains", TIME.intervalContains,
            "overlaps", TIME.intervalOverlaps);

    private final MappingContext ctx;
    private final Model g;
    private final SpanMapper spans;

    EventMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.g = ctx.g;
        this.spans = new SpanMapper(ctx);
    }

    void map(Event e, String p) {
        Resource ev = g.createResource(ctx.iris.event(e.id()));
        ev.addProperty(RDF.type, SEM.Event)
                .addProperty(SEM.eventType, ctx.concept("event-type", NG.EventTypes, e.type(), p + "/type", "event type"))
                .addProperty(RDFS.label, ctx.required(e.label(), p, "missing \"label\""));
        if (e.corpus() != null) {
            Register.Item<CorpusEvent> shared = ctx.register.event(e.corpus(), ctx, p + "/corpus");
            if (!shared.value().type().equals(e.type())) {
                throw ctx.err(p + "/type", "event type " + e.type() + " does not match corpus event \""
                        + shared.value().id() + "\" (" + shared.value().label() + ") in " + shared.path() + ", of type "
                        + shared.value().type());
            }
            ev.addProperty(NG.accountOf, g.createResource(shared.iri()));
        }
        if (e.participants().isEmpty()) {
            throw ctx.err(p, "an event needs at least one participant");
        }
        for (int i = 0; i < e.participants().size(); i++) {
            Participant pt = e.participants().get(i);
            String pp = p + "/participants/" + i;
            Resource actor = ctx.entityRef(pt.actor(), pp + "/actor", "participant", null);
            ev.addProperty(SEM.hasActor, actor);
            Resource capacity = null;
            if (pt.as() != null) {
                Membership m = (Membership) ctx.ref(pt.as(), pp + "/as", "capacity (\"as\")",
                        EnumSet.of(Kind.MEMBERSHIP)).value();
                if (!pt.actor().equals(m.member())) {
                    throw ctx.err(pp + "/as", "membership \"" + pt.as() + "\" is held by \"" + m.member()
                            + "\", not by \"" + pt.actor() + "\"");
                }
                capacity = g.createResource(ctx.iris.membership(pt.as()));
            }
            addRole(ev, i, actor, ctx.concept("participant-role", NG.ParticipantRoles, pt.role(), pp + "/role",
                    "participant role"), capacity);
        }
        if (e.place() != null) {
            ev.addProperty(SEM.hasPlace, ctx.entityRef(e.place(), p + "/place", "place", PLACE_TYPES));
        }
        if (e.partOf() != null) {
            ctx.ref(e.partOf(), p + "/partOf", "parent event", EnumSet.of(Kind.EVENT));
            if (e.partOf().equals(e.id())) {
                throw ctx.err(p + "/partOf", "an event cannot be part of itself");
            }
            g.createResource(ctx.iris.event(e.partOf())).addProperty(SEM.hasSubEvent, ev);
        }
        for (int i = 0; i < e.about().size(); i++) {
            ev.addProperty(SCHEMA.about, ctx.topic(e.about().get(i), p + "/about/" + i));
        }
        objects(e, ev, p);
        if (e.exclusive() != null) {
            ev.addLiteral(NG.participantsExclusive, true)
                    .addProperty(NG.exclusivityStatedBy, spans.span(e.exclusive(), p + "/exclusive"));
        }
        comment(ev, e.note());
        spans.denotedBy(ev, e.evidence(), p + "/evidence", true, "an event");
        if (e.time() == null) {
            throw ctx.err(p, "an event needs a \"time\" (with year, month, day, qualifier or description, or basis"
                    + " relation)");
        }
        TimeMapper times = new TimeMapper(ctx);
        Resource interval = times.interval(ev, e.time(), p + "/time",
                e.relations().isEmpty() ? TimeMapper.Order.NONE_STATED : TimeMapper.Order.STATED);
        if (e.duration() != null) {
            times.duration(interval, e.duration(), p + "/duration");
        }
        relations(e, ev, interval, p);
    }

    /** What the event acts upon (ng:object): entities, events or claims, not its topic and not its actors. */
    private void objects(Event e, Resource ev, String p) {
        for (int i = 0; i < e.objects().size(); i++) {
            String id = e.objects().get(i);
            String op = p + "/objects/" + i;
            Resource object = ctx.nodeRef(id, op, "object", MappingContext.TOPIC_KINDS);
            if (id.equals(e.id())) {
                throw ctx.err(op, "an event cannot act upon itself");
            }
            ev.addProperty(NG.object, object);
        }
    }

    /** The stated orders between this event and others, between their time intervals. */
    private void relations(Event e, Resource ev, Resource interval, String p) {
        for (int i = 0; i < e.relations().size(); i++) {
            Relation rel = e.relations().get(i);
            String rp = p + "/relations/" + i;
            Property prop = RELATIONS.get(ctx.required(rel.type(), rp, "missing \"type\""));
            if (prop == null) {
                throw ctx.err(rp + "/type", "unknown relation \"" + rel.type() + "\" (known: after, before, contains,"
                        + " during, overlaps)");
            }
            ctx.ref(rel.event(), rp + "/event", "related event", EnumSet.of(Kind.EVENT));
            if (rel.event().equals(e.id())) {
                throw ctx.err(rp + "/event", "an event cannot be related to itself");
            }
            Resource other = g.createResource(ctx.iris.event(rel.event()));
            interval.addProperty(prop, g.createResource(ctx.iris.event(rel.event()) + "/time"));
            Resource node = g.createResource(ctx.iris.event(e.id()) + "/relation/" + i);
            node.addProperty(RDF.type, NG.TemporalRelation)
                    .addProperty(NG.fromEvent, ev)
                    .addProperty(NG.relation, prop)
                    .addProperty(NG.toEvent, other);
            if (rel.qualifier() != null) {
                node.addProperty(NG.qualifier, rel.qualifier());
            }
            if (rel.evidence() == null) {
                throw ctx.err(rp, "a stated order needs \"evidence\": the words that state it (e.g. \"soon after\")");
            }
            node.addProperty(GAF.denotedBy, spans.span(rel.evidence(), rp + "/evidence"));
        }
    }

    /**
     * Adds the n-th participant role of an event (in the event's model): the actor, the role type, and
     * the capacity it acts in. Also used for the publisher's role in the publication event.
     */
    static void addRole(Resource event, int n, Resource actor, Resource roleType, Resource capacity) {
        Resource role = event.getModel().createResource(event.getURI() + "/role/" + n);
        role.addProperty(RDF.type, SEM.Role)
                .addProperty(RDF.value, actor)
                .addProperty(SEM.roleType, roleType);
        if (capacity != null) {
            role.addProperty(NG.inCapacityOf, capacity);
        }
        event.addProperty(NG.participantRole, role);
    }
}
