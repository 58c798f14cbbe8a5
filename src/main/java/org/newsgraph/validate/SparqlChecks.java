package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.Table;
import org.apache.jena.sparql.algebra.TableFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * The SHACL-SPARQL constraints of {@code ontology/shapes.ttl} (SELECT queries on node shapes),
 * run once per check for all focus nodes of their shape instead of once per focus node.
 *
 * <p>SHACL runs a constraint's query once per focus node with {@code $this} pre-bound, and Jena
 * compiles the query each time; for an article with thousands of nodes that is most of the
 * validation. Here each query is compiled once and run once per check for all focus nodes. When
 * a triple pattern of the query's own group has {@code $this}, every solution binds it, so the
 * query runs as it is and the solutions for the focus nodes are kept; otherwise ({@code $this}
 * only in {@code FILTER NOT EXISTS}, {@code UNION} branches, {@code BIND}) a {@code VALUES} block
 * of all focus nodes is placed first in the query's group. For the queries this is done to (a
 * plain {@code SELECT} that projects {@code $this}, no sub-query, {@code VALUES}, {@code MINUS},
 * {@code SERVICE} or {@code GRAPH}, no aggregate, limit or offset, and no other pre-bound
 * variable) the solutions for a focus node are the same as with {@code $this} pre-bound: every
 * pattern and filter of the group is evaluated with {@code $this} bound, and {@code EXISTS} sees
 * the row's value. Each solution is
 * reported as Jena's SHACL reports it: the focus node, the constraint's message with its
 * variables filled in from the solution. Shapes reached from other shapes ({@code sh:node},
 * {@code sh:or}...), with messages of their own, a severity other than violation, or a
 * constraint that does not qualify are left to the validator. A test checks that the report is
 * the one SHACL gives with the constraints in place.
 */
final class SparqlChecks {

    private static final Var THIS = Var.alloc("this");
    private static final String PLACEHOLDER = "urn:x-newsgraph:focus-placeholder-";

    /**
     * One constraint: the shape it belongs to, its message, and its query compiled and optimised
     * once: as it is (no placeholder), or with the {@code VALUES} block in place, the block's table
     * a placeholder that each run replaces with the focus nodes.
     */
    private record Check(Shape shape, Op plan, OpTable placeholder, String message) {
    }

    private final List<Check> checks;

