package io.restdsn.http.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.Progress;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.TokenInfo;
import io.restdsn.http.TokenOperation;
import okhttp3.OkHttpClient;

/** "Get token now": one fresh fetch, outside the cache, so what is shown is what the provider says right now. */
final class TokenOperationRun implements TokenOperation {

	private final HttpContext ctx;
	private final Dsn dsn;
	private final SecretLookup secrets;
	private final AtomicBoolean used = new AtomicBoolean();

	TokenOperationRun(HttpContext ctx, Dsn dsn, SecretLookup secrets) {
		this.ctx = ctx;
		this.dsn = dsn;
		this.secrets = secrets;
	}

	@Override
	public TokenInfo run(Progress progress) throws ConnectionException {
		if (!used.compareAndSet(false, true)) {
			throw new IllegalStateException("a TokenOperation runs once; create a new one");
		}
		DsnSettings s = DsnSettings.read(dsn, secrets);
		if (!s.auth().usesTokenEndpoint()) {
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(s.auth().method())
					+ " uses no token endpoint: there is no token to get. Use 53 for OAuth 2.0 client credentials.",
					Opt.AUTHENTICATION_METHOD);
		}
		OkHttpClient transport = ClientAssembly.transport(ctx.shared(), s.transport());
		TokenClient client = new TokenClient(ClientAssembly.tokenClient(transport, s.transport()), s, ctx.mapper(),
				ctx.runner(), ctx.clock());
		progress.beginStage("Requesting an access token from " + s.auth().clientCredentials().endpoint().url().host());
		try {
			return Await.result(client.start(), progress, true).info();
		} catch (ConnectionException e) {
			throw e;
		} catch (IOException e) {
			throw Problem.of(s.redactor(), ConnectionProblem.Kind.NETWORK, "The token request failed: "
					+ e.getMessage()).options(Opt.TOKEN_URI).exception();
		}
	}
}
