package io.restdsn.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain JDK HTTP client for the demo, so the tests see exactly the bytes a connector would. */
final class DemoClient {

	static final ObjectMapper JSON = new ObjectMapper();

	/** One answer. */
	record Reply(int status, String body, HttpHeaders headers) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			} catch (IOException e) {
				throw new UncheckedIOException("not JSON: " + body, e);
			}
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(
			Duration.ofSeconds(5)).build();
	private final String base;

	DemoClient(DemoService demo) {
		this.base = demo.baseUrl();
	}

	Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers
					.ofString(StandardCharsets.UTF_8));
			return new Reply(r.statusCode(), r.body(), r.headers());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
	}

	/** GET with a bearer token ({@code null}: none). */
	Reply get(String pathAndQuery, String token) {
		HttpRequest.Builder b = request(pathAndQuery).GET();
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return send(b);
	}

	/** POST a form to the token endpoint, with an Authorization header unless {@code null}. */
	Reply postToken(String form, String authorization) {
		HttpRequest.Builder b = request("/oauth/token").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return send(b);
	}

	/** GET the token endpoint with a query string, as the connector does without a {@code POST } prefix. */
	Reply getToken(String query, String authorization) {
		HttpRequest.Builder b = request("/oauth/token?" + query).GET();
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return send(b);
	}

	/** A token with the given scopes ({@code null}: the default), the RFC way: POST and encoded Basic. */
	String token(String scope) {
		Reply r = postToken(scope == null ? form("grant_type", "client_credentials") : form("grant_type",
				"client_credentials", "scope", scope), basic(DemoService.CLIENT_ID, DemoService.CLIENT_SECRET, true));
		if (r.status() != 200) {
			throw new AssertionError("token request failed: " + r.status() + " " + r.body());
		}
		return r.json().get("access_token").asText();
	}

	/** {@code Basic base64(id:secret)}, each part form-urlencoded first when {@code encode}. */
	static String basic(String id, String secret, boolean encode) {
		String pair = encode ? enc(id) + ":" + enc(secret) : id + ":" + secret;
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code name=value&…}, form-urlencoded. */
	static String form(String... pairs) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			b.append(i == 0 ? "" : "&").append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
		}
		return b.toString();
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
