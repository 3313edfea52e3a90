package io.restdsn.ui.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.ui.query.sql.SqlScanner.Kind;
import io.restdsn.ui.query.sql.SqlScanner.Token;

class SqlScannerTest {

	private static List<String> kinds(String sql) {
		return SqlScanner.scan(sql).stream().filter(t -> t.kind() != Kind.WHITESPACE)
				.map(t -> t.kind() + ":" + t.text(sql)).toList();
	}

	@Test
	void keywordsIdentifiersStringsNumbersComments() {
		assertEquals(List.of("KEYWORD:select", "IDENTIFIER:id", "OPERATOR:,", "QUOTED_IDENTIFIER:\"Na me\"",
				"KEYWORD:FROM", "IDENTIFIER:customers", "KEYWORD:WHERE", "IDENTIFIER:name", "OPERATOR:=",
				"STRING:'O''Brien'", "KEYWORD:AND", "IDENTIFIER:x", "OPERATOR:>", "NUMBER:1.5e3", "COMMENT:-- done"),
				kinds("select id, \"Na me\" FROM customers WHERE name = 'O''Brien' AND x > 1.5e3 -- done"));
	}

	@Test
	void tokensCoverTheTextWithoutGaps() {
		String sql = "SELECT /* a\nb */ 'x\n' || \"q\" FROM t;\n-- end";
		int at = 0;
		for (Token t : SqlScanner.scan(sql)) {
			assertEquals(at, t.start());
			at = t.end();
		}
		assertEquals(sql.length(), at);
	}

	@Test
	void unterminatedStringsAndCommentsRunToTheEnd() {
		assertEquals(List.of("KEYWORD:SELECT", "STRING:'abc FROM t"), kinds("SELECT 'abc FROM t"));
		assertEquals(List.of("KEYWORD:SELECT", "COMMENT:/* open"), kinds("SELECT /* open"));
	}

	@Test
	void semicolonsAreTheirOwnTokens() {
		assertEquals(List.of("KEYWORD:SELECT", "NUMBER:1", "SEMICOLON:;", "STRING:';'"), kinds("SELECT 1; ';'"));
	}
}
