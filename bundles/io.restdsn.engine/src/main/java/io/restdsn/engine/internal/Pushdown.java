package io.restdsn.engine.internal;

import java.util.List;

import io.restdsn.engine.model.Operator;
import net.sf.jsqlparser.expression.Expression;

/** What the planner found in a WHERE clause, shared by the planner and the {@link ParameterBinder}. */
final class Pushdown {

	private Pushdown() {
	}

	/** How a WHERE conjunct was used. */
	enum Use {
		/** not pushed: the local engine must evaluate it */
		LOCAL,
		/** pushed, and the rows' stored values satisfy it by construction (virtual = / IN fan-out) */
		GUARANTEED,
		/** pushed on a data column: the service filtered, the local engine checks again */
		SERVER,
		/** pushed on a virtual column whose stored value cannot satisfy it: removed from the local SQL */
		REMOVED
	}

	/** A predicate on a parameter column. */
	record Pred(Expression node, RelTable table, RelColumn column, Operator op, List<Object> values) {
	}
}
