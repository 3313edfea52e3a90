package io.restdsn.core.connstr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;

class JdbcUrlTest {

	@Test
	void readsTheDocumentedFormsWithLegacyNames() {
		ParsedConnectionString p = JdbcUrl.parse("jdbc:datadirect:autorest:Config=C:/path/to/myrest.rest;"
				+ "Sample='https://example.com/countries/';AuthenticationMethod=53;ClientID=abc;");
		assertTrue(p.problems().isEmpty(), p.problems()::toString);
		assertEquals(List.of("RestConfigFile", "RestSamplePath", "AuthenticationMethod", "ClientID"),
				p.dsn().options().stream().map(Dsn.Option::key).toList());
		assertEquals("https://example.com/countries/", p.dsn().value("RestSamplePath"));
		assertEquals("", p.dsn().name());
	}

	@Test
	void aLeadingServerPartBecomesHostName() {
		Dsn a = JdbcUrl.parse("jdbc:datadirect:autorest://servername;Config=m.rest").dsn();
		assertEquals("servername", a.value("HostName"));
		assertEquals("m.rest", a.value("RestConfigFile"));
		Dsn b = JdbcUrl.parse("JDBC:DataDirect:AutoREST:https://example.com/;Config=C:\\path\\to\\myrest.rest;").dsn();
		assertEquals("https://example.com/", b.value("HostName"));
		assertEquals("C:\\path\\to\\myrest.rest", b.value("RestConfigFile"));
	}

	@Test
	void formatsWithBracesWhereNeeded() {
		Dsn d = Dsn.empty("ignored").with("RestConfigFile", "/m.rest").with("Scope", "a;b").with("Password", "{x}");
		String url = JdbcUrl.format(d);
		assertEquals("jdbc:datadirect:autorest:RestConfigFile=/m.rest;Scope={a;b};Password={{x}}}", url);
		assertEquals(d.withName(""), JdbcUrl.parse(url).dsn());
		assertEquals("jdbc:datadirect:autorest:", JdbcUrl.format(Dsn.empty("x")));
	}

	@Test
	void somethingElseIsAnError() {
		ParsedConnectionString p = JdbcUrl.parse("jdbc:postgresql://h/db");
		assertTrue(p.hasErrors());
		assertTrue(p.problems().get(0).message().contains(JdbcUrl.PREFIX));
		assertFalse(JdbcUrl.isJdbcUrl("DSN=x"));
		assertTrue(JdbcUrl.isJdbcUrl("  jdbc:datadirect:autorest:"));
	}

	@Test
	void positionsCountFromTheStartOfTheUrl() {
		ParsedConnectionString p = JdbcUrl.parse("jdbc:datadirect:autorest:A=1;B={open");
		assertEquals(JdbcUrl.PREFIX.length() + 7, p.problems().get(0).position());
	}
}
