package io.restdsn.core.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DsnTest {

	@Test
	void keysAreCaseInsensitiveAndOrderIsKept() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("Zeta", "1");
		m.put("clientid", "abc");
		m.put("Custom_Unknown", "x");
		Dsn d = Dsn.of("d", m);
		assertEquals("abc", d.value("ClientID"));
		Dsn e = d.with("ClientID", "def");
		assertEquals(List.of("Zeta", "ClientID", "Custom_Unknown"), e.options().stream().map(Dsn.Option::key).toList());
		assertEquals("abc", d.value("CLIENTID"), "original unchanged");
	}

	@Test
	void duplicateKeysIgnoringCaseAreRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> Dsn.of("d", List.of(new Dsn.Option("Scope", "a"), new Dsn.Option("SCOPE", "b"))));
	}

	@Test
	void toStringNeverShowsValues() {
		Dsn d = Dsn.empty("d").with("ClientSecret", "s3cr3t");
		assertFalse(d.toString().contains("s3cr3t"));
		assertEquals(d, d.without("nothing"));
	}
}
