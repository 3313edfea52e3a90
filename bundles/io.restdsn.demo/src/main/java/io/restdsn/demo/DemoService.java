package io.restdsn.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.restdsn.core.dsn.Dsn;

/**
 * The built-in demo data source: an OAuth 2.0 client-credentials token endpoint and a bearer-protected JSON API with
 * made-up, nested, paged data, served on {@code 127.0.0.1} from inside the application.
 * <p>
 * It exists so that a new user sees the whole product work in the first minute with no account anywhere, and so
 * that the product's end-to-end tests run against a real HTTP server that behaves like the APIs users meet: it
 * checks credentials in every place the connector may send them, enforces scopes, expires tokens and pages in both
 * of the common ways. It uses only the JDK ({@code com.sun.net.httpserver}), so it runs wherever the core runs.
 * <p>
 * Endpoints (all JSON; everything below {@code /api} and {@code /health} needs {@code Authorization: Bearer}):
 * <ul>
 * <li>{@code POST|GET /oauth/token}: {@code grant_type=client_credentials}, optional {@code scope} out of
 * {@link #SCOPES}; credentials as HTTP Basic (form-urlencoded per RFC 6749 §2.3.1 or raw), or as
 * {@code client_id}/{@code client_secret} in the query or the form body.</li>
 * <li>{@code /api/customers?offset=&limit=}: 400 customers, {@code {"data":[…],"total":N}}.</li>
 * <li>{@code /api/customers/{id}}: one customer, ids 1001–1400.</li>
 * <li>{@code /api/orders?offset=&limit=&status=&customer_id=}: 3,000 orders with nested items.</li>
 * <li>{@code /api/events?cursor=&limit=}: 120,000 events, {@code {"events":[…],"next":"…"}}.</li>
 * <li>{@code /health}: 200 for a valid token.</li>
 * </ul>
 * The data is the same on every run. The service holds no state worth keeping beyond its tokens; a stopped service
 * cannot be restarted (make a new one).
 *
 * <pre>
 * try (DemoService demo = new DemoService().start()) {
 * 	Path model = demo.writeModelFile(dir.resolve("demo.rest"));
 * 	Dsn dsn = demo.dsn(DemoService.DSN_NAME, model);
 * 	…
 * }
 * </pre>
 */
public final class DemoService implements AutoCloseable {

