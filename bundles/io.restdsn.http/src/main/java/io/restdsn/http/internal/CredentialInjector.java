package io.restdsn.http.internal;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Network interceptor: adds the tagged credentials to a hop only when the hop goes to the credentials' origin.
 * <p>
 * Network interceptors run once per hop, redirects included, and what they add is not copied into the follow-up
 * request; OkHttp itself strips only {@code Authorization} on a cross-host redirect, not a custom AuthHeader nor a
 * URL parameter. Adding everything here, per hop, is what guarantees that a redirect to another host carries none.
 */
final class CredentialInjector implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		RequestCredentials c = request.tag(RequestCredentials.class);
		if (c == null || !Origins.mayReceive(c.origin(), request.url())) {
			return chain.proceed(request);
		}
		Request.Builder b = request.newBuilder();
		for (AuthSettings.Header h : c.headers()) {
			b.header(h.name(), h.value());
		}
		if (!c.params().isEmpty()) {
			HttpUrl.Builder url = request.url().newBuilder();
			for (AuthSettings.Param p : c.params()) {
				url.setQueryParameter(p.name(), p.value());
			}
			b.url(url.build());
		}
		return chain.proceed(b.build());
	}
}