    private SparqlChecks(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The shapes of {@code shapes} whose SPARQL constraints are run here, all of them qualifying;
     * {@code except} are left alone.
     */
    static List<Shape> batchable(Shapes shapes, Set<Node> except) {
        List<Shape> out = new ArrayList<>();
        for (Shape shape : shapes.getShapeMap().values()) {
            if (except.contains(shape.getShapeNode()) || !shape.isNodeShape() || shape.deactivated()
                    || !shape.hasTarget() || !shape.getMessages().isEmpty()
                    || !Severity.Violation.level().equals(shape.getSeverity().level())
                    || shapes.getGraph().find(Node.ANY, Node.ANY, shape.getShapeNode()).hasNext()) {
                continue;
            }
            boolean any = false;
            boolean all = true;
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint s) {
                    any = true;
                    all &= qualifies(s);
                }
            }
            if (any && all) {
                out.add(shape);
            }
        }
        return out;
    }

    /** The checks of these shapes' SPARQL constraints (as {@link #batchable} gives them). */
    static SparqlChecks of(List<Shape> shapes) {
        List<Check> checks = new ArrayList<>();
        for (Shape shape : shapes) {
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint s && boundByTriple(s.getQuery())) {
                    // $this is bound by a triple of the query's group in every solution: the query
                    // is run as it is, once, and only the rows of focus nodes are kept
                    checks.add(new Check(shape, Algebra.optimize(Algebra.compile(s.getQuery())), null, s.getMessage()));
                } else if (c instanceof SparqlConstraint s) {
                    // two rows, so that no optimisation treats the table as empty or as one constant
                    Op op = Algebra.optimize(Algebra.compile(bound(s.getQuery(),
                            List.of(NodeFactory.createURI(PLACEHOLDER + 1), NodeFactory.createURI(PLACEHOLDER + 2)))));
                    OpTable[] found = new OpTable[1];
                    OpWalker.walk(op, new OpVisitorBase() {
                        @Override
                        public void visit(OpTable t) {
                            if (!t.isJoinIdentity()) {
                                found[0] = found[0] == null ? t : null;
                            }
                        }
                    });
                    if (found[0] == null) {
                        throw new IllegalStateException("no single VALUES table in the plan of " + s.getQuery());
                    }
                    checks.add(new Check(shape, op, found[0], s.getMessage()));
                }
            }
        }
        return new SparqlChecks(checks);
    }

    /** Whether a triple pattern of the query's own group (not a nested one) has {@code $this}. */
    private static boolean boundByTriple(Query q) {
        for (Element e : ((ElementGroup) q.getQueryPattern()).getElements()) {
            if (e instanceof ElementPathBlock block) {
                for (TriplePath t : block.getPattern().getList()) {
                    if (THIS.equals(t.getSubject()) || THIS.equals(t.getObject())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many constraints are run here. */
    int size() {
        return checks.size();
    }

    private static boolean qualifies(SparqlConstraint c) {
        Query q = c.getQuery();
        if (q == null || !q.isSelectType() || c.getMessage() == null || q.hasGroupBy() || q.hasAggregators()
                || q.hasHaving() || q.hasLimit() || q.hasOffset() || q.hasValues() || q.hasOrderBy()
                || !(q.getQueryPattern() instanceof ElementGroup)
                || !(q.isQueryResultStar() || q.getProjectVars().contains(THIS))) {
            return false;
        }
        // the pattern's keywords and variables, without IRIs and strings
        String text = q.getQueryPattern().toString().replaceAll("<[^>]*>", " ")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ").toUpperCase(Locale.ROOT);
        return !FORBIDDEN.matcher(text).find() && thisBoundWhereRead((ElementGroup) q.getQueryPattern(), true);
    }

    /**
     * Whether {@code $this} is bound wherever an expression reads it. SHACL binds {@code $this}
     * before the query runs, in every part of it; here it comes from the focus nodes' table joined
     * with the query's own group, or from a triple of that group, so a nested group (a
     * {@code UNION} branch, an {@code OPTIONAL}, a group in braces) whose {@code FILTER} or
     * {@code BIND} reads {@code $this} must bind it by a triple of its own. Anything else is left to
     * Jena's validator.
     */
    private static boolean thisBoundWhereRead(ElementGroup group, boolean top) {
        boolean reads = false;
        boolean binds = false;
        for (Element e : group.getElements()) {
            if (e instanceof ElementFilter f) {
                reads |= f.getExpr().getVarsMentioned().contains(THIS);
            } else if (e instanceof ElementBind b) {
                reads |= b.getExpr().getVarsMentioned().contains(THIS);
            } else if (e instanceof ElementPathBlock block) {
                binds |= block.getPattern().getList().stream()
                        .anyMatch(t -> THIS.equals(t.getSubject()) || THIS.equals(t.getObject()));
            } else if (e instanceof ElementGroup g) {
                if (!thisBoundWhereRead(g, false)) {
                    return false;
                }
            } else if (e instanceof ElementOptional o) {
                if (!nestedBoundWhereRead(o.getOptionalElement())) {
                    return false;
                }
            } else if (e instanceof ElementUnion u) {
                for (Element branch : u.getElements()) {
                    if (!nestedBoundWhereRead(branch)) {
                        return false;
                    }
                }
            } else {
                return false;
            }
        }
        return top || !reads || binds;
    }

    private static boolean nestedBoundWhereRead(Element e) {
        return e instanceof ElementGroup g ? thisBoundWhereRead(g, false)
                : thisBoundWhereRead(groupOf(e), false);
    }

    private static ElementGroup groupOf(Element e) {
        ElementGroup g = new ElementGroup();
        g.addElement(e);
        return g;
    }

    /** What makes a query's solutions depend on more than {@code $this} being bound. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(?:SELECT|VALUES|MINUS|SERVICE|GRAPH)\\b|[?$](?:CURRENTSHAPE|SHAPESGRAPH|VALUE|PATH)\\b");

    /** The results of the constraints on {@code data}. */
    List<SpanCheck.Result> check(Graph data) {
        List<SpanCheck.Result> out = new ArrayList<>();
        for (Check c : checks) {
            Collection<Node> focus = VLib.focusNodes(data, c.shape());
            if (focus.isEmpty()) {
                continue;
            }
            Op plan = c.plan();
            Set<Node> keep = null;
            if (c.placeholder() == null) {
                keep = focus instanceof Set<Node> set ? set : new HashSet<>(focus);
            } else {
                Table table = TableFactory.create(List.of(THIS));
                focus.forEach(n -> table.addBinding(BindingFactory.binding(THIS, n)));
                plan = Transformer.transform(new TransformCopy() {
                    @Override
                    public Op transform(OpTable t) {
                        return t == c.placeholder() ? OpTable.create(table) : t;
                    }
                }, plan);
            }
            QueryIterator rows = QC.execute(plan, BindingRoot.create(), ExecutionContext.createForGraph(data));
            try {
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node focusNode = row.get(THIS);
                    if (keep == null || keep.contains(focusNode)) {
                        out.add(new SpanCheck.Result(focusNode, substitute(c.message(), row)));
                    }
                }
            } finally {
                rows.close();
            }
        }
        return out;
    }

    /** The query with a {@code VALUES ?this} block of the focus nodes first in its group. */
    private static Query bound(Query query, Collection<Node> focus) {
        Query q = query.cloneQuery();
        ElementData data = new ElementData();
        data.add(THIS);
        for (Node n : focus) {
            data.add(BindingFactory.binding(THIS, n));
        }
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        for (Element e : ((ElementGroup) query.getQueryPattern()).getElements()) {
            group.addElement(e);
        }
        q.setQueryPattern(group);
        return q;
    }

    /** The message with {@code {?var}} and {@code {$var}} filled in from the row, as Jena's SHACL does. */
    private static String substitute(String template, Binding row) {
        String x = template;
        Iterator<Var> vars = row.vars();
        while (vars.hasNext()) {
            Var v = vars.next();
            Node n = row.get(v);
            String shown = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(v.getVarName()) + "\\}", Matcher.quoteReplacement(shown));
        }
        return x;
    }
}
