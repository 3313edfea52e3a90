package io.restdsn.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultExportTest {

	@TempDir
	Path dir;

	private static ResultRows rows(int n) {
		ResultRows r = new ResultRows(List.of(new ResultColumn("ID", Types.INTEGER, "INTEGER"),
				new ResultColumn("NAME", Types.VARCHAR, "CHARACTER VARYING")));
		for (int i = 0; i < n; i++) {
			r.append(new Object[] { i, "n,\"" + i + "\"" });
		}
		return r;
	}

	@Test
	void writesTheGridsColumnAndRowOrder() throws Exception {
		ResultRows r = rows(3);
		RowOrder desc = RowOrder.sort(r, 3, List.of(new RowOrder.Key(0, false)), () -> false);
		Path f = dir.resolve("out.csv");
		ResultExport.Result res = new ResultExport(r, desc, 3, new int[] { 1, 0 }, RowFormat.CSV, f)
				.run(new NullProgressMonitor());
		assertEquals("NAME,ID\r\n\"n,\"\"2\"\"\",2\r\n\"n,\"\"1\"\"\",1\r\n\"n,\"\"0\"\"\",0\r\n",
				Files.readString(f, StandardCharsets.UTF_8));
		assertEquals(3, res.rows());
		assertEquals(Files.size(f), res.bytes());
	}

	@Test
	void onlyTheRowsTheGridShows() throws Exception {
		Path f = dir.resolve("out.json");
		new ResultExport(rows(10), RowOrder.ARRIVAL, 2, new int[] { 0 }, RowFormat.JSON, f)
				.run(new NullProgressMonitor());
		assertEquals("[\n  {\"ID\": 0},\n  {\"ID\": 1}\n]\n", Files.readString(f));
	}

	@Test
	void cancellingLeavesTheTargetAlone() throws Exception {
		Path f = dir.resolve("keep.csv");
		Files.writeString(f, "old");
		NullProgressMonitor m = new NullProgressMonitor();
		m.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new ResultExport(rows(5000), RowOrder.ARRIVAL, 5000, new int[] { 0, 1 }, RowFormat.CSV, f).run(m));
		assertEquals("old", Files.readString(f));
		try (var s = Files.list(dir)) {
			assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
		}
	}
}
