package io.restdsn.core.connstr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.connstr.ConnectionStringProblem.Severity;
import io.restdsn.core.dsn.Dsn;

class OdbcConnectionStringTest {

	private static ParsedConnectionString clean(String s) {
		ParsedConnectionString p = OdbcConnectionString.parse(s);
		assertTrue(p.problems().isEmpty(), () -> s + " -> " + p.problems());
		return p;
	}

	@Test
	void readsTheSeedString() {
		Dsn d = clean("DRIVER=DataDirect 8.0 Autonomous REST Connector;AuthenticationMethod=53;ClientID=...;"
				+ "ClientSecret=...;RestConfigFile=C:/path/to/googleanalytics.rest;"
				+ "TokenURI=https://accounts.google.com/o/oauth2/token;").dsn();
		assertEquals("", d.name());
		assertEquals(List.of("DRIVER", "AuthenticationMethod", "ClientID", "ClientSecret", "RestConfigFile", "TokenURI"),
				d.options().stream().map(Dsn.Option::key).toList());
		assertEquals("DataDirect 8.0 Autonomous REST Connector", d.value("driver"));
		assertEquals("https://accounts.google.com/o/oauth2/token", d.value("TokenURI"));
	}

	@Test
	void bracesQuotesBlanksAndTheName() {
		Dsn d = clean("  DSN = {My ; DSN} ; DRIVER={DataDirect 8.0 Autonomous REST Connector};"
				+ " Scope = {a}}b;c} ; RestSamplePath='https://x/y?a=1;b=2'; Empty=; Braced={}; Spaces={  two  };;"
				+ "Quoted=\"say \"\"hi\"\"\";Eq=a=b").dsn();
		assertEquals("My ; DSN", d.name());
		assertEquals("DataDirect 8.0 Autonomous REST Connector", d.value("DRIVER"));
		assertEquals("a}b;c", d.value("Scope"));
		assertEquals("https://x/y?a=1;b=2", d.value("RestSamplePath"));
		assertEquals("", d.value("Empty"));
		assertEquals("", d.value("Braced"));
		assertEquals("  two  ", d.value("Spaces"));
		assertEquals("say \"hi\"", d.value("Quoted"));
		assertEquals("a=b", d.value("Eq"));
		assertFalse(d.has("DSN"), "DSN= is the name, not an option");
	}

	@Test
	void writesBareWhenSafeBracesOtherwiseAndDriverAlwaysBraced() {
		Dsn d = Dsn.of("My DSN", List.of(new Dsn.Option("Driver", "DataDirect 8.0 Autonomous REST Connector"),
				new Dsn.Option("Scope", "read write"), new Dsn.Option("X", "a}b"), new Dsn.Option("Y", " lead"),
				new Dsn.Option("Z", "'quoted'"), new Dsn.Option("E", ""), new Dsn.Option("U", "https://h/p?q=1")));
		String s = OdbcConnectionString.format(d);
		assertEquals("DSN=My DSN;Driver={DataDirect 8.0 Autonomous REST Connector};Scope=read write;X={a}}b};"
				+ "Y={ lead};Z={'quoted'};E=;U={https://h/p?q=1}", s);
		assertEquals(d, clean(s).dsn());
		assertEquals("Scope=x", OdbcConnectionString.format(Dsn.empty("").with("Scope", "x")), "no name, no DSN=");
	}

	@Test
	void duplicatesAreReportedWithBothPositionsAndTheFirstIsKept() {
		ParsedConnectionString p = OdbcConnectionString.parse("Scope=a;ClientID=x;SCOPE=b;DSN=n;dsn=m");
		assertEquals("a", p.dsn().value("scope"));
		assertEquals("n", p.dsn().name());
		assertEquals(2, p.problems().size(), p.problems()::toString);
		ConnectionStringProblem first = p.problems().get(0);
		assertEquals(Severity.WARNING, first.severity());
		assertEquals(20, first.position());
		assertTrue(first.message().contains("first at character 1"), first.message());
		assertTrue(first.message().contains("Microsoft") && first.message().contains("unixODBC"), first.message());
		assertFalse(p.hasErrors());
		assertFalse(first.message().contains("=b"), "no values in messages");
	}

	@Test
	void unterminatedBraceIsAnErrorAtTheBrace() {
		ParsedConnectionString p = OdbcConnectionString.parse("A=1;Secret={abc;def");
		assertTrue(p.hasErrors());
		ConnectionStringProblem e = p.problems().get(0);
		assertEquals(12, e.position());
		assertTrue(e.message().contains("never closed") && e.message().contains("'Secret'"), e.message());
		assertFalse(e.toString().contains("abc"), "never quotes the value");
		assertEquals("1", p.dsn().value("A"), "what came before is still read");
		assertTrue(e.toString().startsWith("character 12: error: "), e::toString);
	}

	@Test
	void otherSyntaxErrorsHavePositions() {
		ParsedConnectionString p = OdbcConnectionString.parse("A=1;junk;=v;B={x}y;C='open");
		assertEquals(List.of(5, 10, 18, 22), p.problems().stream().map(ConnectionStringProblem::position).toList(),
				p.problems()::toString);
		assertTrue(p.problems().stream().allMatch(ConnectionStringProblem::isError));
		assertEquals("x", p.dsn().value("B"));
	}

	@Test
	void namesThatCannotBeWrittenAreRefused() {
		for (String key : List.of("", " a", "a ", "a=b", "a;b", "DSN", "dsn")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> OdbcConnectionString.format(Dsn.empty("n").with(key, "v")), key);
			assertFalse(e.getMessage().isBlank());
		}
	}
}
