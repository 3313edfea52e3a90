package io.restdsn.http.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Progress;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.TestStage;
import io.restdsn.http.TokenInfo;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The staged connection test. The first request (the token request for OAuth, else the data request) is recorded by
 * {@link ConnectEvents}, which lets connect and TLS be reported as stages of their own; a fresh connection pool makes
 * sure they really happen. Requests go through the same token client, interceptors and error mapping the engine uses.
 */
final class ConnectionTestRun implements ConnectionTest {

	private final HttpContext ctx;
	private final Dsn dsn;
	private final SecretLookup secrets;
	private final Function<Dsn, Optional<String>> firstDataUrl;
	private final AtomicBoolean used = new AtomicBoolean();

	/** Where the test is, for a cancel: the capture of the request in flight and the stage that request stands for. */
	private ConnectEvents.Capture activeCapture;
	private TestStage activeRequest;
	private boolean activeIsFirst;
	private boolean activeHttps;

	ConnectionTestRun(HttpContext ctx, Dsn dsn, SecretLookup secrets, Function<Dsn, Optional<String>> firstDataUrl) {
		this.ctx = ctx;
		this.dsn = dsn;
		this.secrets = secrets;
		this.firstDataUrl = firstDataUrl;
	}

	@Override
	public ConnectionTestResult run(Progress progress) {
		if (!used.compareAndSet(false, true)) {
			throw new IllegalStateException("a ConnectionTest runs once; create a new one");
		}
		long t0 = System.nanoTime();
		StageBook book = new StageBook();
		ConnectionPool pool = new ConnectionPool();
		try {
			stages(progress, book, pool);
		} catch (CancellationException e) {
			long now = System.nanoTime();
			TestStage during = activeRequest;
			if (activeCapture != null && activeIsFirst) {
				during = recordConnectSoFar(book, activeCapture, activeHttps, now);
			}
			book.canceled(during, Duration.ofNanos(now - (activeCapture != null ? activeCapture.start : t0)));
		} finally {
			pool.evictAll();
		}
		return book.result(dsn.name(), Duration.ofNanos(System.nanoTime() - t0));
	}

	private void stages(Progress progress, StageBook book, ConnectionPool pool) {
		progress.beginStage("Reading the options of " + dsn.name());
		DsnSettings s;
		try {
			s = DsnSettings.read(dsn, secrets);
		} catch (ConnectionException e) {
			book.fail(stageFor(e.problem()), Duration.ZERO, e.problem(), "");
			return;
		}
		ConnectEvents events = new ConnectEvents();
		OkHttpClient transport;
		try {
			transport = ClientAssembly.transport(
					ctx.shared().newBuilder().connectionPool(pool).eventListener(events).build(), s.transport());
		} catch (ConnectionException e) {
			book.fail(stageFor(e.problem()), Duration.ZERO, e.problem(), "");
			return;
		}

		DataSettings.Target target = null;
		ConnectionException targetProblem = null;
		try {
			target = s.data().testTarget(modelUrl(s));
		} catch (ConnectionException e) {
			targetProblem = e;
		}

		boolean oauth = s.auth().usesTokenEndpoint();
		TokenCache cache = null;
		CredentialSource credentials;
		if (oauth) {
			cache = new TokenCache(new TokenClient(ClientAssembly.tokenClient(transport, s.transport()), s,
					ctx.mapper(), ctx.runner(), ctx.clock())::start, ctx.clock());
			credentials = new TokenCredentials(cache, s.auth().customHeader());
			if (!token(progress, book, events, s, cache)) {
				return;
			}
		} else {
			credentials = CredentialSource.fixed(s.auth().fixedHeaders(), s.auth().fixedParams());
			book.skip(TestStage.TOKEN, "AuthenticationMethod " + AuthMethodCode.describe(s.auth().method())
					+ " uses no token endpoint.");
		}

		if (targetProblem != null) {
			if (!oauth) {
				book.skip(TestStage.CONNECT, "Nothing to connect to yet.");
				book.skip(TestStage.TLS, "Nothing to connect to yet.");
			}
			book.fail(TestStage.DATA, Duration.ZERO, targetProblem.problem(), "");
			return;
		}
		if (target == null) {
			String what = "No HealthURI, RestSamplePath or Model table (RestConfigFile) to call";
			List<String> opts = List.of(Opt.HEALTH_URI.spelling(), Opt.REST_SAMPLE_PATH.spelling(),
					Opt.REST_CONFIG_FILE.spelling());
			if (oauth) {
				book.skip(TestStage.DATA, what + ": the token proves the credentials, but no data endpoint was tried. "
						+ "Set HealthURI to test one.", opts);
				book.skip(TestStage.PARSE, "No data to parse.");
			} else {
				book.skip(TestStage.CONNECT, "Nothing to connect to.");
				book.skip(TestStage.TLS, "Nothing to connect to.");
				book.fail(TestStage.DATA, Duration.ZERO, Problem.of(s.redactor(), Kind.CONFIGURATION, what
						+ ": with AuthenticationMethod " + AuthMethodCode.describe(s.auth().method())
						+ " only a data request can prove the DSN works. Set HealthURI (an endpoint that needs the "
						+ "credentials) or RestSamplePath.").options(Opt.HEALTH_URI, Opt.REST_SAMPLE_PATH).build(),
						"");
			}
			return;
		}
		BufferedResponse page = data(progress, book, events, s, transport, credentials, target, !oauth);
		if (page != null) {
			parse(progress, book, s, target, page);
		}
	}