	static {
		// The JDK server leaves Nagle's algorithm on: a small response on a kept-alive connection then waits ~40 ms
		// for the client's delayed ACK, which made every demo request (and the connection test) look 10x slower than
		// it is. Read once when the JDK server's configuration class loads, so set before the first server.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	/** The demo's client id. */
	public static final String CLIENT_ID = "restdsn-demo";

	/**
	 * The demo's client secret. <b>Public demo credentials</b>, published in the documentation: they open made-up
	 * data on this computer's loopback interface and nothing else, so they are a constant, not a secret. It contains
	 * {@code +} and {@code /} on purpose, so that sending it form-urlencoded (RFC 6749 §2.3.1) and raw really differ
	 * and clients are tested on both.
	 */
	public static final String CLIENT_SECRET = "demo-secret+42/public";

	/** The scope a token gets when the request names none, and the one the demo DSN asks for. */
	public static final String DEFAULT_SCOPE = "read";

	/** Every scope the token endpoint grants: {@code read} opens everything, the others one resource each. */
	public static final List<String> SCOPES = Scopes.ALLOWED;

	/** The lifetime of a token unless the constructor says otherwise. */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

	/** The name the application gives the demo's DSN. */
	public static final String DSN_NAME = "RestDSN Demo";

	/** Enough for the UI, the CLI and a test running side by side; requests are short. */
	private static final int THREADS = 4;

	private final int requestedPort;
	private final TokenStore tokens;
	private HttpServer server;
	private ExecutorService executor;
	private boolean stopped;

	/** A demo on a free port with one-hour tokens. */
	public DemoService() {
		this(0);
	}

	/** A demo on {@code port} ({@code 0}: a free one) with one-hour tokens. */
	public DemoService(int port) {
		this(port, DEFAULT_TOKEN_LIFETIME);
	}

	/**
	 * A demo on {@code port} ({@code 0}: a free one) whose tokens live {@code tokenLifetime}; short lifetimes let tests
	 * of token renewal run in seconds. {@code expires_in} is reported in whole seconds, rounded up.
	 */
	public DemoService(int port, Duration tokenLifetime) {
		this(port, tokenLifetime, Clock.systemUTC());
	}

	/** With a clock of the test's choosing, so that expiry can be tested without waiting. */
	DemoService(int port, Duration tokenLifetime, Clock clock) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0..65535, was " + port);
		}
		Objects.requireNonNull(tokenLifetime, "tokenLifetime");
		if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
			throw new IllegalArgumentException("tokenLifetime must be positive, was " + tokenLifetime);
		}
		this.requestedPort = port;
		this.tokens = new TokenStore(tokenLifetime, Objects.requireNonNull(clock, "clock"));
	}

	/**
	 * Generates the data, binds {@code 127.0.0.1} and starts serving.
	 *
	 * @return this, for try-with-resources
	 * @throws IOException           when the port cannot be bound (e.g. a given port is in use)
	 * @throws IllegalStateException when already started or stopped
	 */
	public synchronized DemoService start() throws IOException {
		if (server != null || stopped) {
			throw new IllegalStateException(stopped ? "the demo service was stopped; make a new one"
					: "the demo service is already running on port " + port());
		}
		DemoData data = DemoData.generate();
		BearerGuard guard = new BearerGuard(tokens);
		HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), requestedPort), 0);
		s.createContext("/oauth/token", new TokenEndpoint(new ClientAuthentication(CLIENT_ID, CLIENT_SECRET), tokens));
		s.createContext(CustomersEndpoint.PATH, new CustomersEndpoint(guard, data));
		s.createContext(OrdersEndpoint.PATH, new OrdersEndpoint(guard, data));
		s.createContext(EventsEndpoint.PATH, new EventsEndpoint(guard, new EventGenerator(DemoData.SEED, data)));
		s.createContext(HealthEndpoint.PATH, new HealthEndpoint(guard));
		s.createContext("/", new IndexEndpoint());
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, threads());
		s.setExecutor(pool);
		s.start();
		this.server = s;
		this.executor = pool;
		return this;
	}

	/** Whether the service is serving. */
	public synchronized boolean isRunning() {
		return server != null;
	}

	/** The bound port. */
	public synchronized int port() {
		return running().getAddress().getPort();
	}

	/** {@code http://127.0.0.1:port}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The token endpoint's URL (without a method prefix). */
	public String tokenUrl() {
		return baseUrl() + "/oauth/token";
	}

	/** The URL the DSN's HealthURI points to. */
	public String healthUrl() {
		return baseUrl() + HealthEndpoint.PATH;
	}

	/**
	 * Stops serving at once (requests in flight are cut off) and ends the service's threads. Idempotent; the port
	 * is free when this returns.
	 */
	public synchronized void stop() {
		stopped = true;
		if (server == null) {
			return;
		}
		server.stop(0);
		executor.shutdownNow();
		try {
			executor.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		server = null;
		executor = null;
	}

	/** {@link #stop()}. */
	@Override
	public void close() {
		stop();
	}

	/** The full-form {@code .rest} Model file for this running service (its {@code #hostname} is {@link #baseUrl()}). */
	public String modelFile() {
		return DemoModelFile.text(baseUrl());
	}

	/**
	 * Writes {@link #modelFile()} to {@code file} (UTF-8, replacing it), creating missing parent folders. The file
	 * names the port, so it must be rewritten whenever the service starts on another one.
	 *
	 * @return {@code file}
	 */
	public Path writeModelFile(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		return Files.writeString(file, modelFile(), StandardCharsets.UTF_8);
	}

	/**
	 * The options of a method-53 DSN for this service, in display order: Description, AuthenticationMethod=53,
	 * ClientID, ClientSecret, TokenURI ({@code POST …/oauth/token}), Scope=read, ClientCredentialsMode=1,
	 * RestConfigFile (absolute), HealthURI. Includes the secret: persist it to secure storage, not to odbc.ini.
	 *
	 * @param modelFile where the Model file is (see {@link #writeModelFile(Path)})
	 * @return an unmodifiable, ordered map
	 */
	public Map<String, String> connectionOptions(Path modelFile) {
		return DemoConnectionOptions.of(baseUrl(), modelFile);
	}

	/** {@link #connectionOptions(Path)} as a DSN named {@code name}. */
	public Dsn dsn(String name, Path modelFile) {
		return Dsn.of(name, connectionOptions(modelFile));
	}

	private HttpServer running() {
		if (server == null) {
			throw new IllegalStateException(stopped ? "the demo service was stopped" : "the demo service is not started");
		}
		return server;
	}

	/**
	 * Named daemon threads for the handlers: recognisable in a thread dump, and never the reason a JVM stays up
	 * (the JDK's own dispatcher thread is not a daemon, so {@link #stop()} is still required).
	 */
	private static ThreadFactory threads() {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "restdsn-demo-http-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}
}
