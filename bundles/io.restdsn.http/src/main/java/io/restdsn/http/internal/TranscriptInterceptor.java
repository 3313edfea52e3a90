package io.restdsn.http.internal;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor that writes each hop into the request's {@link Transcript} tag, when there is one. Installed
 * after the credential injector so the transcript shows what was really sent (masked).
 */
final class TranscriptInterceptor implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Transcript t = chain.request().tag(Transcript.class);
		if (t == null) {
			return chain.proceed(chain.request());
		}
		t.request(chain.request(), chain.connection() == null ? "" : chain.connection().protocol().toString().toUpperCase(java.util.Locale.ROOT));
		long start = System.nanoTime();
		try {
			Response r = chain.proceed(chain.request());
			t.response(r, (System.nanoTime() - start) / 1_000_000);
			return r;
		} catch (IOException | RuntimeException e) {
			t.failure(e, (System.nanoTime() - start) / 1_000_000);
			throw e;
		}
	}
}
