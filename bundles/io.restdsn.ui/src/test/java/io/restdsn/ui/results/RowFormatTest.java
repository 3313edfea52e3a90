package io.restdsn.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowFormatTest {

	private static final List<String> NAMES = List.of("ID", "NAME", "NOTE");
	private static final List<Object[]> ROWS = List.of(
			new Object[] { 1, "Smith, Anna", null },
			new Object[] { 2, "say \"hi\"", "two\nlines" },
			new Object[] { 3, "tab\there", new BigDecimal("10.50") });

	@Test
	void csvFollowsRfc4180() {
		assertEquals("ID,NAME,NOTE\r\n"
				+ "1,\"Smith, Anna\",\r\n"
				+ "2,\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
				+ "3,tab\there,10.50\r\n", RowFormat.CSV.format(NAMES, ROWS, true));
	}

	@Test
	void tsvQuotesOnlyWhatWouldBreakRows() {
		assertEquals("1\tSmith, Anna\t\n2\t\"say \"\"hi\"\"\"\t\"two\nlines\"\n3\t\"tab\there\"\t10.50\n",
				RowFormat.TSV.format(NAMES, ROWS, false));
	}

	@Test
	void jsonIsTypedWithNullsAndEscapes() {
		assertEquals("[\n"
				+ "  {\"ID\": 1, \"NAME\": \"Smith, Anna\", \"NOTE\": null},\n"
				+ "  {\"ID\": 2, \"NAME\": \"say \\\"hi\\\"\", \"NOTE\": \"two\\nlines\"},\n"
				+ "  {\"ID\": 3, \"NAME\": \"tab\\there\", \"NOTE\": 10.50}\n"
				+ "]\n", RowFormat.JSON.format(NAMES, ROWS, true));
		assertEquals("[]\n", RowFormat.JSON.format(NAMES, List.of(), true));
	}

	@Test
	void jsonKeysAreMadeUnique() {
		assertEquals(Arrays.asList("ID", "ID_2", "id_3"), Arrays.asList(RowFormat.uniqueKeys(List.of("ID", "ID", "id"))));
	}

	@Test
	void valuesReadAsUsersExpect() {
		assertEquals("2024-01-05 10:30:00", CellText.full(LocalDateTime.of(2024, 1, 5, 10, 30)));
		assertEquals("2024-01-05 10:30:00.25", CellText.full(LocalDateTime.of(2024, 1, 5, 10, 30, 0, 250_000_000)));
		assertEquals("NULL", CellText.cell(null));
		assertEquals("", CellText.full(null));
		assertEquals("a⏎b", CellText.cell("a\nb"));
		assertEquals(CellText.CELL_MAX + 1, CellText.cell("x".repeat(1000)).length());
		assertEquals("0x0aff", CellText.full(new byte[] { 10, -1 }));
		assertEquals("true", CellText.full(Boolean.TRUE));
	}

	@Test
	void jsonPrettyPrintKeepsTheTextOfValues() {
		assertEquals("{\n  \"a\": [\n    1,\n    2.50\n  ],\n  \"b\": {},\n  \"c\": \"x, {y}\"\n}",
				JsonText.pretty("{\"a\":[1,2.50],\"b\":{},\"c\":\"x, {y}\"}"));
		assertEquals(true, CellText.looksLikeJson(" {\"a\":1} "));
		assertEquals(false, CellText.looksLikeJson("{not"));
	}
}
