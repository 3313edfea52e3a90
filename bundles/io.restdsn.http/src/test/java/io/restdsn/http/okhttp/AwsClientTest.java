package io.restdsn.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Fixtures;
import io.restdsn.http.Progress;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.StageOutcome;
import io.restdsn.http.TestStage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * AuthenticationMethod=43 end to end: requests arrive signed, and the signature verifies when the test recomputes
 * it with its own canonical-request code from what the server received.
 */
@Timeout(20)
class AwsClientTest {

	private static final String ACCESS_KEY = "AKIDEXAMPLE";
	private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

	private final OkHttpClient shared = new OkHttpClient();
	private MockWebServer server;
	private RestClientFactory factory;

	@BeforeEach
	void start() throws Exception {
		server = new MockWebServer();
		server.start();
		factory = OkHttpRestClients.factory(shared, new ObjectMapper());
	}

	@AfterEach
	void stop() {
		factory.close();
		server.close();
	}

	private Map<String, String> options() {
		Map<String, String> o = new LinkedHashMap<>();
		o.put("AuthenticationMethod", "43");
		o.put("AccessKey", ACCESS_KEY);
		o.put("Region", "eu-central-1");
		o.put("HostName", server.url("/").toString());
		return o;
	}

	private OkHttpRestClient client(Map<String, String> o) throws ConnectionException {
		return OkHttpRestClients.forDsn(factory, Fixtures.dsn(o), Fixtures.secrets("SecretKey", SECRET_KEY));
	}

	@Test
	void aGetArrivesSignedAndTheSignatureVerifies() throws Exception {
		server.enqueue(Fixtures.json(200, "[]"));
		assertEquals(200, client(options()).get("/prod/items/a%20b?z=1&a=x%20y&a=%C3%BC", Progress.NONE).status());
		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		String auth = r.getHeaders().get("Authorization");
		assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/"), auth);
		String date = r.getHeaders().get("x-amz-date");
		assertTrue(date.matches("\\d{8}T\\d{6}Z"), date);
		assertTrue(auth.contains("/" + date.substring(0, 8) + "/eu-central-1/execute-api/aws4_request, "), auth);
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
				r.getHeaders().get("x-amz-content-sha256"));
		assertTrue(auth.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date, "), auth);
		assertEquals(expectedAuthorization(r, "eu-central-1", "execute-api"), auth);
	}

	@Test
	void aPostSignsItsBodyAndContentType() throws Exception {
		server.enqueue(Fixtures.json(200, "{}"));
		OkHttpClient c = client(options()).authorizedClient();
		Request post = new Request.Builder().url(server.url("/prod/search"))
				.post(RequestBody.create("{\"q\":\"x\"}", MediaType.get("application/json"))).build();
		try (Response resp = c.newCall(post).execute()) {
			assertEquals(200, resp.code());
		}
		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(sha256("{\"q\":\"x\"}".getBytes(StandardCharsets.UTF_8)), r.getHeaders().get("x-amz-content-sha256"));
		assertTrue(r.getHeaders().get("Authorization").contains("SignedHeaders=content-type;host;"), r.getHeaders().get("Authorization"));
		assertEquals(expectedAuthorization(r, "eu-central-1", "execute-api"), r.getHeaders().get("Authorization"));
	}

