package io.restdsn.core.connstr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;

class CDataConnectionStringTest {

	@Test
	void readsCDataNamesAsOurs() {
		ParsedConnectionString p = CDataConnectionString.parse("AuthScheme=OAuthClient;OAuthClientId=id;"
				+ "OAuthClientSecret='s;ecret';OAuthAccessTokenURL=https://login/token;Scope=\"a b\";"
				+ "OAuthPasswordGrantMode=POST;ProxyServer=proxy;ProxyPort=3128;ProxyUser=u;ProxyPassword=p;Timeout=30;"
				+ "Other=kept");
		assertTrue(p.problems().isEmpty(), p.problems()::toString);
		Dsn expected = Dsn.of("", List.of(new Dsn.Option("AuthenticationMethod", "53"), new Dsn.Option("ClientID", "id"),
				new Dsn.Option("ClientSecret", "s;ecret"), new Dsn.Option("TokenURI", "https://login/token"),
				new Dsn.Option("Scope", "a b"), new Dsn.Option("ClientCredentialsMode", "3"),
				new Dsn.Option("ProxyHost", "proxy"), new Dsn.Option("ProxyPort", "3128"),
				new Dsn.Option("ProxyUser", "u"), new Dsn.Option("ProxyPassword", "p"),
				new Dsn.Option("WSTimeout", "30"), new Dsn.Option("Other", "kept")));
		assertEquals(expected, p.dsn());
	}

	@Test
	void olderOAuthWithClientGrantMeansClientCredentials() {
		Dsn d = CDataConnectionString.parse("AuthScheme=OAuth;OAuthClientId=x;OAuthGrantType=CLIENT;"
				+ "OAuthPasswordGrantMode=basic").dsn();
		assertEquals(Dsn.empty("").with("AuthenticationMethod", "53").with("ClientID", "x")
				.with("ClientCredentialsMode", "1"), d);
		ParsedConnectionString code = CDataConnectionString.parse("AuthScheme=OAuth;OAuthGrantType=CODE");
		assertEquals("OAuth", code.dsn().value("AuthScheme"));
		assertEquals("CODE", code.dsn().value("OAuthGrantType"));
		assertEquals(1, code.problems().size());
		assertTrue(code.problems().get(0).message().contains("AuthScheme=OAuth"));
	}

	@Test
	void writesCDataNamesAndReportsWhatHasNoCDataForm() {
		Dsn d = Dsn.empty("n").with("AuthenticationMethod", "53").with("ClientID", "id").with("ClientSecret", "a\"b")
				.with("TokenURI", "https://t").with("ClientCredentialsMode", "1").with("ProxyHost", "p")
				.with("WSTimeout", "5").with("RestConfigFile", "/m.rest");
		FormattedString f = CDataConnectionString.format(d);
		assertEquals("AuthScheme=OAuthClient;OAuthClientId=id;OAuthClientSecret=a\"b;OAuthAccessTokenURL=https://t;"
				+ "OAuthPasswordGrantMode=BASIC;ProxyServer=p;Timeout=5;RestConfigFile=/m.rest", f.text());
		assertTrue(f.notes().isEmpty());
		assertEquals(d.withName(""), CDataConnectionString.parse(f.text()).dsn());

		FormattedString post = CDataConnectionString.format(Dsn.empty("").with("ClientCredentialsMode", "3"));
		assertEquals("OAuthPasswordGrantMode=POST", post.text());

		FormattedString url = CDataConnectionString.format(Dsn.empty("").with("ClientCredentialsMode", "2"));
		assertEquals("ClientCredentialsMode=2", url.text());
		assertEquals(1, url.notes().size());
		assertTrue(url.notes().get(0).message().contains("no CData form"), url.notes()::toString);

		FormattedString basic = CDataConnectionString.format(Dsn.empty("").with("AuthenticationMethod", "0"));
		assertEquals("AuthenticationMethod=0", basic.text());
		assertEquals(1, basic.notes().size());
	}

	@Test
	void valuesAreDoubleQuotedWhenNeeded() {
		Dsn d = Dsn.empty("").with("Scope", " a;b \"c\" ").with("X", "{json}");
		String s = CDataConnectionString.format(d).text();
		assertEquals("Scope=\" a;b \"\"c\"\" \";X=\"{json}\"", s);
		assertEquals(d, CDataConnectionString.parse(s).dsn());
	}

	@Test
	void twoOptionsForOneCDataNameAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CDataConnectionString.format(Dsn.empty("").with("ClientID", "a").with("OAuthClientId", "b")));
		assertTrue(e.getMessage().contains("ClientID") && e.getMessage().contains("OAuthClientId"), e.getMessage());
	}
}
