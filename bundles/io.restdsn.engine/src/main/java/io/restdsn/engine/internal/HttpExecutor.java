package io.restdsn.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.EngineOptions;
import io.restdsn.engine.model.HttpRule;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one planned request and returns an accepted page: consults the cache, applies the Model's
 * {@code #http} rules, retries throttling (429/503, honouring Retry-After) and server errors (5xx, WSRetryCount
 * times, with doubling backoff) within a cap on total waiting, and turns everything else into an
 * {@link EngineException} that names the URL, the status and the server's own message.
 * <p>
 * Every call is registered with the statement's {@link CancelToken}, so cancel closes the socket.
 */
final class HttpExecutor {

	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final OkHttpClient client;
	private final ObjectMapper mapper;
	private final List<HttpRule> rules;
	private final List<Pattern> matches;
	private final PageCache cache;
	private final int serverErrorRetries;
	private final EngineOptions options;

	HttpExecutor(OkHttpClient client, ObjectMapper mapper, List<HttpRule> rules, PageCache cache, int wsRetryCount,
			EngineOptions options) {
		this.client = client;
		this.mapper = mapper;
		this.rules = rules;
		this.matches = rules.stream().map(r -> r.match() == null ? null : Pattern.compile(r.match())).toList();
		this.cache = cache;
		this.serverErrorRetries = wsRetryCount;
		this.options = options;
	}

	/** What to do with a response, after rules and defaults. */
	private enum Decision {
		OK, ZERO_ROWS, FAIL, RETRY_AFTER, RETRY_FIXED, RETRY_BACKOFF, REAUTHENTICATE
	}

	Page fetch(RequestSpec spec, boolean refresh, CancelToken cancel, StatsCollector stats) {
		cancel.check();
		if (!refresh) {
			Page cached = cache.get(spec);
			if (cached != null) {
				stats.pagesFromCache.incrementAndGet();
				stats.request(spec.line() + " (cache)");
				return cached;
			}
		}
		int throttleLeft = Math.max(serverErrorRetries, options.throttleRetries());
		int serverLeft = serverErrorRetries;
		int attempt = 0;
		long waited = 0;
		boolean reauthenticated = false;
		while (true) {
			cancel.check();
			Call call = client.newCall(request(spec));
			cancel.call(call);
			stats.httpCalls.incrementAndGet();
			stats.request(spec.line());
			int status;
			byte[] body;
			Map<String, List<String>> headers;
			try (Response r = call.execute()) {
				status = r.code();
				headers = headers(r);
				ResponseBody rb = r.body();
				body = rb == null ? new byte[0] : rb.bytes();
			} catch (IOException e) {
				if (cancel.isCancelled()) {
					throw EngineException.cancelled();
				}
				if (serverLeft-- > 0) {
					long delay = backoff(attempt++);
					waited = waitOrGiveUp(spec, waited, delay, cancel, stats, "network error: " + e.getMessage(), -1);
					continue;
				}
				throw EngineException.io(spec.url(), spec.line() + " failed: " + describe(e), e);
			} finally {
				cancel.call(null);
			}
			stats.bytes.addAndGet(body.length);
			int ruleIndex = rule(status, body);
			HttpRule rule = ruleIndex < 0 ? null : rules.get(ruleIndex);
			Decision d = rule != null ? Decision.valueOf(rule.action().name()) : byDefault(status);
			switch (d) {
				case OK, ZERO_ROWS -> {
					Page page = new Page(spec, status, headers, body, false, d == Decision.ZERO_ROWS);
					cache.put(page);
					return page;
				}
				case RETRY_AFTER -> {
					if (throttleLeft-- > 0) {
						long delay = retryAfter(headers, attempt++);
						waited = waitOrGiveUp(spec, waited, delay, cancel, stats, "HTTP " + status, status);
						continue;
					}
				}
				case RETRY_FIXED -> {
					if (throttleLeft-- > 0) {
						long delay = rule != null && rule.delaySeconds() != null ? (long) (rule.delaySeconds() * 1000)
								: options.retryBaseDelay().toMillis();
						attempt++;
						waited = waitOrGiveUp(spec, waited, delay, cancel, stats, "HTTP " + status, status);
						continue;
					}
				}
				case RETRY_BACKOFF -> {
					if (serverLeft-- > 0) {
						long delay = backoff(attempt++);
						waited = waitOrGiveUp(spec, waited, delay, cancel, stats, "HTTP " + status, status);
						continue;
					}
				}
				case REAUTHENTICATE -> {
					Runnable reauth = options.reauthenticator();
					if (reauth != null && !reauthenticated) {
						reauthenticated = true;
						reauth.run();
						stats.retries.incrementAndGet();
						continue;
					}
				}
				case FAIL -> {
					// below
				}
			}
			throw failure(spec, status, body, rule, attempt);
		}
	}

