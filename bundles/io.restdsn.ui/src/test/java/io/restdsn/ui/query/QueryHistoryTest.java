package io.restdsn.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryHistoryTest {

	@TempDir
	Path dir;

	@Test
	void mostRecentFirstAcrossInstancesRepeatsMoveUp() throws Exception {
		QueryHistory h = new QueryHistory(dir.resolve("history"));
		h.add("Demo", "SELECT 1", Instant.ofEpochMilli(1000));
		h.add("Demo", "SELECT 2\nFROM t -- with #entry 9 9 inside\n", Instant.ofEpochMilli(2000));
		h.add("Demo", "  SELECT 1  ", Instant.ofEpochMilli(3000));
		List<QueryHistory.Entry> back = new QueryHistory(dir.resolve("history")).load("demo");
		assertEquals(List.of("SELECT 1", "SELECT 2\nFROM t -- with #entry 9 9 inside"),
				back.stream().map(QueryHistory.Entry::sql).toList());
		assertEquals(3000, back.get(0).at().toEpochMilli());
		assertEquals(List.of(), h.load("Other"));
	}

	@Test
	void keepsTheNewestEntriesOnly() throws Exception {
		QueryHistory h = new QueryHistory(dir);
		for (int i = 0; i < QueryHistory.MAX_ENTRIES + 5; i++) {
			h.add("x", "SELECT " + i, Instant.ofEpochMilli(i));
		}
		List<QueryHistory.Entry> l = h.load("x");
		assertEquals(QueryHistory.MAX_ENTRIES, l.size());
		assertEquals("SELECT " + (QueryHistory.MAX_ENTRIES + 4), l.get(0).sql());
	}

	@Test
	void aDamagedTailKeepsWhatCameBefore() throws Exception {
		QueryHistory h = new QueryHistory(dir);
		h.add("x", "SELECT 1", Instant.ofEpochMilli(1));
		Path f = h.file("x");
		Files.writeString(f, Files.readString(f) + "#entry 5 999\ntruncated");
		assertEquals(1, h.load("x").size());
	}

	@Test
	void fileNamesHideNothingAndFitAnyName() {
		QueryHistory h = new QueryHistory(dir);
		assertTrue(h.file("a/b:c").getFileName().toString().matches("[0-9a-f]+\\.sqlhistory"));
		assertEquals(h.file("Demo"), h.file(" demo "));
	}
}
