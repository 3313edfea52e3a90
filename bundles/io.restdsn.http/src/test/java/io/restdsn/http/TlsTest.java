package io.restdsn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.restdsn.http.ConnectionProblem.Kind;
import mockwebserver3.MockWebServer;

/** TLS options against a real handshake with self-signed certificates. */
@Timeout(30)
class TlsTest {

	private static TestCertificates certs;

	private MockWebServer server;
	private RestClientFactory factory;

	@BeforeAll
	static void makeCertificates() throws Exception {
		certs = TestCertificates.create();
	}

	@BeforeEach
	void start() {
		factory = RestClientFactory.create();
	}

	@AfterEach
	void stop() {
		factory.close();
		if (server != null) {
			server.close();
		}
	}

	private void serve(Path keyStore) throws Exception {
		server = new MockWebServer();
		server.useHttps(TestCertificates.serverSockets(keyStore));
		server.start();
	}

	private Map<String, String> dsn() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 3);
		assertTrue(o.get("TokenURI").startsWith("POST https://"), o.get("TokenURI"));
		return o;
	}

	private SecretLookup secrets() {
		return Fixtures.secrets("ClientSecret", Fixtures.SECRET, "TrustStorePassword", TestCertificates.TRUST_PASSWORD);
	}

	private ConnectionProblem fail(Map<String, String> o) {
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> factory.tokenOperation(Fixtures.dsn(o), secrets()).run(Progress.NONE));
		Fixtures.assertNoSecret(e.problem());
		return e.problem();
	}

	@Test
	void untrustedCertificatePointsAtTrustStoreAndValidation() throws Exception {
		serve(certs.localhost);
		ConnectionProblem p = fail(dsn());
		assertEquals(Kind.TLS_UNTRUSTED, p.kind());
		assertEquals(List.of("TrustStore", "ValidateServerCertificate"), p.options());
		assertEquals(0, server.getRequestCount(), "no request may reach an untrusted server");
	}

	@Test
	void trustStoreWithTheCertificateIsTrusted() throws Exception {
		serve(certs.localhost);
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		TokenInfo info = factory.tokenOperation(Fixtures.dsn(o), secrets()).run(Progress.NONE);
		assertEquals("Bearer", info.tokenType());
	}

	@Test
	void wrongTrustStorePasswordIsAConfigurationProblem() throws Exception {
		serve(certs.localhost);
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		o.put("TrustStorePassword", "not-the-password");
		ConnectionProblem p = fail(o);
		assertEquals(Kind.CONFIGURATION, p.kind());
		assertEquals("TrustStorePassword", p.options().get(0));
		assertFalse(p.message().contains("not-the-password"), p.message());
	}

	@Test
	void missingTrustStoreFile() throws Exception {
		serve(certs.localhost);
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.dir.resolve("nope.jks").toString());
		ConnectionProblem p = fail(o);
		assertEquals(List.of("TrustStore"), p.options());
	}

	@Test
	void hostNameMismatchPointsAtHostNameInCertificate() throws Exception {
		serve(certs.wrongName);
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		ConnectionProblem p = fail(o);
		assertEquals(Kind.TLS_HOSTNAME, p.kind());
		assertEquals("HostNameInCertificate", p.options().get(0));
		assertTrue(p.message().contains("wrong.example"), p.message());
	}

	@Test
	void hostNameInCertificateAcceptsTheCertificatesName() throws Exception {
		serve(certs.wrongName);
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		o.put("HostNameInCertificate", "wrong.example");
		assertEquals("Bearer", factory.tokenOperation(Fixtures.dsn(o), secrets()).run(Progress.NONE).tokenType());
	}

	@Test
	void hostNameInCertificateStillRejectsOtherNames() throws Exception {
		serve(certs.wrongName);
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		o.put("HostNameInCertificate", "other.example");
		ConnectionProblem p = fail(o);
		assertEquals(Kind.TLS_HOSTNAME, p.kind());
		assertTrue(p.message().contains("other.example"), p.message());
	}

	@Test
	void validateServerCertificateZeroTrustsAnything() throws Exception {
		serve(certs.wrongName); // untrusted and the wrong name
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("ValidateServerCertificate", "0");
		assertEquals("Bearer", factory.tokenOperation(Fixtures.dsn(o), secrets()).run(Progress.NONE).tokenType());
	}

	@Test
	void plainHttpServerBehindHttpsUrl() throws Exception {
		// a real HTTP server answers a TLS ClientHello with an HTTP error; MockWebServer would just hang up
		try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread t = new Thread(() -> {
				try (Socket s = plain.accept()) {
					s.getInputStream().read(new byte[512]);
					s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
							.getBytes(StandardCharsets.US_ASCII));
					s.getOutputStream().flush();
					Thread.sleep(200);
				} catch (Exception e) {
					// test ends
				}
			});
			t.setDaemon(true);
			t.start();
			server = new MockWebServer();
			server.start();
			Map<String, String> o = Fixtures.oauth(server, "POST", 3);
			o.put("TokenURI", "POST https://127.0.0.1:" + plain.getLocalPort() + "/token");
			ConnectionProblem p = fail(o);
			assertEquals(Kind.TLS_OTHER, p.kind());
			assertTrue(p.message().contains("does not speak TLS"), p.message());
			assertEquals("TokenURI", p.options().get(0));
		}
	}

	@Test
	void serverHangingUpDuringHandshake() throws Exception {
		// a server that reads the ClientHello and hangs up without a word. (MockWebServer did this only by chance:
		// when the random bytes of the ClientHello made its request parser throw IllegalArgumentException, it left
		// the connection open and the client waited for WSTimeout, far beyond this test's timeout.)
		try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread t = new Thread(() -> {
				try (Socket s = plain.accept()) {
					s.getInputStream().read(new byte[512]);
				} catch (Exception e) {
					// test ends
				}
			});
			t.setDaemon(true);
			t.start();
			server = new MockWebServer();
			server.start();
			Map<String, String> o = Fixtures.oauth(server, "POST", 3);
			o.put("TokenURI", "POST https://127.0.0.1:" + plain.getLocalPort() + "/token");
			ConnectionProblem p = fail(o);
			assertEquals(Kind.TLS_OTHER, p.kind());
			assertEquals(List.of("TokenURI", "CryptoProtocolVersion"), p.options());
		}
	}

	@Test
	void cryptoProtocolVersionLimitsTheHandshake() throws Exception {
		serve(certs.localhost);
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		o.put("CryptoProtocolVersion", "TLSv1.2");
		o.put("HealthURI", "/health");
		server.enqueue(Fixtures.json(200, "[]"));
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), secrets(), ConnectionTest.NO_MODEL)
				.run(Progress.NONE);
		assertTrue(r.passed(), r.toString());
		assertTrue(r.stage(TestStage.TLS).message().startsWith("TLSv1.2"), r.stage(TestStage.TLS).message());
	}

	@Test
	void unknownCryptoProtocolVersion() throws Exception {
		serve(certs.localhost);
		Map<String, String> o = dsn();
		o.put("CryptoProtocolVersion", "SSLv2");
		assertEquals(List.of("CryptoProtocolVersion"), fail(o).options());
	}

	@Test
	void connectionTestBlamesTheTlsStage() throws Exception {
		serve(certs.localhost);
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(dsn()), secrets(), ConnectionTest.NO_MODEL)
				.run(Progress.NONE);
		assertFalse(r.passed());
		assertEquals(StageOutcome.PASSED, r.stage(TestStage.CONNECT).outcome(), r.toString());
		assertEquals(StageOutcome.FAILED, r.stage(TestStage.TLS).outcome(), r.toString());
		assertEquals(List.of("TrustStore", "ValidateServerCertificate"), r.stage(TestStage.TLS).options());
		assertEquals(StageOutcome.SKIPPED, r.stage(TestStage.TOKEN).outcome());
	}

	@Test
	void connectionTestReportsTheCertificateAndWarnsWhenNotValidated() throws Exception {
		serve(certs.localhost);
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("ValidateServerCertificate", "0");
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), secrets(), ConnectionTest.NO_MODEL)
				.run(Progress.NONE);
		StageResult tls = r.stage(TestStage.TLS);
		assertEquals(StageOutcome.PASSED, tls.outcome(), r.toString());
		assertTrue(tls.message().contains("NOT validated"), tls.message());
	}

	@Test
	void connectionTestReportsTheValidatedCertificate() throws Exception {
		serve(certs.localhost);
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		Map<String, String> o = dsn();
		o.put("TrustStore", certs.trustStore.toString());
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), secrets(), ConnectionTest.NO_MODEL)
				.run(Progress.NONE);
		StageResult tls = r.stage(TestStage.TLS);
		assertEquals(StageOutcome.PASSED, tls.outcome(), r.toString());
		assertTrue(tls.message().contains("certificate for [localhost, 127.0.0.1]"), tls.message());
		assertTrue(tls.transcript().contains("certificate: CN=localhost"), tls.transcript());
		Fixtures.assertNoSecret(r.toJson(), Fixtures.SECRET, Fixtures.TOKEN, TestCertificates.TRUST_PASSWORD);
	}
}
