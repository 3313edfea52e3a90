package io.restdsn.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import io.restdsn.engine.model.Model;

/**
 * Engine settings that are not connection options: cache, retry timing, storage of the local SQL engine.
 * Immutable; start from {@link #defaults()} and change with the {@code with…} methods.
 * <p>
 * Retry timing is here rather than fixed so tests can run the retry paths with millisecond delays.
 */
public final class EngineOptions {

	/** Where the local SQL engine (H2) keeps fetched rows. */
	public enum Storage {
		/**
		 * A temporary file database per session (deleted on close): memory stays bounded however many rows a
		 * query loads. The default.
		 */
		TEMP_FILE,
		/** Everything on the Java heap: fastest for small data, but a million rows need hundreds of MB. */
		MEMORY
	}

	private Duration cacheTtl = Duration.ofMinutes(5);
	private long cacheMaxBytes = 64L << 20;
	private int insertBatchSize = 1000;
	private int samplePages = 2;
	private Duration retryBaseDelay = Duration.ofMillis(500);
	private Duration maxRetryDelay = Duration.ofSeconds(30);
	private Duration maxTotalRetryWait = Duration.ofSeconds(60);
	private int throttleRetries = 3;
	private Storage storage = Storage.TEMP_FILE;
	private Path tempDirectory;
	private boolean streaming = true;
	private Model model;
	private Runnable reauthenticator;
	private int maxRequestsPerInList = 1000;

	private EngineOptions() {
	}

	public static EngineOptions defaults() {
		return new EngineOptions();
	}

	private EngineOptions copy() {
		EngineOptions o = new EngineOptions();
		o.cacheTtl = cacheTtl;
		o.cacheMaxBytes = cacheMaxBytes;
		o.insertBatchSize = insertBatchSize;
		o.samplePages = samplePages;
		o.retryBaseDelay = retryBaseDelay;
		o.maxRetryDelay = maxRetryDelay;
		o.maxTotalRetryWait = maxTotalRetryWait;
		o.throttleRetries = throttleRetries;
		o.storage = storage;
		o.tempDirectory = tempDirectory;
		o.streaming = streaming;
		o.model = model;
		o.reauthenticator = reauthenticator;
		o.maxRequestsPerInList = maxRequestsPerInList;
		return o;
	}

	/** How long fetched pages are reused within a session (default 5 minutes; zero disables the cache). */
	public EngineOptions withCacheTtl(Duration ttl) {
		EngineOptions o = copy();
		o.cacheTtl = Objects.requireNonNull(ttl);
		return o;
	}

	/** Upper bound of cached page bytes per session (default 64 MB); older pages are evicted first. */
	public EngineOptions withCacheMaxBytes(long bytes) {
		EngineOptions o = copy();
		o.cacheMaxBytes = bytes;
		return o;
	}

	/** Rows per JDBC batch when loading H2 (default 1000). */
	public EngineOptions withInsertBatchSize(int rows) {
		EngineOptions o = copy();
		o.insertBatchSize = Math.max(1, rows);
		return o;
	}

	/** Pages read to sample a short-form table (default 2; at least 1). */
	public EngineOptions withSamplePages(int pages) {
		EngineOptions o = copy();
		o.samplePages = Math.max(1, pages);
		return o;
	}

	/**
	 * Retry timing: first backoff delay (doubled per attempt), the cap of any single wait (Retry-After
	 * included) and the cap of all waits of one request.
	 */
	public EngineOptions withRetryTiming(Duration baseDelay, Duration maxDelay, Duration maxTotal) {
		EngineOptions o = copy();
		o.retryBaseDelay = baseDelay;
		o.maxRetryDelay = maxDelay;
		o.maxTotalRetryWait = maxTotal;
		return o;
	}

	/** Retries for 429/503 (throttling) even when WSRetryCount is 0 (default 3). */
	public EngineOptions withThrottleRetries(int retries) {
		EngineOptions o = copy();
		o.throttleRetries = Math.max(0, retries);
		return o;
	}

	public EngineOptions withStorage(Storage s) {
		EngineOptions o = copy();
		o.storage = Objects.requireNonNull(s);
		return o;
	}

	/** Directory for {@link Storage#TEMP_FILE} databases (default: java.io.tmpdir). */
	public EngineOptions withTempDirectory(Path dir) {
		EngineOptions o = copy();
		o.tempDirectory = dir;
		return o;
	}

	/**
	 * Whether simple single-table queries ({@code SELECT cols FROM t [LIMIT n]}, plain aggregates) bypass H2 and
	 * stream rows straight from the responses (default true). Off, every query runs in H2.
	 */
	public EngineOptions withStreaming(boolean on) {
		EngineOptions o = copy();
		o.streaming = on;
		return o;
	}

	/** Use this Model instead of the DSN's RestConfigFile/RestSamplePath (e.g. an unsaved edit). */
	public EngineOptions withModel(Model m) {
		EngineOptions o = copy();
		o.model = m;
		return o;
	}

	/**
	 * Called for an {@code #http} {@code REAUTHENTICATE} rule before the request is retried once; the HTTP
	 * layer's token cache is expected to drop its token.
	 */
	public EngineOptions withReauthenticator(Runnable r) {
		EngineOptions o = copy();
		o.reauthenticator = r;
		return o;
	}

	/** Cap on requests one {@code IN} list may fan out to (default 1000). */
	public EngineOptions withMaxRequestsPerInList(int n) {
		EngineOptions o = copy();
		o.maxRequestsPerInList = Math.max(1, n);
		return o;
	}

	public Duration cacheTtl() {
		return cacheTtl;
	}

	public long cacheMaxBytes() {
		return cacheMaxBytes;
	}

	public int insertBatchSize() {
		return insertBatchSize;
	}

	public int samplePages() {
		return samplePages;
	}

	public Duration retryBaseDelay() {
		return retryBaseDelay;
	}

	public Duration maxRetryDelay() {
		return maxRetryDelay;
	}

	public Duration maxTotalRetryWait() {
		return maxTotalRetryWait;
	}

	public int throttleRetries() {
		return throttleRetries;
	}

	public Storage storage() {
		return storage;
	}

	public Path tempDirectory() {
		return tempDirectory;
	}

	public boolean streaming() {
		return streaming;
	}

	public Model model() {
		return model;
	}

	public Runnable reauthenticator() {
		return reauthenticator;
	}

	public int maxRequestsPerInList() {
		return maxRequestsPerInList;
	}
}
