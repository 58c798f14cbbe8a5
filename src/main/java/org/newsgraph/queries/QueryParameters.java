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
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.newsgraph.mapping.Build;
import org.newsgraph.mapping.OntologyFiles;

/**
 * Binds the parameters of a canned query to RDF terms, on the parsed query, never by
 * editing its text.
 *
 * <p>A value is read as:
 * <ul>
 * <li>{@code <...>}: an IRI;</li>
 * <li>{@code http://...} or {@code https://...}: an IRI;</li>
 * <li>{@code prefix:name}: an IRI, the prefix being one the query declares, one of the ontology's
 *     ({@code ng:}, {@code stmtype:}, {@code schema:}, ..., {@code xsd:}, {@code rdf:}, {@code rdfs:}) or
 *     {@code id:}, the base IRI of the data; the table output writes IRIs this way, so its
 *     values can be pasted back. {@code id:} is the base followed by the rest as it is
 *     ({@code id:entity/Q7747}, with its '/'); for another prefix, a name that SPARQL does not
 *     allow ({@code wd:Q1/x}) is also read as namespace + rest. A prefix that is none of
 *     these is an error;</li>
 * <li>a quoted literal as in Turtle: {@code "2017-05"^^xsd:gYearMonth}, {@code "Moscow"@en}, {@code "text"};</li>
 * <li>anything else, e.g. {@code Vladimir Putin} or {@code 10:30} (with a space, or not
 *     starting with a letter): a plain string literal.</li>
 * </ul>
 * A query's own prefix wins over the ontology's of the same name; {@code id:} is always the base.
 * A parameter that is not given is bound to its header default ({@code e.g. <...>}) when it
 * has one, and otherwise left unbound.
 *
 * <p>Binding is SPARQL substitution on the parsed query
 * ({@link QueryTransformOps#replaceVars}): the value takes the variable's place in the
 * pattern, FILTERs and sub-queries included, so that the optimiser starts from it (a query
 * that finds the text behind one fact reads that fact's spans, not every span), and the
 * column keeps the value ({@code SELECT (<value> AS ?fact)}), so the results have exactly the
 * query's own columns. A variable that the query assigns itself ({@code AS ?var}, or its own
 * {@code VALUES}) cannot be substituted: it is joined with one row of {@code VALUES} at the end
 * of the query instead ({@link Query#setValuesDataBlock}). (Jena's
 * {@code ParameterizedSparqlString} edits the query text instead, which turns a selected
 * {@code ?var} into the invalid {@code SELECT <...>}.)
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** The prefix of the data base IRI in parameter values, as in the table output. */
    public static final String ID_PREFIX = "id";

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

    /** {@link #bind(CatalogueQuery, Map, String)} with the default base IRI ({@link Build#DEFAULT_BASE}). */
    public static Query bind(CatalogueQuery q, Map<String, String> params) {
        return bind(q, params, Build.DEFAULT_BASE);
    }

    /**
     * The query of {@code q} with each parameter bound: those given in {@code params}
     * ({@code name -> value}, read as in the class comment, {@code id:} being {@code base}),
     * the others to their default.
     *
     * @throws IllegalArgumentException a parameter the query does not have, or a value that is not a valid term
     * @throws QueryParseException the query text is not SPARQL
     */
    public static Query bind(CatalogueQuery q, Map<String, String> params, String base) {
        Query query = QueryFactory.create(q.text(), Syntax.syntaxARQ);
        Map<String, Node> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = stripVar(e.getKey());
            if (!hasVariable(q, name)) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter '" + name + "'"
                        + parameterList(q));
            }
            try {
                given.put(name, term(e.getValue(), query.getPrefixMapping(), base));
            } catch (UnknownPrefixException u) {
                throw new IllegalArgumentException("unknown prefix '" + u.prefix() + "' in --param " + name + "="
                        + e.getValue().strip() + UnknownPrefixException.HINT, u);
            }
        }
        // The declared parameters in the header's order, then any other variable given.
        Map<Var, Node> row = new LinkedHashMap<>();
        for (CatalogueQuery.Parameter p : q.parameters()) {
            Node value = given.remove(p.name());
            if (value == null && p.defaultValue() != null) {
                try {
                    value = term(p.defaultValue(), query.getPrefixMapping(), base);
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
        if (row.isEmpty()) {
            return query;
        }
        try {
            // SPARQL substitution: the value replaces the variable in the pattern itself, where
            // the optimiser can use it, and the column keeps it ((<value> AS ?var)).
            return substitute(query, row);
        } catch (QueryScopeException e) {
            // The variable is assigned by the query itself (AS ?var, its own VALUES): join instead.
            addValues(query, row);
            return query;
        }
    }

    /**
     * {@code query} with each variable of {@code row} replaced by its value; the result
     * columns stay the query's own, a substituted column giving the value on every row.
     */
    private static Query substitute(Query query, Map<Var, Node> row) {
        List<Var> columns = query.isSelectType() ? query.getProjectVars() : List.of();
        Query out = QueryTransformOps.replaceVars(query, row);
        if (query.isSelectType() && !out.getProjectVars().equals(columns)) {
            // SELECT *: name the columns, the substituted ones as (<value> AS ?var).
            out.setQueryResultStar(false);
            VarExprList project = out.getProject();
            project.clear();
            for (Var v : columns) {
                Node value = row.get(v);
                if (value == null) {
                    project.add(v);
                } else {
                    project.add(v, NodeValue.makeNode(value));
                }
            }
        }
        return out;
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

    /** {@link #term(String, PrefixMapping, String)} with the default base IRI ({@link Build#DEFAULT_BASE}). */
    public static Node term(String value, PrefixMapping queryPrefixes) {
        return term(value, queryPrefixes, Build.DEFAULT_BASE);
    }

    /**
     * The RDF term for a parameter value (see the class comment), {@code id:} being {@code base}.
     *
     * @throws UnknownPrefixException a {@code prefix:name} whose prefix is not known
     * @throws IllegalArgumentException a value that is not a valid term
     */
    public static Node term(String value, PrefixMapping queryPrefixes, String base) {
        String v = value.strip();
        try {
            if (v.startsWith("<") && v.endsWith(">")) {
                return NodeFactoryExtra.parseNode(v, null);
            }
            if (v.startsWith("http://") || v.startsWith("https://")) {
                return iri(v);
            }
            PrefixMap pm = prefixes(queryPrefixes, base);
            if (v.startsWith("\"") || v.startsWith("'")) {
                Node n = NodeFactoryExtra.parseNode(v, pm);
                if (!n.isLiteral()) {
                    throw new IllegalArgumentException("not a literal");
                }
                return n;
            }
            if (PREFIXED.matcher(v).matches()) {
                String prefix = v.substring(0, v.indexOf(':'));
                String local = v.substring(v.indexOf(':') + 1);
                if (prefix.equals(ID_PREFIX) && base != null) {
                    // As the table writes it: the base and the rest, '/' and all.
                    return iri(base + local);
                }
                if (!pm.containsPrefix(prefix)) {
                    throw new UnknownPrefixException(prefix, v);
                }
                try {
                    return NodeFactoryExtra.parseNode(v, pm);
                } catch (org.apache.jena.riot.RiotException notSparql) {
                    // Not a SPARQL prefixed name (a '/' in the name, say): the namespace and the rest.
                    return iri(pm.get(prefix) + local);
                }
            }
        } catch (UnknownPrefixException e) {
            throw e;
        } catch (IRIException | org.apache.jena.riot.RiotException | IllegalArgumentException e) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid RDF term: " + e.getMessage(), e);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** A {@code prefix:name} value whose prefix is neither the query's, the ontology's, nor {@code id:}. */
    public static final class UnknownPrefixException extends IllegalArgumentException {
        static final String HINT = "; use <IRI>, a prefix the query declares, or id:\u2026";
        private final String prefix;

        UnknownPrefixException(String prefix, String value) {
            super("unknown prefix '" + prefix + "' in " + value + HINT);
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** An absolute IRI, checked. */
    private static Node iri(String iri) {
        IRIx x = IRIx.create(iri);
        if (!x.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute IRI: <" + iri + ">");
        }
        return NodeFactory.createURI(iri);
    }

    /** The built-in prefixes, the ontology's, the query's (which win over those), and id: for the base. */
    private static PrefixMap prefixes(PrefixMapping queryPrefixes, String base) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        OntologyFiles.ontology().getNsPrefixMap().forEach(pm::add);
        if (queryPrefixes != null) {
            queryPrefixes.getNsPrefixMap().forEach(pm::add);
        }
        if (base != null) {
            pm.add(ID_PREFIX, base);
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
