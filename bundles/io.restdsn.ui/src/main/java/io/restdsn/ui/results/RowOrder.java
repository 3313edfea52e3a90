package io.restdsn.ui.results;

import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The order the grid shows fetched rows in: a permutation of the first {@link #sortedCount()} rows by sort keys;
 * rows that arrived after the sort follow in arrival order until the next sort.
 * <p>
 * Sorting builds a new order from a snapshot of the rows off the UI thread ({@link #sort}); the UI thread then
 * swaps it in. NULL sorts last ascending and first descending (as in most databases); values of one column are
 * compared by their natural order when they are of one comparable class, else by their text.
 */
public final class RowOrder {

	/** One sort key: a column (model index) and direction. */
	public record Key(int column, boolean ascending) {
	}

	/** The identity order: rows as they arrived. */
	public static final RowOrder ARRIVAL = new RowOrder(null, List.of());

	private final int[] order;
	private final List<Key> keys;

	private RowOrder(int[] order, List<Key> keys) {
		this.order = order;
		this.keys = List.copyOf(keys);
	}

	public List<Key> keys() {
		return keys;
	}

	/** Rows covered by the sort; later rows follow unsorted. */
	public int sortedCount() {
		return order == null ? 0 : order.length;
	}

	/** The model row shown at grid row {@code viewRow}. */
	public int modelRow(int viewRow) {
		return order != null && viewRow < order.length ? order[viewRow] : viewRow;
	}

	/** The grid row that shows model row {@code modelRow} (linear; for find and selection, not painting). */
	public int viewRow(int modelRow) {
		if (order == null || modelRow >= order.length) {
			return modelRow;
		}
		for (int i = 0; i < order.length; i++) {
			if (order[i] == modelRow) {
				return i;
			}
		}
		return modelRow;
	}

	/**
	 * Sorts the first {@code count} rows by {@code keys} (stable: equal rows keep their arrival order).
	 *
	 * @param canceled polled now and then; when it answers true the sort stops and {@code null} is returned
	 */
	public static RowOrder sort(ResultRows rows, int count, List<Key> keys, BooleanSupplier canceled) {
		if (keys.isEmpty()) {
			return ARRIVAL;
		}
		Comparator<Integer> cmp = null;
		for (Key k : keys) {
			Comparator<Integer> c = (a, b) -> compareValues(rows.value(a, k.column()), rows.value(b, k.column()));
			if (!k.ascending()) {
				c = c.reversed();
			}
			cmp = cmp == null ? c : cmp.thenComparing(c);
		}
		Integer[] idx = new Integer[count];
		for (int i = 0; i < count; i++) {
			idx[i] = i;
		}
		Comparator<Integer> checked = cancellable(cmp, canceled);
		try {
			java.util.Arrays.sort(idx, checked);
		} catch (CancellationException e) {
			return null;
		}
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			order[i] = idx[i];
		}
		return new RowOrder(order, keys);
	}

	private static final class CancellationException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		CancellationException() {
			super(null, null, false, false);
		}
	}

	private static Comparator<Integer> cancellable(Comparator<Integer> cmp, BooleanSupplier canceled) {
		int[] calls = new int[1];
		return (a, b) -> {
			if ((++calls[0] & 0xffff) == 0 && canceled.getAsBoolean()) {
				throw new CancellationException();
			}
			return cmp.compare(a, b);
		};
	}

	/** NULL last; same comparable class natural order; numbers across classes numerically; else by text. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a == null) {
			return 1;
		}
		if (b == null) {
			return -1;
		}
		if (a.getClass() == b.getClass() && a instanceof Comparable ca) {
			if (a instanceof String sa) {
				int c = String.CASE_INSENSITIVE_ORDER.compare(sa, (String) b);
				return c != 0 ? c : sa.compareTo((String) b);
			}
			return ca.compareTo(b);
		}
		if (a instanceof Number na && b instanceof Number nb) {
			try {
				return new java.math.BigDecimal(na.toString()).compareTo(new java.math.BigDecimal(nb.toString()));
			} catch (NumberFormatException e) {
				return Double.compare(na.doubleValue(), nb.doubleValue()); // NaN, Infinity
			}
		}
		return CellText.full(a).compareTo(CellText.full(b));
	}
}
