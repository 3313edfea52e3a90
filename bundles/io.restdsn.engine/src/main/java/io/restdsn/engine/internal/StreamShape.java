package io.restdsn.engine.internal;

import java.util.List;

/**
 * A query simple enough to answer without the local SQL engine: {@code SELECT cols FROM t [LIMIT n]} or a row
 * of plain aggregates ({@code COUNT(*)}, {@code COUNT/SUM/AVG/MIN/MAX(col)}) over one table, with every WHERE
 * condition already satisfied by the requests. Rows then go from the parser to the cursor directly.
 */
final class StreamShape {

	enum AggKind {
		COUNT_STAR, COUNT, SUM, AVG, MIN, MAX
	}

	/** One aggregate output column. */
	record Agg(AggKind kind, RelColumn column, String label) {
	}

	final RelTable table;
	/** Projected columns and their labels (projection mode). */
	final List<RelColumn> columns;
	final List<String> labels;
	/** Aggregates (aggregate mode), else {@code null}. */
	final List<Agg> aggregates;
	final long limit;

	StreamShape(RelTable table, List<RelColumn> columns, List<String> labels, List<Agg> aggregates, long limit) {
		this.table = table;
		this.columns = columns;
		this.labels = labels;
		this.aggregates = aggregates;
		this.limit = limit;
	}
}
