package io.restdsn.ui.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.ColumnInfo;
import io.restdsn.engine.RelationInfo;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.TableInfo;

class SqlCompletionTest {

	static final SchemaInfo SCHEMA = new SchemaInfo("AUTOREST", List.of(
			table("CUSTOMERS", null, "ID", "NAME", "EMAIL"),
			table("CUSTOMERS_TAGS", "CUSTOMERS", "CUSTOMERS_ID", "VALUE"),
			table("ORDERS", null, "ID", "CUSTOMER_ID", "STATUS")), List.of(new RelationInfo("CUSTOMERS", List.of("ID"),
					"CUSTOMERS_TAGS", List.of("CUSTOMERS_ID"))));

	static TableInfo table(String name, String parent, String... columns) {
		List<ColumnInfo> cols = java.util.Arrays.stream(columns).map(c -> new ColumnInfo(c, "VarChar(10)",
				java.sql.Types.VARCHAR, c.equals("ID"), false, false, false, null, Map.of(), "DATA")).toList();
		return new TableInfo("AUTOREST", name, cols, List.of("ID"), parent, parent == null ? List.of()
				: List.of(columns[0]), List.of(), "GET http://x/" + name.toLowerCase(), "/");
	}

	private static List<String> labels(String text) {
		int caret = text.indexOf('|');
		String script = text.replace("|", "");
		return new SqlCompletion(SCHEMA).propose(script, caret).stream().map(SqlCompletion.Proposal::label).toList();
	}

	/** Tables and columns only (keywords matching the prefix follow them). */
	private static List<String> names(String text) {
		int caret = text.indexOf('|');
		String script = text.replace("|", "");
		return new SqlCompletion(SCHEMA).propose(script, caret).stream()
				.filter(p -> p.kind() != SqlCompletion.Category.KEYWORD).map(SqlCompletion.Proposal::label).toList();
	}

	@Test
	void tablesAfterFromAndJoin() {
		assertEquals(List.of("CUSTOMERS", "CUSTOMERS_TAGS"), labels("SELECT * FROM cu|"));
		assertEquals(List.of("ORDERS"), labels("SELECT * FROM CUSTOMERS c JOIN o|"));
		assertEquals(List.of("CUSTOMERS", "CUSTOMERS_TAGS", "ORDERS"), labels("SELECT * FROM |"));
	}

	@Test
	void columnsOfTheTablesTheStatementReads() {
		assertEquals(List.of("NAME"), names("SELECT n| FROM CUSTOMERS"));
		assertTrue(labels("SELECT n| FROM CUSTOMERS").contains("NULL"), "then keywords");
		List<String> all = labels("SELECT | FROM ORDERS");
		assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS"), all.subList(0, 3));
		assertTrue(all.contains("CUSTOMERS"), "tables follow the columns");
	}

	@Test
	void columnsAfterAnAliasOrTableName() {
		assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS"), labels("SELECT o.| FROM ORDERS o"));
		assertEquals(List.of("CUSTOMER_ID"), labels("SELECT o.cu| FROM ORDERS AS o"));
		assertEquals(List.of("NAME"), labels("SELECT CUSTOMERS.na| FROM CUSTOMERS"));
	}

	@Test
	void withoutATableAllColumnsAndKeywords() {
		List<String> l = labels("SELECT st|");
		assertTrue(l.contains("STATUS"), l.toString());
	}

	@Test
	void onlyTheStatementAtTheCaretCounts() {
		assertEquals(List.of("STATUS"), names("SELECT * FROM CUSTOMERS;\nSELECT s| FROM ORDERS"));
	}

	@Test
	void keywordsMatchAPrefix() {
		assertEquals(List.of("WHEN", "WHERE"), labels("SELECT * FROM CUSTOMERS WHE|"));
		assertTrue(labels("SELECT * FROM CUSTOMERS c |").contains("JOIN"), "after a table: the next clause");
	}

	@Test
	void replacementQuotesNamesThatNeedIt() {
		assertEquals("ID", SqlCompletion.quote("ID"));
		assertEquals("\"first name\"", SqlCompletion.quote("first name"));
		assertEquals("\"lower\"", SqlCompletion.quote("lower"));
		assertEquals("\"ORDER\"", SqlCompletion.quote("ORDER"));
	}

	@Test
	void wordAtCaret() {
		SqlCompletion.WordAtCaret w = SqlCompletion.wordAt("SELECT c.na", 11);
		assertEquals("na", w.prefix());
		assertEquals("c", w.qualifier());
		assertEquals(9, w.start());
	}
}
