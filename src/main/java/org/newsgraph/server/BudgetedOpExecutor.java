package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggNull;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor with a row budget for the operators that hold rows in memory, counted as they
 * hold them: ORDER BY its input rows (a full sort: ORDER BY with a small enough LIMIT is a top-N
 * sort, which holds only LIMIT rows, and is not counted), DISTINCT the distinct rows it has seen,
 * GROUP BY its groups (or its input rows, when an aggregate keeps values: COUNT(DISTINCT ...),
 * GROUP_CONCAT, or the groups are expressions). More than the budget in one of them stops the
 * query with {@link BudgetExceededException}.
 */
final class BudgetedOpExecutor extends OpExecutorTDB2 {

    static OpExecutorFactory factory(long budget) {
        return execCxt -> new BudgetedOpExecutor(execCxt, budget);
    }

    private final long budget;

    private BudgetedOpExecutor(ExecutionContext execCxt, long budget) {
        super(execCxt);
        this.budget = budget;
    }

    /**
     * Every operator's results pass a pacing point ({@link Deadline#pace}, every 256 rows): a
     * long query that gives way to shorter ones pauses there, and the deadline is checked.
     */
    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        QueryIterator out = super.exec(op, input);
        Deadline d = Deadline.current();
        if (d == null) {
            return out;
        }
        return new QueryIterProcessBinding(out, execCxt) {
            private int rows;

            @Override
            public Binding accept(Binding binding) {
                if ((++rows & 0xFF) == 0) {
                    Deadline.pace(d);
                }
                return binding;
            }
        };
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator qIter = exec(opOrder.getSubOp(), input);
        return new org.apache.jena.sparql.engine.iterator.QueryIterSort(count(qIter, "ORDER BY"), opOrder.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpDistinct opDistinct, QueryIterator input) {
        QueryIterator qIter = exec(opDistinct.getSubOp(), input);
        // DISTINCT holds the rows it lets through (each row seen once): those are counted
        return count(new org.apache.jena.sparql.engine.iterator.QueryIterDistinct(qIter, null, execCxt), "DISTINCT");
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        QueryIterator qIter = exec(opGroup.getSubOp(), input);
        if (keepsValues(opGroup)) {
            qIter = count(qIter, "GROUP BY");
        } else if (!opGroup.getGroupVars().isEmpty()) {
            qIter = countGroups(qIter, opGroup.getGroupVars());
        }
        return new org.apache.jena.sparql.engine.iterator.QueryIterGroup(qIter, opGroup.getGroupVars(),
                opGroup.getAggregators(), execCxt);
    }

    /** The aggregates that keep one value per group, whatever its rows: the others (DISTINCT ones, GROUP_CONCAT, MEDIAN, MODE, FOLD, custom ones) may keep every value. */
    private static final Set<Class<?>> ONE_VALUE = Set.of(
            AggCount.class,
            AggCountVar.class,
            AggSum.class,
            AggAvg.class,
            AggMin.class,
            AggMax.class,
            AggSample.class,
            AggNull.class);

    /**
     * Whether a group can hold up to one entry per input row: with an aggregate that may keep
     * values (any but COUNT, SUM, AVG, MIN, MAX and SAMPLE without DISTINCT), or with GROUP BY
     * expressions; otherwise a group holds one value per aggregate, and what the query holds is
     * one entry per group.
     */
    private static boolean keepsValues(OpGroup opGroup) {
        if (!opGroup.getGroupVars().getExprs().isEmpty()) {
            return true;
        }
        for (ExprAggregator a : opGroup.getAggregators()) {
            if (!ONE_VALUE.contains(a.getAggregator().getClass())) {
                return true;
            }
        }
        return false;
    }

    /** Counts the groups (distinct values of the GROUP BY variables) the rows make. */
    private QueryIterator countGroups(QueryIterator in, VarExprList keys) {
        List<Var> vars = keys.getVars();
        Set<List<Node>> groups = new HashSet<>();
        return new QueryIterProcessBinding(in, execCxt) {
            @Override
            public Binding accept(Binding binding) {
                List<Node> key = new ArrayList<>(vars.size());
                vars.forEach(v -> key.add(binding.get(v)));
                if (groups.add(key) && groups.size() > budget) {
                    throw new BudgetExceededException("GROUP BY", budget);
                }
                return binding;
            }
        };
    }

    private QueryIterator count(QueryIterator in, String what) {
        return new QueryIterProcessBinding(in, execCxt) {
            private long rows;

            @Override
            public Binding accept(Binding binding) {
                if (++rows > budget) {
                    throw new BudgetExceededException(what, budget);
                }
                return binding;
            }
        };
    }

    /** A query that needs more rows in memory than the budget. */
    static final class BudgetExceededException extends RuntimeException {
        BudgetExceededException(String what, long budget) {
            super("Query refused: its " + what + " needs more than " + budget
                    + " rows in memory (the server's limit per query). Narrow the query, or give ORDER BY a LIMIT of at most "
                    + budget + ".");
        }
    }
}
