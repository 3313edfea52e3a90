package io.restdsn.http.internal;

import java.io.IOException;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.Progress;
import io.restdsn.http.Redactor;
import io.restdsn.http.RestResponse;
import io.restdsn.http.TokenInfo;
import io.restdsn.http.okhttp.OkHttpRestClient;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** One DSN's client: its authorized OkHttp client, its token cache, cancellable requests. */
final class DsnRestClient implements OkHttpRestClient {

	private final DsnSettings settings;
	private final OkHttpClient authorized;
	private final TokenCache cache;
	private final CallRunner runner;

	DsnRestClient(DsnSettings settings, OkHttpClient authorized, TokenCache cache, CallRunner runner) {
		this.settings = settings;
		this.authorized = authorized;
		this.cache = cache;
		this.runner = runner;
	}

	@Override
	public String dsnName() {
		return settings.name();
	}

	@Override
	public OkHttpClient authorizedClient() {
		return authorized;
	}

	@Override
	public RestResponse get(String urlOrPath, Progress progress) throws ConnectionException {
		DataSettings.Target target = settings.data().resolve(urlOrPath, null, "The API");
		Transcript transcript = new Transcript(settings.redactor());
		Request request = new Request.Builder().url(target.url()).header("Accept", "application/json")
				.tag(Transcript.class, transcript).build();
		TransportErrors errors = new TransportErrors(settings.transport(), settings.redactor());
		BufferedResponse r;
		try {
			r = Await.result(runner.start(authorized.newCall(request), resp -> {
				BufferedResponse b = BufferedResponse.read(resp, RestResponse.MAX_BODY);
				transcript.body(b.body(), b.charset(), b.truncated());
				return b;
			}, e -> errors.map(e, Endpoint.data(target), transcript.text())), progress, true);
		} catch (ConnectionException e) {
			throw e;
		} catch (IOException e) {
			throw errors.map(e, Endpoint.data(target), transcript.text());
		}
		if (!r.successful()) {
			throw new DataErrors(settings.auth(), settings.redactor()).map(r, target, transcript.text());
		}
		return r.toRestResponse(settings.redactor());
	}

	@Override
	public TokenInfo token(Progress progress) throws ConnectionException {
		if (cache == null) {
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(settings.auth().method())
					+ " uses no token endpoint: there is no token to get. Use 53 for OAuth 2.0 client credentials.",
					Opt.AUTHENTICATION_METHOD);
		}
		return cache.get(progress).info();
	}

	@Override
	public void invalidateToken() {
		if (cache != null) {
			cache.invalidate();
		}
	}

	@Override
	public Redactor redactor() {
		return settings.redactor();
	}

	@Override
	public String toString() {
		return "DsnRestClient[" + settings.name() + "]";
	}
}
