package io.restdsn.ui.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Messages as H2 2.3 writes them (the engine cuts them before "; SQL statement:"). */
class SqlErrorPositionTest {

	@Test
	void syntaxErrorMarker() {
		String sql = "SELECT ID, NAME FRO CUSTOMERS";
		SqlErrorPosition.Position p = SqlErrorPosition.locate(
				"Syntax error in SQL statement \"SELECT ID, NAME FRO [*]CUSTOMERS\"", sql);
		assertEquals(sql.indexOf("CUSTOMERS"), p.offset());
		assertEquals("CUSTOMERS".length(), p.length());
	}

	@Test
	void markerAtTheStartAndAtTheEnd() {
		assertEquals(0, SqlErrorPosition.locate(
				"Syntax error in SQL statement \"[*]SELEC * FROM CUSTOMERS\"; expected \"SAVEPOINT\"", "SELEC * FROM CUSTOMERS")
				.offset());
		String sql = "SELECT COUNT(*) FROM CUSTOMERS GROUP BY";
		assertEquals(sql.length(), SqlErrorPosition.locate(
				"Syntax error in SQL statement \"SELECT COUNT(*) FROM CUSTOMERS GROUP BY[*]\"; expected \"(\"", sql)
				.offset());
	}

	@Test
	void lineBreaksEscapedByH2() {
		String sql = "SELECT ID,\n  NAME\nFROM CUSTOMERS WHERE ID = 'x' AND";
		assertEquals(sql.length(), SqlErrorPosition.locate("Syntax error in SQL statement \"SELECT ID,\\000a  NAME"
				+ "\\000aFROM CUSTOMERS WHERE ID = 'x' AND[*]\"; expected \"NOT\"", sql).offset());
	}

	@Test
	void aRewrittenStatementIsMatchedByTheTextAroundTheMarker() {
		String sql = "select id,   name from customers wher id = 1";
		SqlErrorPosition.Position p = SqlErrorPosition.locate(
				"Syntax error in SQL statement \"SELECT ID, NAME FROM CUSTOMERS WHER [*]ID = 1\"", sql);
		assertEquals(sql.indexOf("id = 1"), p.offset());
	}

	@Test
	void unknownColumnsAndTablesByName() {
		String sql = "SELECT ID, nope FROM CUSTOMERS";
		SqlErrorPosition.Position p = SqlErrorPosition.locate("Column \"NOPE\" not found", sql);
		assertEquals(sql.indexOf("nope"), p.offset());
		assertEquals(4, p.length());
		assertEquals(14, SqlErrorPosition.locate("Table \"NOTHERE\" not found", "SELECT * FROM NotHere").offset());
	}

	@Test
	void nothingToLocate() {
		assertNull(SqlErrorPosition.locate("Only SELECT statements are supported", "DELETE FROM x"));
	}
}