	@Test
	void aRefusedSignatureNamesSecretKeyAndRegion() throws Exception {
		server.enqueue(Fixtures.json(403, "{\"message\":\"The request signature we calculated does not match the "
				+ "signature you provided.\"}"));
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> client(options()).get("/prod/items", Progress.NONE));
		assertEquals(List.of("SecretKey", "Region"), e.problem().options());
		assertTrue(e.problem().message().contains("signature does not match"), e.problem().message());
		assertTrue(e.problem().message().contains("service 'execute-api'"), e.problem().message());
		assertFalse(e.problem().message().contains(SECRET_KEY) || e.problem().transcript().contains(SECRET_KEY));
		assertTrue(e.problem().transcript().contains("Authorization: ••••"), e.problem().transcript());
	}

	@Test
	void missingOptionsAreConfigurationErrorsNamingThem() {
		for (String missing : List.of("AccessKey", "Region")) {
			Map<String, String> o = options();
			o.remove(missing);
			ConnectionException e = assertThrows(ConnectionException.class, () -> client(o));
			assertEquals(Kind.CONFIGURATION, e.problem().kind());
			assertEquals(List.of(missing), e.problem().options());
			assertTrue(e.problem().message().contains(missing), e.problem().message());
		}
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> OkHttpRestClients.forDsn(factory, Fixtures.dsn(options()), Fixtures.secrets()));
		assertEquals(List.of("SecretKey"), e.problem().options());
		assertTrue(e.problem().message().contains("secure storage"), e.problem().message());
		Map<String, String> o = options();
		o.put("Region", "EU Central");
		assertEquals(List.of("Region"), assertThrows(ConnectionException.class, () -> client(o)).problem().options());
	}

	@Test
	void theConnectionTestSignsTheHealthCheck() throws Exception {
		server.enqueue(Fixtures.json(200, "[]"));
		Map<String, String> o = options();
		o.put("HealthURI", "/prod/health");
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), Fixtures.secrets("SecretKey", SECRET_KEY),
				ConnectionTest.NO_MODEL).run(Progress.NONE);
		assertTrue(r.passed(), r.toString());
		assertEquals(StageOutcome.SKIPPED, r.stage(TestStage.TOKEN).outcome());
		assertFalse(r.toJson().contains(SECRET_KEY));
		RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(expectedAuthorization(req, "eu-central-1", "execute-api"), req.getHeaders().get("Authorization"));
	}

	/** Signature V4 recomputed from the received request, independently of the client's code. */
	private static String expectedAuthorization(RecordedRequest r, String region, String service) throws Exception {
		String auth = r.getHeaders().get("Authorization");
		String signed = auth.substring(auth.indexOf("SignedHeaders=") + 14, auth.indexOf(", Signature="));
		TreeMap<String, String> headers = new TreeMap<>();
		for (String name : signed.split(";")) {
			headers.put(name, r.getHeaders().get(name).trim());
		}
		String target = r.getTarget();
		String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
		String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
		List<String> pairs = new ArrayList<>();
		for (String p : query.isEmpty() ? new String[0] : query.split("&")) {
			String[] kv = p.split("=", 2);
			pairs.add(enc(dec(kv[0])) + "=" + (kv.length > 1 ? enc(dec(kv[1])) : ""));
		}
		pairs.sort(null);
		StringBuilder canonicalPath = new StringBuilder();
		for (String seg : path.substring(1).split("/", -1)) {
			canonicalPath.append('/').append(enc(seg)); // the path as sent, encoded again (non-S3)
		}
		StringBuilder cr = new StringBuilder(r.getMethod()).append('\n').append(canonicalPath).append('\n')
				.append(String.join("&", pairs)).append('\n');
		headers.forEach((k, v) -> cr.append(k).append(':').append(v).append('\n'));
		cr.append('\n').append(signed).append('\n').append(r.getHeaders().get("x-amz-content-sha256"));
		String date = r.getHeaders().get("x-amz-date");
		String scope = date.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
		String sts = "AWS4-HMAC-SHA256\n" + date + "\n" + scope + "\n"
				+ sha256(cr.toString().getBytes(StandardCharsets.UTF_8));
		byte[] k = hmac(("AWS4" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date.substring(0, 8));
		for (String part : List.of(region, service, "aws4_request")) {
			k = hmac(k, part);
		}
		return "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/" + scope + ", SignedHeaders=" + signed
				+ ", Signature=" + HexFormat.of().formatHex(hmac(k, sts));
	}

	private static String dec(String s) {
		return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/** AWS URI encoding: unreserved characters kept, every other UTF-8 byte %XX. */
	private static String enc(String s) {
		return strictEnc(s);
	}

	private static String strictEnc(String s) {
		StringBuilder b = new StringBuilder();
		for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (x & 0xff);
			if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
				b.append(c);
			} else {
				b.append(String.format("%%%02X", x & 0xff));
			}
		}
		return b.toString();
	}

	private static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
	}

	private static byte[] hmac(byte[] key, String data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
	}
}
