package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
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
 * TDB2's executor with a row budget for the rows a query holds in memory, counted as they are
 * held: by ORDER BY its input rows (ORDER BY with a LIMIT up to {@link #topNThreshold()} is ARQ's
 * top-N sort, which holds at most LIMIT of them), by DISTINCT the distinct rows it has
 * seen, by GROUP BY its groups (or its input rows, when an aggregate keeps values:
 * COUNT(DISTINCT ...), GROUP_CONCAT, or the groups are expressions). The budget is the query's:
 * what all its operators hold at once counts (an operator gives its rows back when its answer is
 * closed), so a query of several such operators holds no more than one would. More than the
 * budget stops the query with {@link BudgetExceededException}.
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
        Holding held = new Holding("ORDER BY");
        return held.untilClosed(new QueryIterSort(held.everyRow(qIter),
                opOrder.getConditions(), execCxt));
    }

    /**
     * The largest LIMIT for which ARQ sorts by keeping the top rows only: its optimiser reads
     * {@link ARQ#topNSortingThreshold} from the JVM's context, not the query's, 1000 by default.
     */
    static long topNThreshold() {
        Object n = ARQ.getContext().get(ARQ.topNSortingThreshold);
        return n instanceof Number number ? number.longValue() : 1000;
    }

    /** ORDER BY with a LIMIT up to {@link #topNThreshold()} (ARQ's top-N sort, DISTINCT or not) holds up to LIMIT rows. */
    @Override
    protected QueryIterator execute(OpTopN opTop, QueryIterator input) {
        boolean distinct = opTop.getSubOp() instanceof OpDistinct;
        Op sub = distinct ? ((OpDistinct) opTop.getSubOp()).getSubOp() : opTop.getSubOp();
        Holding held = new Holding("ORDER BY with LIMIT");
        QueryIterator qIter = held.upTo(opTop.getLimit(), exec(sub, input));
        return held.untilClosed(new QueryIterTopN(qIter,
                opTop.getConditions(), opTop.getLimit(), distinct, execCxt));
    }

    @Override
    protected QueryIterator execute(OpDistinct opDistinct, QueryIterator input) {
        QueryIterator qIter = exec(opDistinct.getSubOp(), input);
        // DISTINCT holds the rows it lets through (each row seen once): those are counted
        Holding held = new Holding("DISTINCT");
        return held.untilClosed(held.everyRow(new QueryIterDistinct(qIter, null, execCxt)));
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        QueryIterator qIter = exec(opGroup.getSubOp(), input);
        Holding held = new Holding("GROUP BY");
        if (keepsValues(opGroup)) {
            qIter = held.everyRow(qIter);
        } else if (!opGroup.getGroupVars().isEmpty()) {
            qIter = held.everyGroup(qIter, opGroup.getGroupVars().getVars());
        }
        return held.untilClosed(new QueryIterGroup(qIter, opGroup.getGroupVars(),
                opGroup.getAggregators(), execCxt));
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

    /**
     * The rows one operator holds, counted against the budget of the query on this thread (its
     * {@link Deadline}: one query, one thread) and given back when the operator's answer is
     * closed; without a query state, against a budget of the operator's own.
     */
    private final class Holding {
        private final String what;
        private final Deadline query = Deadline.current();
        private long rows;

        Holding(String what) {
            this.what = what;
        }

        private void add() {
            rows++;
            if (query != null) {
                query.hold(what, budget);
            } else if (rows > budget) {
                throw new BudgetExceededException(what, budget);
            }
        }

        /** Every row that passes is held. */
        QueryIterator everyRow(QueryIterator in) {
            return new QueryIterProcessBinding(in, execCxt) {
                @Override
                public Binding accept(Binding binding) {
                    add();
                    return binding;
                }
            };
        }

        /** Every row that passes is held, up to {@code limit} of them (what a top-N sort keeps). */
        QueryIterator upTo(long limit, QueryIterator in) {
            return new QueryIterProcessBinding(in, execCxt) {
                @Override
                public Binding accept(Binding binding) {
                    if (rows < limit) {
                        add();
                    }
                    return binding;
                }
            };
        }

        /** One row is held per group: per distinct value of the GROUP BY variables. */
        QueryIterator everyGroup(QueryIterator in, List<Var> vars) {
            Set<List<Node>> groups = new HashSet<>();
            return new QueryIterProcessBinding(in, execCxt) {
                @Override
                public Binding accept(Binding binding) {
                    List<Node> key = new ArrayList<>(vars.size());
                    vars.forEach(v -> key.add(binding.get(v)));
                    if (groups.add(key)) {
                        add();
                    }
                    return binding;
                }
            };
        }

        /** The operator's answer {@code out}: closing it gives the rows back. */
        QueryIterator untilClosed(QueryIterator out) {
            return new QueryIterProcessBinding(out, execCxt) {
                @Override
                public Binding accept(Binding binding) {
                    return binding;
                }

                @Override
                protected void closeSubIterator() {
                    try {
                        super.closeSubIterator();
                    } finally {
                        if (query != null) {
                            query.release(rows);
                        }
                        rows = 0;
                    }
                }
            };
        }
    }

    /** A query that needs more rows in memory than the budget. */
    static final class BudgetExceededException extends RuntimeException {
        BudgetExceededException(String what, long budget) {
            super("Query refused: at its " + what + " it needs more than " + budget
                    + " rows in memory (the server's limit per query, for all its ORDER BY, DISTINCT and GROUP BY at once)."
                    + " Narrow the query, or give ORDER BY a LIMIT of at most " + Math.min(budget, topNThreshold()) + ".");
        }
    }
}
