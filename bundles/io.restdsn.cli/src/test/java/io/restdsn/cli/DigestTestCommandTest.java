package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.connstr.OdbcConnectionString;
import io.restdsn.core.dsn.Dsn;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** {@code restdsn test --string} with AuthenticationMethod=30 against a Digest (MD5, qop=auth) server. */
class DigestTestCommandTest {

	private static final String REALM = "cli@restdsn.test";
	private static final String NONCE = "a1b2c3";
	private static final String PASSWORD = "Circle Of Life";

	@TempDir
	Path home;
	private MockWebServer server;

	@BeforeEach
	void start() throws Exception {
		server = new MockWebServer();
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest r) {
				String a = r.getHeaders().get("Authorization");
				if (a != null && a.startsWith("Digest ") && valid(params(a), r)) {
					return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
							.body("[{\"id\":1,\"name\":\"a\"}]").build();
				}
				return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate",
						"Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\"" + NONCE + "\"").build();
			}
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private static boolean valid(Map<String, String> p, RecordedRequest r) {
		String ha1 = md5("Mufasa:" + REALM + ":" + PASSWORD);
		String ha2 = md5(r.getMethod() + ":" + r.getTarget());
		return r.getTarget().equals(p.get("uri")) && md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":"
				+ p.get("cnonce") + ":auth:" + ha2).equals(p.get("response"));
	}

	private String string(String password) {
		Map<String, String> o = new LinkedHashMap<>();
		o.put("AuthenticationMethod", "30");
		o.put("User", "Mufasa");
		o.put("Password", password);
		o.put("HostName", server.url("/").toString());
		o.put("HealthURI", "/v1/items");
		return OdbcConnectionString.format(Dsn.of("", o));
	}

	@Test
	void theDataStagePassesAfterTheChallenge() {
		CliRunner.Result r = new CliRunner(home).run("test", "--verbose", "--string", string(PASSWORD));
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("skip  token"), r.out());
		assertTrue(r.out().contains("ok    data"), r.out());
		assertTrue(r.out().contains("Authorization: Digest ••••"), r.out());
		assertTrue(r.out().contains("Connection test passed"), r.out());
		assertFalse(r.out().contains(PASSWORD), r.out());
	}

	@Test
	void aWrongPasswordFailsTheDataStageNamingUserAndPassword() {
		CliRunner.Result r = new CliRunner(home).run("test", "--string", string("Circle Of Lies"));
		assertEquals(1, r.code(), r.out());
		assertTrue(r.out().contains("FAIL  data"), r.out());
		assertTrue(r.out().contains("change: User, Password"), r.out());
		assertFalse(r.out().contains("Circle Of Lies"), r.out());
		assertEquals(2, server.getRequestCount(), "one challenge, one answer");
	}

	private static Map<String, String> params(String header) {
		Map<String, String> m = new HashMap<>();
		Matcher x = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header.substring(7));
		while (x.find()) {
			m.put(x.group(1), x.group(2) != null ? x.group(2) : x.group(3));
		}
		return m;
	}

	private static String md5(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}
}
