package io.restdsn.http.okhttp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.restdsn.http.Fixtures;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A fake API: {@code /token} hands out tok-1, tok-2…; everything else is answered by {@link #data}. */
final class TokenApi extends Dispatcher {

	final AtomicInteger tokenCalls = new AtomicInteger();
	final AtomicInteger dataCalls = new AtomicInteger();
	final Map<String, RecordedRequest> lastByPath = new ConcurrentHashMap<>();
	volatile long tokenDelayMillis;
	volatile long expiresIn = 3600;
	volatile MockResponse tokenResponse;
	volatile Function<RecordedRequest, MockResponse> data = r -> Fixtures.json(200, "{\"rows\":[1,2,3]}");

	@Override
	public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
		lastByPath.put(r.getUrl().encodedPath(), r);
		if (r.getUrl().encodedPath().equals("/token")) {
			int n = tokenCalls.incrementAndGet();
			if (tokenDelayMillis > 0) {
				Thread.sleep(tokenDelayMillis);
			}
			return tokenResponse != null ? tokenResponse : Fixtures.token("tok-" + n, expiresIn);
		}
		dataCalls.incrementAndGet();
		return data.apply(r);
	}
}