	/** The token stage, and connect/TLS from its events. False when the test cannot go on. */
	private boolean token(Progress progress, StageBook book, ConnectEvents events, DsnSettings s, TokenCache cache) {
		Endpoint endpoint = Endpoint.token(s.auth().clientCredentials());
		ConnectEvents.Capture cap = events.begin();
		active(cap, TestStage.TOKEN, true, endpoint.url().isHttps());
		progress.beginStage("Connecting to " + endpoint.hostPort());
		try {
			Token token = cache.get(watching(progress, cap, endpoint, "Requesting an access token from "
					+ endpoint.url().host(), true));
			long end = System.nanoTime();
			long from = recordConnect(book, cap, endpoint, s, end);
			TokenInfo info = token.info();
			book.pass(TestStage.TOKEN, Duration.ofNanos(end - from), describe(info, s), info.transcript());
			return true;
		} catch (ConnectionException e) {
			blame(book, cap, endpoint, s, e.problem(), System.nanoTime(), TestStage.TOKEN, true);
			return false;
		}
	}

	private BufferedResponse data(Progress progress, StageBook book, ConnectEvents events, DsnSettings s,
			OkHttpClient transport, CredentialSource credentials, DataSettings.Target target, boolean first) {
		Endpoint endpoint = Endpoint.data(target);
		ConnectEvents.Capture cap = events.begin();
		active(cap, TestStage.DATA, first, endpoint.url().isHttps());
		String label = "GET " + s.redactor().redact(target.url().toString());
		progress.beginStage(first ? "Connecting to " + endpoint.hostPort() : label);
		Transcript transcript = new Transcript(s.redactor());
		Request request = new Request.Builder().url(target.url()).header("Accept", "application/json")
				.tag(Transcript.class, transcript).build();
		OkHttpClient client = ClientAssembly.authorizedClient(transport, credentials,
				s.auth().requestAuth());
		TransportErrors errors = new TransportErrors(s.transport(), s.redactor());
		BufferedResponse r;
		try {
			r = Await.result(ctx.runner().start(client.newCall(request), resp -> {
				BufferedResponse b = BufferedResponse.read(resp, io.restdsn.http.RestResponse.MAX_BODY);
				transcript.body(b.body(), b.charset(), b.truncated());
				return b;
			}, e -> errors.map(e, endpoint, transcript.text())), watching(progress, cap, endpoint, label, first), true);
		} catch (ConnectionException e) {
			blame(book, cap, endpoint, s, e.problem(), System.nanoTime(), TestStage.DATA, first);
			return null;
		} catch (IOException e) {
			blame(book, cap, endpoint, s, errors.map(e, endpoint, transcript.text()).problem(), System.nanoTime(),
					TestStage.DATA, first);
			return null;
		}
		long end = System.nanoTime();
		long from = first ? recordConnect(book, cap, endpoint, s, end) : cap.start;
		if (!r.successful()) {
			ConnectionProblem p = new DataErrors(s.auth(), s.redactor()).map(r, target, transcript.text()).problem();
			book.fail(TestStage.DATA, Duration.ofNanos(end - from), p, transcript.text());
			return null;
		}
		book.pass(TestStage.DATA, Duration.ofNanos(end - from), "HTTP " + r.code() + " from " + target.label() + " "
				+ s.redactor().redact(r.url().toString()) + ": " + r.body().length + (r.truncated() ? "+" : "")
				+ " bytes" + (r.contentType() != null ? ", " + r.contentType() : "") + ".", transcript.text());
		return r;
	}

