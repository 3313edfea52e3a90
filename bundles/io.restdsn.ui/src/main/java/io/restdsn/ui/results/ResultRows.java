package io.restdsn.ui.results;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of one result as they arrive: appended by the one thread that reads the engine's cursor, read by the UI
 * thread while more arrive.
 * <p>
 * Lock-free for readers (the grid paints from here): rows go into fixed-size chunks, and {@link #size()} is
 * published (volatile) only after the row is stored, so a reader that asks for row {@code i < size()} always finds
 * it. A grid of a million rows therefore costs one array per row and no copying as it grows.
 */
public final class ResultRows {

	private static final int CHUNK_BITS = 12;
	private static final int CHUNK = 1 << CHUNK_BITS;

	private final List<ResultColumn> columns;
	private volatile Object[][][] chunks = new Object[16][][];
	private volatile int size;

	public ResultRows(List<ResultColumn> columns) {
		this.columns = List.copyOf(columns);
	}

	public List<ResultColumn> columns() {
		return columns;
	}

	public int columnCount() {
		return columns.size();
	}

	/** Rows stored so far. */
	public int size() {
		return size;
	}

	/** Row {@code i} (0-based, {@code i < size()}); its array must not be changed. */
	public Object[] row(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException("row " + i + " of " + size);
		}
		return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
	}

	public Object value(int row, int column) {
		return row(row)[column];
	}

	/** Appends a row; only the single producing thread calls this. */
	public void append(Object[] row) {
		if (row.length != columns.size()) {
			throw new IllegalArgumentException("row of " + row.length + " values for " + columns.size() + " columns");
		}
		int i = size;
		int c = i >>> CHUNK_BITS;
		Object[][][] cs = chunks;
		if (c == cs.length) {
			cs = Arrays.copyOf(cs, cs.length * 2);
			chunks = cs;
		}
		if (cs[c] == null) {
			cs[c] = new Object[CHUNK][];
		}
		cs[c][i & (CHUNK - 1)] = row;
		size = i + 1; // publishes the row (and a grown chunk table) to readers
	}
}
