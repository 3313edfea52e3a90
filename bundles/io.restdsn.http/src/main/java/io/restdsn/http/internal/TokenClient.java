package io.restdsn.http.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.Redactor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Fetches one access token with the client credentials grant: builds the request, runs it on a worker, reads the
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
		Transcript transcript = new Transcript(redactor);
		Request request = TokenRequests.build(cc, customHeader).newBuilder().tag(Transcript.class, transcript).build();
		Instant issuedAt = clock.instant(); // before sending: the lifetime is counted conservatively
		TokenResponses responses = new TokenResponses(cc, redactor, mapper);
		TransportErrors errors = new TransportErrors(transport, redactor);
		return runner.start(http.newCall(request), response -> {
			BufferedResponse b = BufferedResponse.read(response, BODY_LIMIT);
			transcript.body(b.body(), b.charset(), b.truncated());
			return responses.read(b, issuedAt, transcript.text());
		}, e -> errors.map(e, Endpoint.token(cc), transcript.text()));
	}
}