	private void parse(Progress progress, StageBook book, DsnSettings s, DataSettings.Target target,
			BufferedResponse page) {
		progress.beginStage("Parsing the first page");
		active(null, TestStage.PARSE, false, false);
		long t = System.nanoTime();
		FirstPage.Verdict v = FirstPage.judge(page.body(), page.contentType(), s.data().jsonRoot(), ctx.mapper());
		Duration d = Duration.ofNanos(System.nanoTime() - t);
		if (v.ok() == null && target.options().contains(Opt.HEALTH_URI)) {
			book.skip(TestStage.PARSE, v.message() + ": not parsed – a health check need not return data.");
		} else if (Boolean.TRUE.equals(v.ok())) {
			book.pass(TestStage.PARSE, d, v.message() + ".", "");
		} else {
			List<Opt> opts = v.jsonRootAtFault() ? List.of(Opt.JSON_ROOT) : target.options();
			book.fail(TestStage.PARSE, d, Problem.of(s.redactor(), v.ok() == null ? Kind.HTML_RESPONSE
					: Kind.MALFORMED_RESPONSE, v.message() + (v.jsonRootAtFault() ? ": correct JSONRoot."
							: ": check that " + target.label() + " is a JSON endpoint of the API."))
					.options(opts).build(), "");
		}
	}

	/** Records CONNECT and TLS as passed from a successful first call; returns when the request itself began. */
	private static long recordConnect(StageBook book, ConnectEvents.Capture cap, Endpoint endpoint, DsnSettings s,
			long end) {
		long connected = cap.tcpConnected != 0 ? cap.tcpConnected : end;
		book.pass(TestStage.CONNECT, Duration.ofNanos(connected - cap.start), "Connected to " + endpoint.hostPort()
				+ (cap.viaProxy ? " through the proxy" : "") + " in " + (connected - cap.start) / 1_000_000 + " ms.",
				cap.connectLog());
		if (!endpoint.url().isHttps()) {
			book.skip(TestStage.TLS, plainHttp(endpoint));
			return connected;
		}
		long tlsDone = cap.tlsDone != 0 ? cap.tlsDone : connected;
		book.pass(TestStage.TLS, Duration.ofNanos(tlsDone - connected), tlsMessage(cap, s), cap.tlsLog());
		return tlsDone;
	}

	/** On cancel: what of connect/TLS completed, and which stage was running. */
	private static TestStage recordConnectSoFar(StageBook book, ConnectEvents.Capture cap, boolean https, long now) {
		if (cap.tcpConnected == 0) {
			return TestStage.CONNECT;
		}
		book.pass(TestStage.CONNECT, Duration.ofNanos(cap.tcpConnected - cap.start), "Connected in "
				+ (cap.tcpConnected - cap.start) / 1_000_000 + " ms.", cap.connectLog());
		if (https && cap.tlsDone == 0) {
			return TestStage.TLS;
		}
		if (https) {
			book.pass(TestStage.TLS, Duration.ofNanos(cap.tlsDone - cap.tlsStarted), "TLS handshake completed.",
					cap.tlsLog());
		} else {
			book.skip(TestStage.TLS, "Plain http: no TLS.");
		}
		return book.has(TestStage.TOKEN) ? TestStage.DATA : TestStage.TOKEN;
	}

	/** Puts a failure on the stage where it happened: connect, TLS or the request itself. */
	private static void blame(StageBook book, ConnectEvents.Capture cap, Endpoint endpoint, DsnSettings s,
			ConnectionProblem p, long end, TestStage request, boolean first) {
		boolean tlsProblem = p.kind() == Kind.TLS_UNTRUSTED || p.kind() == Kind.TLS_HOSTNAME
				|| p.kind() == Kind.TLS_PROTOCOL || p.kind() == Kind.TLS_OTHER;
		if (first) {
			if (!cap.connected() && !tlsProblem) {
				book.fail(TestStage.CONNECT, Duration.ofNanos(end - cap.start), p, cap.connectLog());
				return;
			}
			long connected = cap.tcpConnected != 0 ? cap.tcpConnected : cap.start;
			book.pass(TestStage.CONNECT, Duration.ofNanos(connected - cap.start), "Connected to "
					+ endpoint.hostPort() + (cap.viaProxy ? " through the proxy" : "") + " in "
					+ (connected - cap.start) / 1_000_000 + " ms.", cap.connectLog());
			if (endpoint.url().isHttps()) {
				if (tlsProblem || cap.tlsDone == 0) {
					String log = cap.tlsLog() + (p.transcript().isEmpty() ? "" : p.transcript());
					book.fail(TestStage.TLS, Duration.ofNanos(end - connected), p, log);
					return;
				}
				book.pass(TestStage.TLS, Duration.ofNanos(cap.tlsDone - connected), tlsMessage(cap, s), cap.tlsLog());
			} else {
				book.skip(TestStage.TLS, plainHttp(endpoint));
			}
			long from = cap.tlsDone != 0 ? cap.tlsDone : connected;
			book.fail(request, Duration.ofNanos(end - from), p, p.transcript());
			return;
		}
		book.fail(request, Duration.ofNanos(end - cap.start), p, p.transcript());
	}

