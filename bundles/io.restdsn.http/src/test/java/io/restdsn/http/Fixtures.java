package io.restdsn.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared test data: DSNs pointing at a MockWebServer, token responses, secret checks. */
public final class Fixtures {

	/** Reserved and non-ASCII characters that Basic/URL/form encodings treat differently. */
	public static final String ID = "app:id+1%&=ü";
	public static final String SECRET = "s3:cr+t%25&=é ñ/x?";
	public static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.payload.sig-0123456789";
	public static final String SECURITY_TOKEN = "tenant-key-9f8e7d6c5b4a";

	private Fixtures() {
	}

	public static MockResponse token(String accessToken, long expiresIn) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
				.body("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
						+ "}")
				.build();
	}

	public static MockResponse json(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
	}

	/** An AuthenticationMethod=53 DSN whose token endpoint is {@code /token} on the server. */
	public static Map<String, String> oauth(MockWebServer server, String method, int mode) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("AuthenticationMethod", "53");
		m.put("TokenURI", (method == null ? "" : method + " ") + server.url("/token"));
		m.put("ClientID", ID);
		m.put("ClientCredentialsMode", Integer.toString(mode));
		m.put("HostName", server.url("/").toString());
		return m;
	}

	public static Dsn dsn(Map<String, String> options) {
		return Dsn.of("test-dsn", options);
	}

	/** The secret lookup a UI would back with secure storage. */
	public static SecretLookup secrets(String... optionValuePairs) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < optionValuePairs.length; i += 2) {
			m.put(optionValuePairs[i], optionValuePairs[i + 1]);
		}
		return (dsn, option) -> Optional.ofNullable(m.get(option));
	}

	public static SecretLookup clientSecret() {
		return secrets("ClientSecret", SECRET, "SecurityToken", SECURITY_TOKEN);
	}

	/** Asserts that no form of the secret (raw, encoded, inside a Basic credential) appears in the text. */
	public static void assertNoSecret(String text, String... secrets) {
		if (text == null) {
			return;
		}
		for (String s : secrets) {
			String form = URLEncoder.encode(s, StandardCharsets.UTF_8);
			assertFalse(text.contains(s), () -> "secret in text: " + text);
			assertFalse(text.contains(form), () -> "form-encoded secret in text: " + text);
			assertFalse(text.contains(form.replace("+", "%20")), () -> "percent-encoded secret in text: " + text);
		}
		assertFalse(text.contains(basic(ID, SECRET).substring(6)), () -> "Basic credential in text: " + text);
	}

	public static void assertNoSecret(ConnectionProblem p) {
		assertNoSecret(p.message(), SECRET, TOKEN, SECURITY_TOKEN);
		assertNoSecret(p.summary(), SECRET, TOKEN, SECURITY_TOKEN);
		assertNoSecret(p.transcript(), SECRET, TOKEN, SECURITY_TOKEN);
		p.serverDescription().ifPresent(d -> assertNoSecret(d, SECRET, TOKEN, SECURITY_TOKEN));
	}

	/** RFC 6749 §2.3.1 Basic: each part form-urlencoded, then Base64. */
	public static String basic(String id, String secret) {
		String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes an RFC 6749 Basic header into {id, secret}. */
	public static String[] decodeBasic(String header) {
		String pair = new String(Base64.getDecoder().decode(header.substring("Basic ".length())), StandardCharsets.UTF_8);
		int colon = pair.indexOf(':');
		return new String[] { URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
				URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8) };
	}

	/** Form fields of a request body, decoded. */
	public static Map<String, String> form(RecordedRequest r) {
		Map<String, String> m = new LinkedHashMap<>();
		if (r.getBody() == null || r.getBody().size() == 0) {
			return m;
		}
		for (String pair : r.getBody().utf8().split("&")) {
			int eq = pair.indexOf('=');
			m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return m;
	}

	/** A Progress that records stage names and is canceled on demand. */
	public static final class Switch implements Progress {
		public volatile boolean canceled;
		public final java.util.List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void beginStage(String name) {
			stages.add(name);
		}

		@Override
		public boolean isCanceled() {
			return canceled;
		}
	}
}
