package io.restdsn.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds the client credentials token request (RFC 6749 §4.4.2) in the connector's variants: GET with query
 * parameters or POST with a form body (TokenURI's prefix), and the id and secret as a Basic header, as query
 * parameters or as form fields (ClientCredentialsMode).
 */
final class TokenRequests {

	static final String GRANT_TYPE = "client_credentials";

	private TokenRequests() {
	}

	/** {@code cc.mode() == POST_BODY} with GET was refused when the settings were read. */
	static Request build(ClientCredentials cc, AuthSettings.Header customHeader) {
		HttpUrl.Builder url = cc.endpoint().url().newBuilder();
		Request.Builder b = new Request.Builder().header("Accept", "application/json");
		if (cc.mode() == CredentialsMode.URL) {
			url.addQueryParameter("client_id", cc.clientId());
			url.addQueryParameter("client_secret", cc.clientSecret());
		}
		if (cc.endpoint().post()) {
			FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8).add("grant_type", GRANT_TYPE);
			if (cc.scope() != null) {
				form.add("scope", cc.scope());
			}
			if (cc.mode() == CredentialsMode.POST_BODY) {
				form.add("client_id", cc.clientId());
				form.add("client_secret", cc.clientSecret());
			}
			b.post(form.build());
		} else {
			url.addQueryParameter("grant_type", GRANT_TYPE);
			if (cc.scope() != null) {
				url.addQueryParameter("scope", cc.scope());
			}
			b.get();
		}
		if (cc.mode().basic()) {
			b.header("Authorization", basic(cc.clientId(), cc.clientSecret()));
		}
		if (customHeader != null) {
			b.header(customHeader.name(), customHeader.value());
		}
		return b.url(url.build()).build();
	}

	/**
	 * RFC 6749 §2.3.1: id and secret are each form-urlencoded, then joined with ':' and Base64-encoded. (RFC 7617's
	 * plain Basic would leave them raw; a ':' in the id would then split it wrongly.)
	 */
	static String basic(String clientId, String clientSecret) {
		String pair = ClientCredentials.form(clientId) + ":" + ClientCredentials.form(clientSecret);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}
}