	private Request request(RequestSpec spec) {
		Request.Builder b = new Request.Builder().url(spec.url());
		for (Map.Entry<String, String> h : spec.headers()) {
			b.addHeader(h.getKey(), h.getValue());
		}
		RequestBody body = spec.body() == null ? null : RequestBody.create(spec.body(), JSON);
		if (body == null && requiresBody(spec.method())) {
			body = RequestBody.create(new byte[0], null);
		}
		return b.method(spec.method(), body).build();
	}

	private static boolean requiresBody(String method) {
		return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
	}

	private static Map<String, List<String>> headers(Response r) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (String name : r.headers().names()) {
			out.put(name.toLowerCase(Locale.ROOT), r.headers(name));
		}
		return out;
	}

	private int rule(int status, byte[] body) {
		String text = null;
		for (int i = 0; i < rules.size(); i++) {
			HttpRule r = rules.get(i);
			if (!r.matchesStatus(status)) {
				continue;
			}
			Pattern p = matches.get(i);
			if (p != null) {
				if (text == null) {
					text = new String(body, StandardCharsets.UTF_8);
				}
				if (!p.matcher(text).find()) {
					continue;
				}
			}
			return i;
		}
		return -1;
	}

	private static Decision byDefault(int status) {
		if (status >= 200 && status < 300) {
			return Decision.OK;
		}
		if (status == 429 || status == 503) {
			return Decision.RETRY_AFTER;
		}
		if (status >= 500) {
			return Decision.RETRY_BACKOFF;
		}
		return Decision.FAIL;
	}

	private long backoff(int attempt) {
		long base = options.retryBaseDelay().toMillis();
		long d = base << Math.min(attempt, 20);
		return Math.min(d, options.maxRetryDelay().toMillis());
	}

	/** Retry-After in seconds or as an HTTP date; without one, the backoff delay. */
	private long retryAfter(Map<String, List<String>> headers, int attempt) {
		List<String> v = headers.get("retry-after");
		long delay = backoff(attempt);
		if (v != null && !v.isEmpty()) {
			String s = v.get(0).trim();
			try {
				delay = (long) (Double.parseDouble(s) * 1000);
			} catch (NumberFormatException e) {
				try {
					ZonedDateTime at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
					delay = Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis());
				} catch (RuntimeException e2) {
					// unparsable: keep the backoff delay
				}
			}
		}
		return Math.min(delay, options.maxRetryDelay().toMillis());
	}

	private long waitOrGiveUp(RequestSpec spec, long waited, long delay, CancelToken cancel, StatsCollector stats,
			String why, int status) {
		if (waited + delay > options.maxTotalRetryWait().toMillis()) {
			String msg = spec.line() + " still failing (" + why + ") after waiting " + waited
					+ " ms for retries; giving up";
			if (status > 0) {
				throw EngineException.http(spec.url(), status, null, msg);
			}
			throw EngineException.io(spec.url(), msg, null);
		}
		stats.retries.incrementAndGet();
		cancel.sleep(delay);
		return waited + delay;
	}

	private EngineException failure(RequestSpec spec, int status, byte[] body, HttpRule rule, int attempts) {
		String server = rule != null && rule.message() != null ? ServerMessage.expand(mapper, rule.message(), body)
				: ServerMessage.of(mapper, body);
		String msg = spec.line() + " returned HTTP " + status + (server == null ? "" : ": " + server)
				+ (attempts > 0 ? " (after " + attempts + " retries)" : "");
		return EngineException.http(spec.url(), status, server, msg);
	}

	private static String describe(IOException e) {
		String m = e.getMessage();
		return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
	}
}
