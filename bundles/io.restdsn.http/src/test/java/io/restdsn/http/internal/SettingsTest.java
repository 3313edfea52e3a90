package io.restdsn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.SecretLookup;
import okhttp3.HttpUrl;

/** Reading options: aliases, URL forms, the origin rule. */
class SettingsTest {

	private static DsnSettings read(Map<String, String> o) throws ConnectionException {
		return DsnSettings.read(Dsn.of("d", o), SecretLookup.NONE);
	}

	@Test
	void tokenUriMethodPrefix() throws Exception {
		assertEquals("POST", TokenEndpoint.parse("  post   https://a.example/oauth/token ").method());
		assertEquals("GET", TokenEndpoint.parse("https://a.example/t").method());
		assertEquals("/oauth/token", TokenEndpoint.parse("POST https://a.example/oauth/token").url().encodedPath());
		assertThrows(ConnectionException.class, () -> TokenEndpoint.parse("PUT https://a.example/t"));
		assertThrows(ConnectionException.class, () -> TokenEndpoint.parse("a.example/t"));
	}

	@Test
	void shortNamesAreAccepted() throws Exception {
		DsnSettings s = read(Map.of("am", "53", "o2tu", "POST https://a.example/t", "ClientID", "c", "ClientSecret",
				"s", "clcm", "3", "ah", "X-K", "st", "v", "host", "api.example", "huri", "/h"));
		assertEquals(CredentialsMode.POST_BODY, s.auth().clientCredentials().mode());
		assertEquals("X-K", s.auth().customHeader().name());
		assertEquals("http://api.example/h", s.data().testTarget(null).url().toString());
	}

	@Test
	void hostNameFormsAndRelativePaths() throws Exception {
		assertEquals("https://api.example/v2/items?x=1", read(Map.of("HostName", "https://api.example/v2/"))
				.data().resolve("/items?x=1", Opt.HEALTH_URI, "h").url().toString());
		assertEquals("https://api.example:8443/x", read(Map.of("HostName", "api.example", "PortNumber", "8443",
				"EncryptionMethod", "1")).data().resolve("x", null, "h").url().toString());
		assertEquals("https://api.example/x", read(Map.of("HostName", "api.example", "PortNumber", "443"))
				.data().resolve("x", null, "h").url().toString());
		assertEquals("https://other.example/abs", read(Map.of("HostName", "api.example")).data()
				.resolve("https://other.example/abs", null, "h").url().toString());
	}

	@Test
	void timeoutsAndProxy() throws Exception {
		TransportSettings t = read(Map.of("WSTimeout", "30", "ProxyHost", "http://proxy.local:3128", "ProxyUser", "u",
				"ProxyPassword", "p")).transport();
		assertEquals(30, t.connectTimeoutSeconds());
		assertEquals("proxy.local", t.proxy().host());
		assertEquals(3128, t.proxy().port());
		assertEquals(120, read(Map.of()).transport().wsTimeoutSeconds());
		assertEquals(5, read(Map.of("LoginTimeout", "5")).transport().connectTimeoutSeconds());
		ConnectionException e = assertThrows(ConnectionException.class, () -> read(Map.of("ProxyHost", "p")));
		assertEquals(List.of("ProxyPort"), e.problem().options());
		assertThrows(ConnectionException.class, () -> read(Map.of("WSTimeout", "-1")));
		assertThrows(ConnectionException.class, () -> read(Map.of("WSTimeout", "soon")));
	}

	@Test
	void cryptoProtocolSpellings() throws Exception {
		assertEquals(List.of("TLSv1.2", "TLSv1.3"), TransportSettings.protocols("TLSv1.2, tls1.3;1.2"));
	}

	@Test
	void headerValuesThatCannotBeSentAreRefusedWithoutQuotingThem() {
		ConnectionException e = assertThrows(ConnectionException.class, () -> read(Map.of("AuthenticationMethod", "34",
				"SecurityToken", "abc\ndef-secret")));
		assertEquals(List.of("SecurityToken"), e.problem().options());
		assertFalse(e.getMessage().contains("def-secret"));
	}

	@Test
	void fingerprintChangesWithEveryOptionAndSecret() throws Exception {
		Map<String, String> base = Map.of("AuthenticationMethod", "53", "TokenURI", "https://a/t", "ClientID", "c");
		String a = DsnSettings.read(Dsn.of("d", base), (d, o) -> java.util.Optional.of("s1")).fingerprint();
		String b = DsnSettings.read(Dsn.of("d", base), (d, o) -> java.util.Optional.of("s2")).fingerprint();
		assertFalse(a.equals(b));
		assertFalse(a.contains("s1"));
	}

	@Test
	void originRule() {
		HttpUrl origin = HttpUrl.get("http://api.example/x");
		assertTrue(Origins.mayReceive(origin, HttpUrl.get("http://API.example/y")));
		assertTrue(Origins.mayReceive(origin, HttpUrl.get("https://api.example/y")));
		assertFalse(Origins.mayReceive(origin, HttpUrl.get("http://api.example:8080/y")));
		assertFalse(Origins.mayReceive(origin, HttpUrl.get("http://evil.example/y")));
		assertFalse(Origins.mayReceive(HttpUrl.get("https://api.example/x"), HttpUrl.get("http://api.example/y")));
	}
}
