package io.restdsn.http.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.Redactor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Fetches access tokens with the DSN's grant (client credentials, password or refresh token): builds the request, runs it on a worker, reads the
 * answer strictly, maps every failure to a problem with the option to change and the redacted transcript.
 */
final class TokenClient {

	/** Token responses are small; anything larger is not a token response. */
	private static final int BODY_LIMIT = 256 * 1024;

	private final OkHttpClient http;
	private final ClientCredentials cc;
	private final AuthSettings.Header customHeader;
	private final TransportSettings transport;
	private final Redactor redactor;
	private final ObjectMapper mapper;
	private final CallRunner runner;
	private final InstantSource clock;
	/** A refresh token the provider issued in place of the configured one (see {@link #current()}). */
	private volatile String rotated;

	TokenClient(OkHttpClient tokenHttp, DsnSettings s, ObjectMapper mapper, CallRunner runner, InstantSource clock) {
		this.http = tokenHttp;
		this.cc = s.auth().clientCredentials();
		this.customHeader = s.auth().customHeader();
		this.transport = s.transport();
		this.redactor = s.redactor();
		this.mapper = mapper;
		this.runner = runner;
		this.clock = clock;
	}

	/** Starts a fetch; the future fails with a {@link io.restdsn.http.ConnectionException}. */
	CompletableFuture<Token> start() {
		ClientCredentials now = current();
		Redactor red = rotated == null ? redactor : redactor.withSecret(rotated);
		Transcript transcript = new Transcript(red);
		Request request = TokenRequests.build(now, customHeader).newBuilder().tag(Transcript.class, transcript).build();
		Instant issuedAt = clock.instant(); // before sending: the lifetime is counted conservatively
		TokenResponses responses = new TokenResponses(now, red, mapper);
		TransportErrors errors = new TransportErrors(transport, red);
		return runner.start(http.newCall(request), response -> {
			BufferedResponse b = BufferedResponse.read(response, BODY_LIMIT);
			transcript.body(b.body(), b.charset(), b.truncated());
			Token t = responses.read(b, issuedAt, transcript.text());
			if (now.grant() instanceof Grant.RefreshTokenGrant) {
				String next = responses.refreshToken(b);
				if (next != null && !next.isBlank()) {
					rotated = next.strip(); // the provider rotates refresh tokens: the old one may be spent now
				}
			}
			return t;
		}, e -> errors.map(e, Endpoint.token(now), transcript.text()));
	}

	/**
	 * The request to send: with the refresh token grant, the newest refresh token the provider returned in this
	 * session (providers that rotate them accept each one once). It is kept in memory only: secure storage keeps the
	 * one the user entered.
	 */
	private ClientCredentials current() {
		String r = rotated;
		return r == null ? cc : cc.withGrant(new Grant.RefreshTokenGrant(r));
	}
}
