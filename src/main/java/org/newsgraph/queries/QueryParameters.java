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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
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
 * A parameter that is not given is bound to its header default ({@code e.g. <...>}) when it
 * has one, and otherwise left unbound.
 *
 * <p>Binding adds one row of SPARQL {@code VALUES} at the end of the query
 * ({@link Query#setValuesDataBlock}), so the results have exactly the query's own columns.
 * As SPARQL defines it, that row is joined with the solutions of the WHERE clause (after any
 * GROUP BY): a parameter must be bound by a triple pattern of the query, not only used in a
 * FILTER, and must be grouped by if the query aggregates. (Jena's
 * {@code ParameterizedSparqlString} edits the query text instead, which turns a selected
 * {@code ?var} into the invalid {@code SELECT <...>}.)
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
     * The query of {@code q} with each parameter bound: those given in {@code params}
     * ({@code name -> value}, read as in the class comment), the others to their default.
     *
     * @throws IllegalArgumentException a parameter the query does not have, or a value that is not a valid term
     * @throws QueryParseException the query text is not SPARQL
     */
    public static Query bind(CatalogueQuery q, Map<String, String> params) {
        Query query = QueryFactory.create(q.text(), Syntax.syntaxARQ);
        Map<String, Node> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = stripVar(e.getKey());
            if (!hasVariable(q, name)) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter '" + name + "'"
                        + parameterList(q));
            }
            given.put(name, term(e.getValue(), query.getPrefixMapping()));
        }
        // The declared parameters in the header's order, then any other variable given.
        Map<Var, Node> row = new LinkedHashMap<>();
        for (CatalogueQuery.Parameter p : q.parameters()) {
            Node value = given.remove(p.name());
            if (value == null && p.defaultValue() != null) {
                try {
                    value = term(p.defaultValue(), query.getPrefixMapping());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("query " + q.name() + ": the default of parameter '"
                            + p.name() + "': " + e.getMessage(), e);
                }
            }
            if (value != null) {
                row.put(Var.alloc(p.name()), value);
            }
        }
        given.forEach((name, value) -> row.put(Var.alloc(name), value));
        if (!row.isEmpty()) {
            addValues(query, row);
        }
        return query;
    }

    /** Joins {@code row} with the query's trailing VALUES block (adding one if it has none). */
    private static void addValues(Query query, Map<Var, Node> row) {
        List<Var> vars = new ArrayList<>();
        List<Binding> rows = new ArrayList<>();
        if (query.hasValues()) {
            vars.addAll(query.getValuesVariables());
            for (Binding b : query.getValuesData()) {
                boolean compatible = row.entrySet().stream()
                        .allMatch(e -> !b.contains(e.getKey()) || b.get(e.getKey()).equals(e.getValue()));
                if (compatible) {
                    BindingBuilder bb = Binding.builder(b);
                    row.forEach((v, n) -> {
                        if (!b.contains(v)) {
                            bb.add(v, n);
                        }
                    });
                    rows.add(bb.build());
                }
            }
        } else {
            BindingBuilder bb = Binding.builder();
            row.forEach(bb::add);
            rows.add(bb.build());
        }
        row.keySet().stream().filter(v -> !vars.contains(v)).forEach(vars::add);
        query.setValuesDataBlock(vars, rows);
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
