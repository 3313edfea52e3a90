package io.restdsn.engine.internal;

import java.util.ArrayDeque;
import java.util.List;

import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.StatementStats;

/**
 * A cursor over rows produced without H2: either a fixed list (an aggregate row) or pages pulled from a
 * {@link TableScan} on demand, so a streamed result never holds more than one page.
 */
final class RowsCursor implements ResultCursor {

	private final String[] names;
	private final int[] types;
	private final String[] typeNames;
	private final int[] projection;
	private final TableScan scan;
	private final RelTable table;
	private final ArrayDeque<Object[]> buffer = new ArrayDeque<>();
	private final StatsCollector stats;
	private long remaining;
	private Object[] current;
	private boolean closed;

	/** A streamed projection of {@code table}: {@code projection[i]} is the row index of output column i. */
	RowsCursor(String[] names, int[] types, String[] typeNames, int[] projection, TableScan scan, RelTable table,
			long limit, StatsCollector stats) {
		this.names = names;
		this.types = types;
		this.typeNames = typeNames;
		this.projection = projection;
		this.scan = scan;
		this.table = table;
		this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
		this.stats = stats;
		if (scan != null && remaining > 0) {
			fill(); // the first page now, so request errors surface from execute()
		}
	}

	private void fill() {
		while (buffer.isEmpty() && scan != null) {
			boolean more = scan.step((t, row) -> {
				if (t == table) {
					buffer.add(row);
				}
			});
			if (!more) {
				break;
			}
		}
	}

	/** Fixed rows, already in output order. */
	RowsCursor(String[] names, int[] types, String[] typeNames, List<Object[]> rows, long limit,
			StatsCollector stats) {
		this(names, types, typeNames, null, null, null, limit, stats);
		buffer.addAll(rows);
	}

	@Override
	public int columnCount() {
		return names.length;
	}

	@Override
	public String columnName(int index) {
		return names[index];
	}

	@Override
	public int columnType(int index) {
		return types[index];
	}

	@Override
	public String columnTypeName(int index) {
		return typeNames[index];
	}

	@Override
	public boolean next() {
		if (closed || remaining <= 0) {
			current = null;
			stats.finish();
			return false;
		}
		fill();
		current = buffer.poll();
		if (current == null) {
			stats.finish();
			return false;
		}
		remaining--;
		return true;
	}

	@Override
	public Object getObject(int index) {
		if (current == null) {
			throw new IllegalStateException("no current row: call next() first");
		}
		return projection == null ? current[index] : current[projection[index]];
	}

	@Override
	public StatementStats stats() {
		return stats.snapshot();
	}

	@Override
	public void close() {
		closed = true;
		buffer.clear();
		stats.finish();
	}
}
