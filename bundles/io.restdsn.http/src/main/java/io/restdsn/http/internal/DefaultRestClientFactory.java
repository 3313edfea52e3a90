package io.restdsn.http.internal;

import java.util.Optional;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.TokenOperation;
import io.restdsn.http.okhttp.OkHttpRestClient;
import okhttp3.OkHttpClient;

/** The factory behind {@link RestClientFactory#create()} and {@code OkHttpRestClients.factory}. */
public final class DefaultRestClientFactory implements RestClientFactory {

	private final HttpContext ctx;

	public DefaultRestClientFactory(HttpContext ctx) {
		this.ctx = ctx;
	}

	@Override
	public OkHttpRestClient forDsn(Dsn dsn, SecretLookup secrets) throws ConnectionException {
		DsnSettings s = DsnSettings.read(dsn, secrets);
		OkHttpClient transport = ClientAssembly.transport(ctx.shared(), s.transport());
		TokenCache cache = null;
		CredentialSource credentials;
		if (s.auth().usesTokenEndpoint()) {
			OkHttpClient tokenHttp = ClientAssembly.tokenClient(transport, s.transport());
			cache = ctx.tokenCache(s, () -> new TokenCache(
					new TokenClient(tokenHttp, s, ctx.mapper(), ctx.runner(), ctx.clock())::start, ctx.clock()));
			credentials = new TokenCredentials(cache, s.auth().customHeader());
		} else {
			credentials = CredentialSource.fixed(s.auth().fixedHeaders(), s.auth().fixedParams());
		}
		return new DsnRestClient(s, ClientAssembly.authorizedClient(transport, credentials,
				s.auth().requestAuth()), cache, ctx.runner());
	}

	@Override
	public ConnectionTest connectionTest(Dsn dsn, SecretLookup secrets, Function<Dsn, Optional<String>> firstDataUrl) {
		return new ConnectionTestRun(ctx, dsn, secrets, firstDataUrl == null ? ConnectionTest.NO_MODEL : firstDataUrl);
	}

	@Override
	public TokenOperation tokenOperation(Dsn dsn, SecretLookup secrets) {
		return new TokenOperationRun(ctx, dsn, secrets);
	}

	@Override
	public void close() {
		ctx.close();
	}
}
