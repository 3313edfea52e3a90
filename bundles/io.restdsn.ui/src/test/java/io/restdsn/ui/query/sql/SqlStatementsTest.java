package io.restdsn.ui.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

	private static final String SCRIPT = "SELECT 1\nFROM a;\n\n-- second\nSELECT 2 FROM b\n\n\nSELECT ';' FROM c";

	@Test
	void splitsOnSemicolonsAndEmptyLinesOutsideStrings() {
		assertEquals(List.of("SELECT 1\nFROM a", "-- second\nSELECT 2 FROM b", "SELECT ';' FROM c"),
				SqlStatements.split(SCRIPT).stream().map(SqlStatements.Statement::sql).toList());
	}

	@Test
	void theStatementAtTheCaret() {
		assertEquals("SELECT 1\nFROM a", SqlStatements.at(SCRIPT, 3).sql());
		assertEquals("SELECT 1\nFROM a", SqlStatements.at(SCRIPT, SCRIPT.indexOf(';') + 1).sql(),
				"right after the semicolon");
		assertEquals("-- second\nSELECT 2 FROM b", SqlStatements.at(SCRIPT, SCRIPT.indexOf("2 FROM")).sql());
		assertEquals("SELECT ';' FROM c", SqlStatements.at(SCRIPT, SCRIPT.length()).sql());
	}

	@Test
	void aCaretOnTheBlankLineBelowAStatementMeansThatStatement() {
		String s = "SELECT 1 FROM a\n\n";
		assertEquals("SELECT 1 FROM a", SqlStatements.at(s, s.length()).sql());
	}

	@Test
	void offsetsPointIntoTheScript() {
		SqlStatements.Statement st = SqlStatements.at(SCRIPT, SCRIPT.indexOf("2 FROM"));
		assertEquals(st.sql(), SCRIPT.substring(st.start(), st.end()));
	}

	@Test
	void commentsAloneAreNoStatement() {
		assertNull(SqlStatements.at("-- nothing here\n/* or here */", 3));
		assertNull(SqlStatements.at("", 0));
	}

	@Test
	void blankLinesInsideAStringOrCommentDoNotSplit() {
		String s = "SELECT '\n\n' FROM a /* x\n\ny */ WHERE 1=1";
		assertEquals(List.of(s), SqlStatements.split(s).stream().map(SqlStatements.Statement::sql).toList());
	}
}
