package org.newsgraph.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Binds the parameters of a canned query to RDF terms, on the parsed query, never by
 * editing its text.
 *
 * <p>A value is read as:
 * <ul>
 * <li>{@code <...>}: an IRI;</li>
 * <li>{@code http://...} or {@code https://...}: an IRI;</li>
 * <li>a prefixed name whose prefix the query declares (or {@code xsd:}, {@code rdf:}, {@code rdfs:}), e.g. {@code wd:Q7747}: an IRI;</li>
 * <li>a quoted literal as in Turtle: {@code "2017-05"^^xsd:gYearMonth}, {@code "Moscow"@en}, {@code "text"};</li>
 * <li>anything else: a plain string literal.</li>
 * </ul>
 *
 * <p>Binding uses Jena's syntax substitution ({@link QueryTransformOps#syntaxSubstitute}):
 * every use of the variable becomes the term, and a variable that the SELECT clause lists
 * stays in the results as {@code (term AS ?var)}. (Jena's {@code ParameterizedSparqlString}
 * edits the query text and so turns {@code SELECT ?person} into the invalid
 * {@code SELECT <...>}, its documented limitation; canned queries list their parameters in
 * SELECT, so it cannot be used for them.)
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    private static final Pattern PREFIXED = Pattern.compile("^([A-Za-z][\\w.-]*)?:[^\\s\"<>]*$");

    /** Parses {@code key=value} arguments, keeping their order; a key may start with {@code ?} or {@code $}. */
    public static Map<String, String> parseAssignments(List<String> assignments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter '" + a + "': expected name=value");
            }
            String key = stripVar(a.substring(0, eq).strip());
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("parameter '" + key + "' is given twice");
            }
            out.put(key, a.substring(eq + 1).strip());
        }
        return out;
    }

    /**
     * The query of {@code q} with each parameter bound.
     *
     * @throws IllegalArgumentException a parameter the query does not have, or a value that is not a valid term
     * @throws QueryParseException the query text is not SPARQL
     */
    public static Query bind(CatalogueQuery q, Map<String, String> params) {
        Query query = QueryFactory.create(q.text(), Syntax.syntaxARQ);
        if (params.isEmpty()) {
            return query;
        }
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = stripVar(e.getKey());
            if (!hasVariable(q, name)) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter '" + name + "'"
                        + parameterList(q));
            }
            substitutions.put(Var.alloc(name), term(e.getValue(), query.getPrefixMapping()));
        }
        try {
            return QueryTransformOps.syntaxSubstitute(query, substitutions);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("query " + q.name() + ": cannot bind " + substitutions.keySet()
                    + ": " + ex.getMessage(), ex);
        }
    }

    /** The RDF term for a parameter value (see the class comment). */
    public static Node term(String value, PrefixMapping queryPrefixes) {
        String v = value.strip();
        try {
            if (v.startsWith("<") && v.endsWith(">")) {
                return NodeFactoryExtra.parseNode(v, null);
            }
            if (v.startsWith("http://") || v.startsWith("https://")) {
                IRIx.create(v);
                return NodeFactory.createURI(v);
            }
            PrefixMap pm = prefixes(queryPrefixes);
            if (v.startsWith("\"") || v.startsWith("'")) {
                Node n = NodeFactoryExtra.parseNode(v, pm);
                if (!n.isLiteral()) {
                    throw new IllegalArgumentException("not a literal");
                }
                return n;
            }
            if (PREFIXED.matcher(v).matches()) {
                String prefix = v.substring(0, v.indexOf(':'));
                if (pm.containsPrefix(prefix)) {
                    return NodeFactoryExtra.parseNode(v, pm);
                }
            }
        } catch (IRIException | org.apache.jena.riot.RiotException | IllegalArgumentException e) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid RDF term: " + e.getMessage(), e);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static PrefixMap prefixes(PrefixMapping queryPrefixes) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        if (queryPrefixes != null) {
            queryPrefixes.getNsPrefixMap().forEach(pm::add);
        }
        return pm;
    }

    private static boolean hasVariable(CatalogueQuery q, String name) {
        if (q.parameters().stream().anyMatch(p -> p.name().equals(name))) {
            return true;
        }
        return Pattern.compile("[?$]" + Pattern.quote(name) + "(?![\\w])").matcher(q.text()).find();
    }

    private static String parameterList(CatalogueQuery q) {
        if (q.parameters().isEmpty()) {
            return " (it declares no parameters)";
        }
        List<String> names = new ArrayList<>();
        q.parameters().forEach(p -> names.add(p.name()));
        return " (parameters: " + String.join(", ", names) + ")";
    }

    private static String stripVar(String name) {
        return name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name;
    }
}
