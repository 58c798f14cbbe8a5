package org.newsgraph.server;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor with a row budget for the operators that hold their input in memory:
 * ORDER BY (a full sort: ORDER BY with a small enough LIMIT is a top-N sort, which holds only
 * LIMIT rows, and is not counted), GROUP BY and DISTINCT. More than the budget of rows into one
 * of them stops the query with {@link BudgetExceededException}.
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
        return new org.apache.jena.sparql.engine.iterator.QueryIterDistinct(count(qIter, "DISTINCT"), null, execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        QueryIterator qIter = exec(opGroup.getSubOp(), input);
        if (holdsRows(opGroup)) {
            qIter = count(qIter, "GROUP BY");
        }
        return new org.apache.jena.sparql.engine.iterator.QueryIterGroup(qIter, opGroup.getGroupVars(),
                opGroup.getAggregators(), execCxt);
    }

    /**
     * Whether a group can hold up to one entry per input row: with GROUP BY keys, or with an
     * aggregate that keeps values (DISTINCT, GROUP_CONCAT, custom ones); COUNT, SUM, MIN, MAX, AVG
     * and SAMPLE over the whole input keep one value each.
     */
    private static boolean holdsRows(OpGroup opGroup) {
        if (!opGroup.getGroupVars().isEmpty()) {
            return true;
        }
        for (org.apache.jena.sparql.expr.ExprAggregator a : opGroup.getAggregators()) {
            String name = a.getAggregator().getClass().getSimpleName();
            if (name.contains("Distinct") || name.contains("GroupConcat") || name.contains("Custom")) {
                return true;
            }
        }
        return false;
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
