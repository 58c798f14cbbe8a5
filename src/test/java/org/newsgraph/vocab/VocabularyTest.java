package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.vocab.External.GAF;
import org.newsgraph.vocab.External.GRASP;
import org.newsgraph.vocab.External.NIF;

/**
 * The vocabulary constants against {@code ontology/}: every constant of {@link NG} is declared
 * in the ontology (or, for the concept schemes, in schemes.ttl), every GAF/GRaSP constant of
 * {@link External} is declared in newsgraph.ttl, and the SHACL shapes parse and do what they say
 * on a small fixture graph (valid as given; each broken copy gives the expected violation).
 */
class VocabularyTest {

    static final String ONTOLOGY = "ontology/newsgraph.ttl";
    static final String SCHEMES = "ontology/schemes.ttl";
    static final String SHAPES = "ontology/shapes.ttl";

    static Model ontology;
    static Model ontologyAndSchemes;

    @BeforeAll
    static void load() {
        ontology = ModelFactory.createDefaultModel();
        parse(ONTOLOGY, ontology);
        ontologyAndSchemes = ModelFactory.createDefaultModel().add(ontology);
        parse(SCHEMES, ontologyAndSchemes);
    }

    static void parse(String resource, Model into) {
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing on the classpath: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY).parse(into);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public static Resource/Property constants of a class, by name. */
    static List<Constant> constants(Class<?> holder) {
        List<Constant> out = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    out.add(new Constant(holder.getSimpleName() + "." + f.getName(), (Resource) f.get(null)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    record Constant(String name, Resource term) {
    }

    /** Constants whose term has no rdf:type or no rdfs:label in the model, as readable lines. */
    static List<String> undeclared(List<Constant> constants, Model m) {
        List<String> missing = new ArrayList<>();
        for (Constant c : constants) {
            boolean typed = m.contains(c.term(), RDF.type);
            boolean labelled = m.contains(c.term(), RDFS.label);
            if (!typed || !labelled) {
                missing.add(c.name() + " <" + c.term().getURI() + ">" + (typed ? "" : " has no rdf:type")
                        + (labelled ? "" : " has no rdfs:label"));
            }
        }
        return missing;
    }

    @Test
    void everyNgConstantIsDeclared() {
        List<Constant> ng = constants(NG.class);
        assertTrue(ng.size() >= 40, "expected the NG constants, found " + ng.size());
        List<String> missing = undeclared(ng, ontologyAndSchemes);
        assertTrue(missing.isEmpty(), "not declared in " + ONTOLOGY + " / " + SCHEMES + ":\n" + String.join("\n", missing));
    }

    @Test
    void everyNgConstantOutsideTheSchemesIsInTheOntologyFile() {
        List<String> missing = new ArrayList<>();
        for (Constant c : constants(NG.class)) {
            boolean scheme = ontologyAndSchemes.contains(c.term(), RDF.type,
                    ResourceFactory.createResource("http://www.w3.org/2004/02/skos/core#ConceptScheme"));
            if (!scheme && !ontology.contains(c.term(), RDFS.isDefinedBy, ResourceFactory.createResource(NG.ONTOLOGY))) {
                missing.add(c.name() + " <" + c.term().getURI() + "> has no rdfs:isDefinedBy <" + NG.ONTOLOGY + ">");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyGafAndGraspConstantIsDeclared() {
        List<Constant> terms = new ArrayList<>(constants(GAF.class));
        terms.addAll(constants(GRASP.class));
        assertTrue(terms.size() >= 11, "expected the GAF and GRASP constants, found " + terms.size());
        List<String> missing = undeclared(terms, ontology);
        assertTrue(missing.isEmpty(), "not declared in " + ONTOLOGY + ":\n" + String.join("\n", missing));
    }

    /** Every term of our namespace that the ontology file talks about has a label, a comment and a type. */
    @Test
    void everyOwnTermIsDocumented() {
        List<String> problems = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)) {
                for (var p : List.of(RDF.type, RDFS.label, RDFS.comment, RDFS.isDefinedBy)) {
                    if (!s.hasProperty(p)) {
                        problems.add("<" + s.getURI() + "> has no " + p.getLocalName());
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void ontologyHeader() {
        Resource o = ontology.createResource(NG.ONTOLOGY);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology), "owl:Ontology");
        assertTrue(o.hasProperty(OWL.versionIRI, ontology.createResource(NG.ONTOLOGY + "/0.1.0")), "owl:versionIRI");
        assertTrue(o.hasLiteral(OWL.versionInfo, "0.1.0"), "owl:versionInfo");
        assertTrue(o.hasProperty(DCTerms.license, ontology.createResource("https://creativecommons.org/licenses/by/4.0/")),
                "dcterms:license");
        assertTrue(o.hasLiteral(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri"), NG.NS),
                "vann:preferredNamespaceUri");
    }

    /** The concept schemes are declared in schemes.ttl, not in the ontology file (one owner per term). */
    @Test
    void schemesAreNotDeclaredInTheOntologyFile() {
        for (Resource scheme : List.of(NG.EventTypes, NG.ParticipantRoles, NG.Positions, NG.SourceTypes,
                NG.StatementTypes, NG.Seniorities, NG.AffiliationTypes, NG.DatePrecisions)) {
            assertFalse(ontology.contains(scheme, RDF.type), scheme + " is typed in " + ONTOLOGY);
        }
    }

    @Test
    void shapesParse() {
        Model m = ModelFactory.createDefaultModel();
        parse(SHAPES, m);
        Shapes shapes = assertDoesNotThrow(() -> Shapes.parse(m.getGraph()), SHAPES + " is not valid SHACL");
        assertTrue(shapes.numRootShapes() >= 20, "expected the shapes with targets, found " + shapes.numRootShapes());
    }

    /** A misspelt SHACL term (sh:minCont) is silently ignored by SHACL engines: catch it here. */
    @Test
    void shapesUseOnlyShaclTerms() throws IllegalAccessException {
        Set<String> known = new HashSet<>();
        for (Field f : SHACL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Node n && n.isURI()) {
                known.add(n.getURI());
            }
        }
        Model m = ModelFactory.createDefaultModel();
        parse(SHAPES, m);
        Set<String> unknown = new TreeSet<>();
        m.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(SHACL.getURI())
                        && !known.contains(n.asResource().getURI())) {
                    unknown.add(n.asResource().getURI());
                }
            }
        });
        assertTrue(known.size() > 100, "expected Jena's SHACL vocabulary, found " + known.size() + " terms");
        assertTrue(unknown.isEmpty(), "not SHACL terms: " + unknown);
    }

    /** The shapes applied to a small hand-made graph of the model (spans lie after a non-BMP character). */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ShapesOnFixture {

        /** The fixture article text: the emoji is one code point but two UTF-16 units. */
        static final String TEXT = "Washington (CNN \uD83D\uDCF0) In May 2017, Trump met Lavrov and then-Russian"
                + " Ambassador Sergey Kislyak in the Oval Office. A former senior intelligence official said the"
                + " meeting alarmed officials. The CIA said that claim is \"simply false.\"";

        static final String B = "https://w3id.org/newsgraph/id/";

        Shapes shapes;
        Graph valid;

        @BeforeAll
        void setUp() {
            Model m = ModelFactory.createDefaultModel();
            parse(SHAPES, m);
            shapes = Shapes.parse(m.getGraph());
            // validation runs over the union of all graphs: ontology, schemes, article and claim graphs
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(FIXTURE, Lang.TRIG).parse(ds);
            Model union = ModelFactory.createDefaultModel().add(ontologyAndSchemes).add(ds.getDefaultModel());
            ds.listNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
            union.add(union.createResource(B + "article/fx#char=0,228"), union.createProperty(NIF.NS, "isString"), TEXT);
            valid = union.getGraph();
        }

        @Test
        void fixtureTextLength() {
            assertEquals(228, TEXT.codePointCount(0, TEXT.length()));
        }

        @Test
        void fixtureConforms() {
            ValidationReport report = ShaclValidator.get().validate(shapes, valid);
            assertTrue(report.conforms(), "the valid fixture does not conform:\n" + show(report));
        }

        record Broken(String name, String update, String focus, String message) {
            @Override
            public String toString() {
                return name;
            }
        }

        static Stream<Broken> broken() {
            return Stream.of(
                    new Broken("anchorOf differs from the text",
                            "DELETE { ?s nif:anchorOf ?a } INSERT { ?s nif:anchorOf \"Trunp\" } WHERE { BIND (<"
                                    + B + "article/fx#char=32,37> AS ?s) ?s nif:anchorOf ?a }",
                            B + "article/fx#char=32,37", "nif:anchorOf is \"Trunp\" but the article text there is \"Trump\""),
                    new Broken("span ends beyond the text",
                            "DELETE { ?s nif:endIndex ?e } INSERT { ?s nif:endIndex \"300\"^^xsd:nonNegativeInteger } WHERE { BIND (<"
                                    + B + "article/fx#char=214,227> AS ?s) ?s nif:endIndex ?e }",
                            B + "article/fx#char=214,227", "beyond the end of its context's text (228 characters)"),
                    new Broken("span begins at its end",
                            "DELETE { ?s nif:beginIndex ?b } INSERT { ?s nif:beginIndex \"15\"^^xsd:nonNegativeInteger } WHERE { BIND (<"
                                    + B + "article/fx#char=12,15> AS ?s) ?s nif:beginIndex ?b }",
                            B + "article/fx#char=12,15", "must be less than its nif:endIndex"),
                    new Broken("span offsets disagree with its IRI",
                            "DELETE { ?s nif:beginIndex ?b ; nif:anchorOf ?a } INSERT { ?s nif:beginIndex \"11\"^^xsd:nonNegativeInteger ;"
                                    + " nif:anchorOf \"(CNN\" } WHERE { BIND (<" + B + "article/fx#char=12,15> AS ?s)"
                                    + " ?s nif:beginIndex ?b ; nif:anchorOf ?a }",
                            B + "article/fx#char=12,15", "RFC 5147 fragment does not match"),
                    new Broken("span offset of the wrong datatype",
                            "DELETE { ?s nif:beginIndex ?b } INSERT { ?s nif:beginIndex 12 } WHERE { BIND (<"
                                    + B + "article/fx#char=12,15> AS ?s) ?s nif:beginIndex ?b }",
                            B + "article/fx#char=12,15", "exactly one nif:beginIndex (xsd:nonNegativeInteger"),
                    new Broken("span without context",
                            "DELETE WHERE { <" + B + "article/fx#char=12,15> nif:referenceContext ?c }",
                            B + "article/fx#char=12,15", "has no nif:referenceContext"),
                    new Broken("text changed after hashing",
                            "DELETE { ?c ng:sha256 ?h } INSERT { ?c ng:sha256 \"" + "0".repeat(64) + "\" } WHERE { ?c ng:sha256 ?h }",
                            B + "article/fx#char=0,228", "is not the SHA-256 of its nif:isString"),
                    new Broken("event without event type",
                            "DELETE WHERE { <" + B + "event/fx/meeting> sem:eventType ?t }",
                            B + "event/fx/meeting", "exactly one sem:eventType"),
                    new Broken("event type from another scheme",
                            "DELETE { ?e sem:eventType ?t } INSERT { ?e sem:eventType <https://w3id.org/newsgraph/ontology/participant-role/participant> }"
                                    + " WHERE { BIND (<" + B + "event/fx/meeting> AS ?e) ?e sem:eventType ?t }",
                            B + "event/fx/meeting", "must be a concept of ng:EventTypes"),
                    new Broken("event time without precision",
                            "DELETE WHERE { <" + B + "event/fx/meeting/time> ng:datePrecision ?p }",
                            B + "event/fx/meeting/time", "exactly one ng:datePrecision"),
                    new Broken("event without time",
                            "DELETE WHERE { <" + B + "event/fx/meeting> sem:hasTime ?t }",
                            B + "event/fx/meeting", "exactly one sem:hasTime"),
                    new Broken("event without actor",
                            "DELETE WHERE { <" + B + "event/fx/meeting> sem:hasActor ?a }",
                            B + "event/fx/meeting", "at least one sem:hasActor"),
                    new Broken("event without evidence",
                            "DELETE WHERE { <" + B + "event/fx/meeting> gaf:denotedBy ?s }",
                            B + "event/fx/meeting", "at least one gaf:denotedBy"),
                    new Broken("role actor not an actor of the event",
                            "DELETE DATA { <" + B + "event/fx/meeting> sem:hasActor <" + B + "entity/fx/lavrov> }",
                            B + "event/fx/meeting/role/1", "is not a sem:hasActor of its event"),
                    new Broken("role node without role type",
                            "DELETE WHERE { <" + B + "event/fx/meeting/role/2> sem:roleType ?t }",
                            B + "event/fx/meeting/role/2", "exactly one sem:roleType"),
                    new Broken("role node without actor",
                            "DELETE WHERE { <" + B + "event/fx/meeting/role/2> rdf:value ?a }",
                            B + "event/fx/meeting/role/2", "exactly one rdf:value"),
                    new Broken("membership without position",
                            "DELETE WHERE { <" + B + "membership/fx/kislyak-ambassador> org:role ?r }",
                            B + "membership/fx/kislyak-ambassador", "exactly one org:role"),
                    new Broken("membership without organization",
                            "DELETE WHERE { <" + B + "membership/fx/kislyak-ambassador> org:organization ?o }",
                            B + "membership/fx/kislyak-ambassador", "exactly one org:organization"),
                    new Broken("entity without label",
                            "DELETE WHERE { <" + B + "entity/fx/lavrov> rdfs:label ?l }",
                            B + "entity/fx/lavrov", "has no rdfs:label"),
                    new Broken("anonymous source not flagged anonymous",
                            "DELETE { ?s ng:anonymous ?a } INSERT { ?s ng:anonymous false } WHERE { BIND (<"
                                    + B + "entity/fx/official> AS ?s) ?s ng:anonymous ?a }",
                            B + "entity/fx/official", "ng:anonymous true"),
                    new Broken("anonymous source with an empty descriptor",
                            "DELETE { ?s ng:descriptor ?d } INSERT { ?s ng:descriptor \"\" } WHERE { BIND (<"
                                    + B + "entity/fx/official> AS ?s) ?s ng:descriptor ?d }",
                            B + "entity/fx/official", "non-empty xsd:string"),
                    new Broken("statement without speaker",
                            "DELETE WHERE { <" + B + "statement/fx/official-said> ng:speaker ?s }",
                            B + "statement/fx/official-said", "at least one ng:speaker"),
                    new Broken("statement without statement type",
                            "DELETE WHERE { <" + B + "statement/fx/official-said> ng:statementType ?t }",
                            B + "statement/fx/official-said", "exactly one ng:statementType"),
                    new Broken("statement without evidence",
                            "DELETE WHERE { <" + B + "statement/fx/official-said> gaf:denotedBy ?s }",
                            B + "statement/fx/official-said", "at least one gaf:denotedBy"),
                    new Broken("quote differs from its span",
                            "DELETE { ?s ng:quote ?q } INSERT { ?s ng:quote \"simply wrong.\" } WHERE { BIND (<"
                                    + B + "statement/fx/cia-denial> AS ?s) ?s ng:quote ?q }",
                            B + "statement/fx/cia-denial", "differs from the text of its ng:quoteSpan"),
                    new Broken("negative polarity without ng:Denial",
                            "DELETE DATA { <" + B + "statement/fx/cia-denial> a ng:Denial }",
                            B + "statement/fx/cia-denial", "is not typed ng:Denial"),
                    new Broken("ng:Denial without negative polarity",
                            "INSERT DATA { <" + B + "statement/fx/official-said> a ng:Denial }",
                            B + "statement/fx/official-said", "conveys no claim with polarity grf:NEGATIVE"),
                    new Broken("declined comment conveying a claim",
                            "DELETE { ?s ng:statementType ?t } INSERT { ?s ng:statementType"
                                    + " <https://w3id.org/newsgraph/ontology/statement-type/declined-to-comment> } WHERE { BIND (<"
                                    + B + "statement/fx/cia-denial> AS ?s) ?s ng:statementType ?t }",
                            B + "statement/fx/cia-denial", "a declined comment conveys no proposition"),
                    new Broken("attribution without polarity",
                            "DELETE WHERE { <" + B + "statement/fx/official-said/attribution/alarm> ng:polarity ?p }",
                            B + "statement/fx/official-said/attribution/alarm", "exactly one ng:polarity"),
                    new Broken("attribution with a polarity as certainty",
                            "DELETE { ?a ng:certainty ?c } INSERT { ?a ng:certainty grf:NEGATIVE } WHERE { BIND (<"
                                    + B + "statement/fx/official-said/attribution/alarm> AS ?a) ?a ng:certainty ?c }",
                            B + "statement/fx/official-said/attribution/alarm", "exactly one ng:certainty"),
                    new Broken("attribution without claim",
                            "DELETE WHERE { <" + B + "statement/fx/official-said/attribution/alarm> ng:attributedClaim ?c }",
                            B + "statement/fx/official-said/attribution/alarm", "exactly one ng:attributedClaim"),
                    new Broken("attribution without statement",
                            "DELETE WHERE { <" + B + "statement/fx/official-said/attribution/alarm> prov:wasGeneratedBy ?s }",
                            B + "statement/fx/official-said/attribution/alarm", "exactly one prov:wasGeneratedBy"),
                    new Broken("claim mention not attributed to a source",
                            "DELETE WHERE { <" + B + "article/fx#char=155,184> grasp:wasAttributedTo ?s }",
                            B + "article/fx#char=155,184", "at least one grasp:wasAttributedTo"),
                    new Broken("claim without mention",
                            "DELETE WHERE { <" + B + "claim/fx/alarm> gaf:denotedBy ?s }",
                            B + "claim/fx/alarm", "at least one gaf:denotedBy"),
                    new Broken("claim mention not a mention of the claim",
                            "DELETE DATA { <" + B + "claim/fx/alarm> gaf:denotedBy <" + B + "article/fx#char=155,184> }",
                            B + "statement/fx/official-said/attribution/alarm", "is not a gaf:denotedBy of its claim"),
                    new Broken("temporal relation without the OWL-Time triple",
                            "INSERT DATA { <" + B + "event/fx/meeting/relation/0> a ng:TemporalRelation ;"
                                    + " ng:fromEvent <" + B + "event/fx/meeting> ; ng:relation time:before ;"
                                    + " ng:toEvent <" + B + "event/fx/publication> }",
                            B + "event/fx/meeting/relation/0", "is not linked by"),
                    new Broken("onBehalfOf on a person, not a statement",
                            "INSERT DATA { <" + B + "entity/fx/official> ng:onBehalfOf <" + B + "entity/fx/lavrov> }",
                            B + "entity/fx/official", "only a statement (ng:Statement) is made ng:onBehalfOf"),
                    new Broken("contradiction stated one way only",
                            "INSERT DATA { <" + B + "claim/corpus/a> a ng:Proposition ; rdfs:label \"a\" ; ng:contradicts <"
                                    + B + "claim/corpus/b> . <" + B + "claim/corpus/b> a ng:Proposition ; rdfs:label \"b\" }",
                            B + "claim/corpus/a", "not the other way round"),
                    new Broken("claim as an account of an event",
                            "INSERT DATA { <" + B + "claim/fx/alarm> ng:accountOf <" + B + "event/fx/meeting> }",
                            B + "claim/fx/alarm", "an article's claim (ng:Claim) of a register proposition"),
                    new Broken("restating a statement, not an article",
                            "INSERT DATA { <" + B + "statement/fx/official-said> ng:restates <" + B + "statement/fx/cia-denial> }",
                            B + "statement/fx/official-said", "ng:restates points to an article"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("broken")
        void brokenFixtureIsReported(Broken c) {
            Graph g = GraphFactory.createDefaultGraph();
            valid.find().forEachRemaining(g::add);
            UpdateAction.parseExecute(PREFIXES + c.update(), g);
            assertFalse(g.isIsomorphicWith(valid), "the update changed nothing: " + c.update());
            ValidationReport report = ShaclValidator.get().validate(shapes, g);
            Model results = report.getModel();
            String ask = PREFIXES + """
                    ASK {
                        ?result a sh:ValidationResult ; sh:focusNode ?focus ; sh:resultMessage ?message .
                        FILTER (CONTAINS(STR(?message), ?fragment))
                    }""";
            boolean found;
            try (QueryExecution qe = QueryExecution.model(results).query(ask)
                    .substitution("focus", results.createResource(c.focus()))
                    .substitution("fragment", results.createLiteral(c.message()))
                    .build()) {
                found = qe.execAsk();
            }
            assertTrue(found, "expected a violation at <" + c.focus() + "> with a message containing \"" + c.message()
                    + "\"; the report:\n" + show(report));
        }

        static String show(ValidationReport report) {
            StringBuilder sb = new StringBuilder();
            for (ReportEntry e : report.getEntries()) {
                sb.append("  ").append(e.focusNode()).append(' ')
                        .append(e.resultPath() == null ? "" : e.resultPath() + " ")
                        .append(e.message()).append('\n');
            }
            return sb.toString();
        }
    }

    static final String PREFIXES = """
            PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX sh:     <http://www.w3.org/ns/shacl#>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX time:   <http://www.w3.org/2006/time#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX gaf:    <http://groundedannotationframework.org/gaf#>
            PREFIX grasp:  <http://groundedannotationframework.org/grasp#>
            PREFIX grf:    <http://groundedannotationframework.org/grasp/factuality#>
            """;

    /**
     * The fixture: one article ("fx") about the May 2017 meeting, with a "then-" membership, an
     * anonymous source asserting a claim and the CIA denying it. Offsets count code points.
     */
    static final String FIXTURE = """
            @base <https://w3id.org/newsgraph/id/> .
            @prefix ng:     <https://w3id.org/newsgraph/ontology#> .
            @prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
            @prefix sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/> .
            @prefix time:   <http://www.w3.org/2006/time#> .
            @prefix org:    <http://www.w3.org/ns/org#> .
            @prefix prov:   <http://www.w3.org/ns/prov#> .
            @prefix nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix gaf:    <http://groundedannotationframework.org/gaf#> .
            @prefix grasp:  <http://groundedannotationframework.org/grasp#> .
            @prefix grf:    <http://groundedannotationframework.org/grasp/factuality#> .
            @prefix schema: <https://schema.org/> .
            @prefix et:     <https://w3id.org/newsgraph/ontology/event-type/> .
            @prefix pr:     <https://w3id.org/newsgraph/ontology/participant-role/> .
            @prefix pos:    <https://w3id.org/newsgraph/ontology/position/> .
            @prefix srct:   <https://w3id.org/newsgraph/ontology/source-type/> .
            @prefix st:     <https://w3id.org/newsgraph/ontology/statement-type/> .
            @prefix sen:    <https://w3id.org/newsgraph/ontology/seniority/> .
            @prefix aff:    <https://w3id.org/newsgraph/ontology/affiliation-type/> .
            @prefix dp:     <https://w3id.org/newsgraph/ontology/date-precision/> .

            # the concepts this fixture uses, in case ontology/schemes.ttl names them differently
            <https://w3id.org/newsgraph/ontology> {
                et:meeting a skos:Concept ; skos:inScheme ng:EventTypes .
                et:report-publication a skos:Concept ; skos:inScheme ng:EventTypes .
                pr:participant a skos:Concept ; skos:inScheme ng:ParticipantRoles .
                pr:publisher a skos:Concept ; skos:inScheme ng:ParticipantRoles .
                pos:ambassador a skos:Concept , org:Role ; skos:inScheme ng:Positions .
                srct:article a skos:Concept ; skos:inScheme ng:SourceTypes .
                srct:organization a skos:Concept ; skos:inScheme ng:SourceTypes .
                srct:anonymous-individual a skos:Concept ; skos:inScheme ng:SourceTypes .
                st:paraphrase a skos:Concept ; skos:inScheme ng:StatementTypes .
                st:direct-quote a skos:Concept ; skos:inScheme ng:StatementTypes .
                st:declined-to-comment a skos:Concept ; skos:inScheme ng:StatementTypes .
                sen:senior a skos:Concept ; skos:inScheme ng:Seniorities .
                aff:intelligence-community a skos:Concept ; skos:inScheme ng:AffiliationTypes .
                dp:day a skos:Concept ; skos:inScheme ng:DatePrecisions .
                dp:month a skos:Concept ; skos:inScheme ng:DatePrecisions .
            }

            <graph/linkset/fx> {
                <entity/Q22686> skos:exactMatch <http://www.wikidata.org/entity/Q22686> .
                <entity/Q37230> skos:exactMatch <http://www.wikidata.org/entity/Q37230> .
            }

            <graph/article/fx> {
                <article/fx> a schema:NewsArticle , prov:Entity ;
                    rdfs:label "Fixture" ; schema:headline "Fixture" ;
                    schema:datePublished "2019-09-09"^^xsd:date ;
                    schema:publisher <entity/fx/cnn> ;
                    ng:publicationEvent <event/fx/publication> .

                # every graph of the article traces to it
                <graph/article/fx> prov:wasDerivedFrom <article/fx> .
                <graph/linkset/fx> prov:wasDerivedFrom <article/fx> .

                # the text itself is added by the test (nif:isString), see TEXT
                <article/fx#char=0,228> a nif:Context , nif:RFC5147String ;
                    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "228"^^xsd:nonNegativeInteger ;
                    nif:sourceUrl <article/fx> ;
                    ng:sha256 "0650a1225da633953538aab99570d1b91e201630e93c209933d3483c49986fd2" .

                # entities
                <entity/fx/cnn> a org:Organization , schema:Organization , sem:Actor , prov:Agent ;
                    rdfs:label "CNN" ; schema:name "CNN" ; gaf:denotedBy <article/fx#char=12,15> .
                <entity/Q22686> a schema:Person , sem:Actor , prov:Agent ;
                    rdfs:label "Donald Trump" ; schema:name "Donald Trump" ; gaf:denotedBy <article/fx#char=32,37> .
                <entity/fx/lavrov> a schema:Person , sem:Actor , prov:Agent ;
                    rdfs:label "Sergey Lavrov" ; schema:name "Sergey Lavrov" ; gaf:denotedBy <article/fx#char=42,48> .
                <entity/fx/kislyak> a schema:Person , sem:Actor , prov:Agent ;
                    rdfs:label "Sergey Kislyak" ; schema:name "Sergey Kislyak" ; gaf:denotedBy <article/fx#char=77,91> .
                <entity/fx/russia> a schema:Country , sem:Place , sem:Actor , prov:Agent ;
                    rdfs:label "Russia" ; schema:name "Russia" ; gaf:denotedBy <article/fx#char=58,65> .
                <entity/Q37230> a org:Organization , schema:GovernmentOrganization , sem:Actor , prov:Agent , ng:Source ;
                    rdfs:label "Central Intelligence Agency" ; schema:name "Central Intelligence Agency" ;
                    ng:sourceType srct:organization ;
                    gaf:denotedBy <article/fx#char=186,193> .
                <entity/fx/official> a ng:AnonymousSource , schema:Person , sem:Actor , prov:Agent ;
                    rdfs:label "A former senior intelligence official" ;
                    ng:descriptor "A former senior intelligence official" ;
                    ng:anonymous true ; ng:former true ;
                    ng:seniority sen:senior ; ng:affiliationType aff:intelligence-community ;
                    ng:sourceType srct:anonymous-individual ;
                    gaf:denotedBy <article/fx#char=112,149> .

                # "then-Russian Ambassador": held during the meeting, no longer at publication
                <membership/fx/kislyak-ambassador> a org:Membership ;
                    rdfs:label "Russian Ambassador to the US" ;
                    org:member <entity/fx/kislyak> ; org:role pos:ambassador ; org:organization <entity/fx/russia> ;
                    org:memberDuring <membership/fx/kislyak-ambassador/time> ;
                    ng:heldAtPublication false ;
                    gaf:denotedBy <article/fx#char=53,91> .
                <membership/fx/kislyak-ambassador/time> a time:Interval ;
                    time:intervalContains <event/fx/meeting/time> ;
                    time:before <event/fx/publication/time> .

                # events
                <event/fx/meeting> a sem:Event ;
                    sem:eventType et:meeting ; rdfs:label "Trump meets Lavrov and Kislyak" ;
                    sem:hasActor <entity/Q22686> , <entity/fx/lavrov> , <entity/fx/kislyak> ;
                    ng:participantRole <event/fx/meeting/role/0> , <event/fx/meeting/role/1> , <event/fx/meeting/role/2> ;
                    sem:hasTime <event/fx/meeting/time> ;
                    sem:hasEarliestBeginTimeStamp "2017-05-01"^^xsd:date ; sem:hasLatestEndTimeStamp "2017-05-31"^^xsd:date ;
                    gaf:denotedBy <article/fx#char=32,91> .
                <event/fx/meeting/role/0> a sem:Role ; rdf:value <entity/Q22686> ; sem:roleType pr:participant .
                <event/fx/meeting/role/1> a sem:Role ; rdf:value <entity/fx/lavrov> ; sem:roleType pr:participant .
                <event/fx/meeting/role/2> a sem:Role ; rdf:value <entity/fx/kislyak> ; sem:roleType pr:participant ;
                    ng:inCapacityOf <membership/fx/kislyak-ambassador> .
                <event/fx/meeting/time> a time:Interval , sem:Time ;
                    rdfs:label "May 2017" ; ng:datePrecision dp:month ; ng:dateBasis "text" ;
                    time:hasDateTimeDescription <event/fx/meeting/time/description> ;
                    gaf:denotedBy <article/fx#char=22,30> .
                <event/fx/meeting/time/description> a time:DateTimeDescription ;
                    time:unitType time:unitMonth ; time:year "2017"^^xsd:gYear ; time:month "--05"^^xsd:gMonth .

                <event/fx/publication> a sem:Event ;
                    sem:eventType et:report-publication ; rdfs:label "publication of \\"Fixture\\"" ;
                    sem:hasActor <entity/fx/cnn> ; ng:participantRole <event/fx/publication/role/0> ;
                    sem:hasTime <event/fx/publication/time> ;
                    sem:hasEarliestBeginTimeStamp "2019-09-09"^^xsd:date ; sem:hasLatestEndTimeStamp "2019-09-09"^^xsd:date ;
                    gaf:denotedBy <article/fx#char=0,18> .
                <event/fx/publication/role/0> a sem:Role ; rdf:value <entity/fx/cnn> ; sem:roleType pr:publisher .
                <event/fx/publication/time> a time:Interval , sem:Time ;
                    rdfs:label "2019-09-09" ; ng:datePrecision dp:day ; ng:dateBasis "metadata" .

                # the claim, as seen from the article graph
                <claim/fx/alarm> prov:wasDerivedFrom <article/fx> ;
                    gaf:denotedBy <article/fx#char=155,184> , <article/fx#char=214,227> .

                # the anonymous official asserts it (probably) ...
                <statement/fx/official-said> a ng:Statement ;
                    ng:statementType st:paraphrase ;
                    ng:speaker <entity/fx/official> ;
                    prov:qualifiedAssociation <statement/fx/official-said/association/0> ;
                    gaf:denotedBy <article/fx#char=112,154> ;
                    ng:conveys <claim/fx/alarm> .
                <statement/fx/official-said/association/0> a prov:Association ; prov:agent <entity/fx/official> .
                <article/fx#char=155,184> grasp:wasAttributedTo <entity/fx/official> ;
                    grasp:hasAttribution <statement/fx/official-said/attribution/alarm> .
                <statement/fx/official-said/attribution/alarm> a grasp:Attribution ;
                    ng:attributedClaim <claim/fx/alarm> ; ng:polarity grf:POSITIVE ; ng:certainty grf:PROBABLE ;
                    prov:wasGeneratedBy <statement/fx/official-said> .

                # ... and the CIA denies it
                <statement/fx/cia-denial> a ng:Statement , ng:Denial ;
                    ng:statementType st:direct-quote ;
                    ng:speaker <entity/Q37230> ;
                    prov:qualifiedAssociation <statement/fx/cia-denial/association/0> ;
                    ng:quote "simply false." ; ng:quoteSpan <article/fx#char=214,227> ;
                    gaf:denotedBy <article/fx#char=214,227> , <article/fx#char=186,198> ;
                    ng:conveys <claim/fx/alarm> .
                <statement/fx/cia-denial/association/0> a prov:Association ; prov:agent <entity/Q37230> .
                <article/fx#char=214,227> grasp:wasAttributedTo <entity/Q37230> ;
                    grasp:hasAttribution <statement/fx/cia-denial/attribution/alarm> .
                <statement/fx/cia-denial/attribution/alarm> a grasp:Attribution ;
                    ng:attributedClaim <claim/fx/alarm> ; ng:polarity grf:NEGATIVE ; ng:certainty grf:CERTAIN ;
                    prov:wasGeneratedBy <statement/fx/cia-denial> .

                # spans
                <article/fx#char=0,18> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "18"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Washington (CNN \\U0001F4F0)" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=22,30> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "22"^^xsd:nonNegativeInteger ; nif:endIndex "30"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "May 2017" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=32,37> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "32"^^xsd:nonNegativeInteger ; nif:endIndex "37"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Trump" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=42,48> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "42"^^xsd:nonNegativeInteger ; nif:endIndex "48"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Lavrov" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=77,91> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "77"^^xsd:nonNegativeInteger ; nif:endIndex "91"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Sergey Kislyak" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=53,91> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "53"^^xsd:nonNegativeInteger ; nif:endIndex "91"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "then-Russian Ambassador Sergey Kislyak" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=58,65> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "58"^^xsd:nonNegativeInteger ; nif:endIndex "65"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Russian" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=32,91> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "32"^^xsd:nonNegativeInteger ; nif:endIndex "91"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Trump met Lavrov and then-Russian Ambassador Sergey Kislyak" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=112,149> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "112"^^xsd:nonNegativeInteger ; nif:endIndex "149"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "A former senior intelligence official" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=112,154> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "112"^^xsd:nonNegativeInteger ; nif:endIndex "154"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "A former senior intelligence official said" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=155,184> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "155"^^xsd:nonNegativeInteger ; nif:endIndex "184"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "the meeting alarmed officials" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=186,193> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "186"^^xsd:nonNegativeInteger ; nif:endIndex "193"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "The CIA" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=186,198> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "186"^^xsd:nonNegativeInteger ; nif:endIndex "198"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "The CIA said" ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=214,227> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "214"^^xsd:nonNegativeInteger ; nif:endIndex "227"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "simply false." ; nif:referenceContext <article/fx#char=0,228> .
                <article/fx#char=12,15> a nif:String , nif:RFC5147String , gaf:Mention ;
                    nif:beginIndex "12"^^xsd:nonNegativeInteger ; nif:endIndex "15"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "CNN" ; nif:referenceContext <article/fx#char=0,228> .
            }

            <claim/fx/alarm> {
                <claim/fx/alarm> a ng:Claim ;
                    rdfs:label "The May 2017 meeting alarmed intelligence officials" ;
                    schema:about <event/fx/meeting> .
            }
            """;
}
