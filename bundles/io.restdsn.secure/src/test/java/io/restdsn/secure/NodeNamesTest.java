package io.restdsn.secure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NodeNamesTest {

	@Test
	void everyNameBecomesPrintableAsciiWithoutSlashesAndComesBack() {
		for (String name : List.of("Sales", "Sales/EU", "a\\b", "\\u0041 literal", "\\5c\\2f", "Ünïcödé DSN", "日本語",
				"emoji 😀", "/srv/u/.odbc.ini", "tab\there", "trailing\\")) {
			String node = NodeNames.encode(name);
			assertTrue(node.chars().allMatch(c -> c >= 32 && c < 127 && c != '/'), node);
			assertEquals(name, NodeNames.decode(node), node);
		}
	}

	@Test
	void plainNamesStayReadable() {
		assertEquals("Sales EU (2)", NodeNames.encode("Sales EU (2)"));
		assertEquals("\\2fsrv\\2fu\\2f.odbc.ini", NodeNames.encode("/srv/u/.odbc.ini"));
	}
}
