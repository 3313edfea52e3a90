package io.restdsn.http.internal;

import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * What all of a factory's clients share: the OkHttp client (pool, dispatcher), the object mapper, the worker threads
 * that run calls for cancellable waiting, the clock, and the per-DSN token caches. Public only so the factories in
 * the API packages can create it; not API.
 */
public final class HttpContext {

	private final OkHttpClient shared;
	private final boolean ownsClient;
	private final ObjectMapper mapper;
	private final ExecutorService workers;
	private final CallRunner runner;
	private final InstantSource clock;
	/** DSN name → (fingerprint, cache): one live cache per DSN, replaced when the DSN's options change. */
	private final Map<String, Map.Entry<String, TokenCache>> tokenCaches = new ConcurrentHashMap<>();

	private HttpContext(OkHttpClient shared, boolean ownsClient, ObjectMapper mapper, InstantSource clock) {
		this.shared = Objects.requireNonNull(shared, "shared");
		this.ownsClient = ownsClient;
		this.mapper = Objects.requireNonNull(mapper, "mapper");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.workers = Executors.newCachedThreadPool(daemons());
		this.runner = new CallRunner(workers);
	}

	/** With its own shared client, closed with the context. */
	public static HttpContext standalone() {
		return new HttpContext(new OkHttpClient(), true, defaultMapper(), InstantSource.system());
	}

	/** Over the application's shared client, which the context never shuts down. */
	public static HttpContext over(OkHttpClient shared, ObjectMapper mapper) {
		return new HttpContext(shared, false, mapper, InstantSource.system());
	}

	/** For tests: a controllable clock. */
	public static HttpContext over(OkHttpClient shared, ObjectMapper mapper, InstantSource clock) {
		return new HttpContext(shared, false, mapper, clock);
	}

	static ObjectMapper defaultMapper() {
		return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
	}

	OkHttpClient shared() {
		return shared;
	}

	ObjectMapper mapper() {
		return mapper;
	}

	CallRunner runner() {
		return runner;
	}

	InstantSource clock() {
		return clock;
	}

	/** The DSN's token cache for these exact settings; a changed DSN gets a new, empty cache. */
	TokenCache tokenCache(DsnSettings s, Supplier<TokenCache> create) {
		Map.Entry<String, TokenCache> e = tokenCaches.compute(s.name(), (name, old) -> old != null
				&& old.getKey().equals(s.fingerprint()) ? old : Map.entry(s.fingerprint(), create.get()));
		return e.getValue();
	}

	void close() {
		workers.shutdownNow();
		tokenCaches.clear();
		if (ownsClient) {
			shared.dispatcher().executorService().shutdown();
			shared.connectionPool().evictAll();
		}
	}

	private static ThreadFactory daemons() {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "restdsn-http-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}
}