	/** TLS skipped for http – with a warning where it matters: credentials sent to the token endpoint. */
	private static String plainHttp(Endpoint endpoint) {
		return "Plain http: no TLS." + (endpoint.role().equals("token endpoint")
				? " The client secret and the token travel unencrypted: use https:// in TokenURI." : "");
	}

	private static String tlsMessage(ConnectEvents.Capture cap, DsnSettings s) {
		StringBuilder m = new StringBuilder();
		if (cap.handshake != null) {
			m.append(cap.handshake.tlsVersion().javaName()).append(", ").append(cap.handshake.cipherSuite().javaName());
			if (!cap.handshake.peerCertificates().isEmpty()
					&& cap.handshake.peerCertificates().get(0) instanceof java.security.cert.X509Certificate x) {
				m.append("; certificate for ").append(CertificateNames.names(x)).append(", valid until ")
						.append(x.getNotAfter().toInstant());
			}
		} else {
			m.append("TLS connection reused");
		}
		for (String note : TlsSetup.describe(s.transport().tls())) {
			m.append("; ").append(note);
		}
		if (!s.transport().tls().validate()) {
			m.append(" – anyone on the network path could pose as this server");
		}
		return m.append('.').toString();
	}

	private static String describe(TokenInfo info, DsnSettings s) {
		StringBuilder m = new StringBuilder("Got a ").append(info.tokenType()).append(" token ")
				.append(info.maskedToken());
		info.lifetime().ifPresentOrElse(l -> m.append(", valid for ").append(l.getSeconds()).append(" s (until ")
				.append(info.expiresAt().get()).append(')'), () -> m.append(", no expiry given"));
		info.grantedScope().ifPresent(sc -> m.append(", scope '").append(sc).append("'")
				.append(info.scopeFromServer() ? " granted" : " (as requested; the server named none)"));
		m.append('.');
		for (String n : info.notes()) {
			m.append(' ').append(n);
		}
		return s.redactor().redact(m.toString());
	}

	private Progress watching(Progress p, ConnectEvents.Capture cap, Endpoint endpoint, String requestLabel,
			boolean first) {
		boolean https = endpoint.url().isHttps();
		return new Progress() {
			private boolean tlsAnnounced;
			private boolean requestAnnounced = !first;

			@Override
			public void beginStage(String name) {
				p.beginStage(name);
			}

			@Override
			public boolean isCanceled() {
				// called on the test's thread by the polling wait: the one place to report what the worker reached
				if (https && cap.tcpConnected != 0 && !tlsAnnounced) {
					tlsAnnounced = true;
					p.beginStage("TLS handshake with " + endpoint.url().host());
				}
				if (!requestAnnounced && (https ? cap.tlsDone != 0 : cap.tcpConnected != 0)) {
					requestAnnounced = true;
					p.beginStage(requestLabel);
				}
				return p.isCanceled();
			}
		};
	}

	private void active(ConnectEvents.Capture cap, TestStage stage, boolean first, boolean https) {
		this.activeCapture = cap;
		this.activeRequest = stage;
		this.activeIsFirst = first;
		this.activeHttps = https;
	}

	/** The Model's first table URL, asked only when HealthURI and RestSamplePath are both absent. */
	private String modelUrl(DsnSettings s) throws ConnectionException {
		if (s.data().healthUri() != null || s.data().samplePath() != null) {
			return null;
		}
		try {
			return firstDataUrl.apply(dsn).orElse(null);
		} catch (RuntimeException e) {
			// the engine could not read the Model file: say so on the data stage rather than "nothing to call"
			throw Problem.of(s.redactor(), Kind.CONFIGURATION, "The first table of the Model file could not be "
					+ "found: " + e.getMessage()).options(Opt.REST_CONFIG_FILE).exception();
		}
	}

	/** A configuration problem belongs to the stage that would have used the option. */
	private static TestStage stageFor(ConnectionProblem p) {
		for (String o : p.options()) {
			switch (o) {
			case "ValidateServerCertificate", "TrustStore", "TrustStorePassword", "HostNameInCertificate",
					"CryptoProtocolVersion", "KeyStore", "KeyStorePassword", "KeyPassword":
				return TestStage.TLS;
			case "HostName", "PortNumber", "HealthURI", "RestSamplePath", "RestConfigFile", "JSONRoot":
				return TestStage.DATA;
			case "ProxyHost", "ProxyPort", "ProxyUser", "ProxyPassword", "WSTimeout", "LoginTimeout":
				return TestStage.CONNECT;
			default:
				break;
			}
		}
		return TestStage.TOKEN;
	}
}
