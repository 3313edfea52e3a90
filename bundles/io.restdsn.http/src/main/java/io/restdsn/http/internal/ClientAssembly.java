package io.restdsn.http.internal;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.restdsn.http.ConnectionException;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * Derives a DSN's OkHttp clients from a shared one with {@code newBuilder()} (same pool, same dispatcher): the
 * transport client with the DSN's timeouts, proxy and TLS; from it the token client (no redirects: a token endpoint
 * that redirects is misconfigured, and credentials must not travel on) and the authorized client for data.
 */
final class ClientAssembly {

	private ClientAssembly() {
	}

	static OkHttpClient transport(OkHttpClient shared, TransportSettings t) throws ConnectionException {
		OkHttpClient.Builder b = shared.newBuilder()
				.connectTimeout(t.connectTimeoutSeconds(), TimeUnit.SECONDS)
				.readTimeout(t.wsTimeoutSeconds(), TimeUnit.SECONDS)
				.writeTimeout(t.wsTimeoutSeconds(), TimeUnit.SECONDS)
				.callTimeout(0, TimeUnit.SECONDS);
		if (t.proxy() != null) {
			TransportSettings.Proxy p = t.proxy();
			b.proxy(new java.net.Proxy(java.net.Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
			if (p.user() != null) {
				String credential = Credentials.basic(p.user(), p.password(), StandardCharsets.UTF_8);
				b.proxyAuthenticator((route, response) -> {
					if (response.request().header("Proxy-Authorization") != null) {
						return null; // already tried: let the 407 surface with a message about ProxyUser/ProxyPassword
					}
					return response.request().newBuilder().header("Proxy-Authorization", credential).build();
				});
			}
		}
		TlsSetup.apply(b, t.tls());
		return b.build();
	}

	static OkHttpClient tokenClient(OkHttpClient transport, TransportSettings t) {
		return transport.newBuilder()
				.followRedirects(false)
				.followSslRedirects(false)
				.callTimeout(t.loginTimeoutSeconds(), TimeUnit.SECONDS)
				.addNetworkInterceptor(new TranscriptInterceptor())
				.build();
	}

	/**
	 * @param requestAuth Digest or AWS Signature V4, whose credentials are computed per hop (with state of its own
	 *                    in this client), or null
	 */
	static OkHttpClient authorizedClient(OkHttpClient transport, CredentialSource credentials,
			RequestAuth requestAuth) {
		OkHttpClient.Builder b = transport.newBuilder()
				.addInterceptor(new AuthInterceptor(credentials))
				.addNetworkInterceptor(new CredentialInjector());
		if (requestAuth != null) {
			requestAuth.install(b); // before the transcript, so it shows what was sent
		}
		return b.addNetworkInterceptor(new TranscriptInterceptor()).build();
	}
}
