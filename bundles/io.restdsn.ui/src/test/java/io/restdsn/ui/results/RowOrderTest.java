package io.restdsn.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowOrderTest {

	private static ResultRows rows(Object[]... values) {
		ResultRows r = new ResultRows(List.of(new ResultColumn("A", Types.INTEGER, "INTEGER"),
				new ResultColumn("B", Types.VARCHAR, "CHARACTER VARYING")));
		for (Object[] v : values) {
			r.append(v);
		}
		return r;
	}

	private static List<Object> column(ResultRows r, RowOrder o, int col) {
		List<Object> out = new ArrayList<>();
		for (int i = 0; i < r.size(); i++) {
			out.add(r.value(o.modelRow(i), col));
		}
		return out;
	}

	@Test
	void sortsByKeysStablyWithNullsLastAscending() {
		ResultRows r = rows(new Object[] { 3, "c" }, new Object[] { null, "n" }, new Object[] { 1, "b" },
				new Object[] { 1, "a" });
		RowOrder asc = RowOrder.sort(r, r.size(), List.of(new RowOrder.Key(0, true)), () -> false);
		assertEquals(java.util.Arrays.asList(1, 1, 3, null), column(r, asc, 0));
		assertEquals(List.of("b", "a", "c", "n"), column(r, asc, 1), "stable");
		RowOrder desc = RowOrder.sort(r, r.size(), List.of(new RowOrder.Key(0, false), new RowOrder.Key(1, true)),
				() -> false);
		assertEquals(List.of("n", "c", "a", "b"), column(r, desc, 1));
	}

	@Test
	void rowsAfterTheSnapshotFollowInArrivalOrder() {
		ResultRows r = rows(new Object[] { 2, "x" }, new Object[] { 1, "y" });
		RowOrder o = RowOrder.sort(r, 2, List.of(new RowOrder.Key(0, true)), () -> false);
		r.append(new Object[] { 0, "z" });
		assertEquals(List.of(1, 2, 0), column(r, o, 0));
		assertEquals(2, o.viewRow(2));
		assertEquals(0, o.viewRow(1));
	}

	@Test
	void textIgnoresCaseFirst() {
		ResultRows r = rows(new Object[] { 1, "b" }, new Object[] { 2, "A" }, new Object[] { 3, "a" });
		RowOrder o = RowOrder.sort(r, 3, List.of(new RowOrder.Key(1, true)), () -> false);
		assertEquals(List.of("A", "a", "b"), column(r, o, 1));
	}

	@Test
	void aCancelledSortGivesNothing() {
		Object[][] many = new Object[200_000][];
		for (int i = 0; i < many.length; i++) {
			many[i] = new Object[] { many.length - i, "v" };
		}
		ResultRows r = rows(many);
		assertNull(RowOrder.sort(r, r.size(), List.of(new RowOrder.Key(0, true)), () -> true));
	}

	@Test
	void readersSeeEveryPublishedRowWhileAWriterAppends() throws Exception {
		ResultRows r = new ResultRows(List.of(new ResultColumn("A", Types.INTEGER, "INTEGER")));
		Thread writer = new Thread(() -> {
			for (int i = 0; i < 300_000; i++) {
				r.append(new Object[] { i });
			}
		});
		writer.start();
		long checked = 0;
		while (writer.isAlive() || checked < r.size()) {
			int n = r.size();
			if (n > 0) {
				assertEquals(n - 1, r.value(n - 1, 0));
				checked = n;
			}
		}
		writer.join();
		assertEquals(300_000, r.size());
	}
}
