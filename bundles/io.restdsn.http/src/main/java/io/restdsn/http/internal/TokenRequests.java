package io.restdsn.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds the token request (RFC 6749 §4.4.2 client credentials, §4.3.2 password, §6 refresh token) in the
 * connector's variants: GET with query parameters or POST with a form body (TokenURI's prefix), and the client id
 * and secret as a Basic header, as query parameters or as form fields (ClientCredentialsMode).
 */
final class TokenRequests {

	private TokenRequests() {
	}

	/** {@code cc.mode() == POST_BODY} with GET was refused when the settings were read. */
	static Request build(ClientCredentials cc, AuthSettings.Header customHeader) {
		HttpUrl.Builder url = cc.endpoint().url().newBuilder();
		Request.Builder b = new Request.Builder().header("Accept", "application/json");
		Grant grant = cc.grant();
		String[] own = grant.parameters();
		// a public client (no secret) names itself with client_id, as a parameter, never in a Basic header
		boolean basic = cc.mode().basic() && cc.confidential();
		boolean idInParameters = cc.mode() == CredentialsMode.POST_BODY || !cc.confidential();
		if (cc.mode() == CredentialsMode.URL) {
			url.addQueryParameter("client_id", cc.clientId());
			if (cc.confidential()) {
				url.addQueryParameter("client_secret", cc.clientSecret());
			}
			idInParameters = false;
		}
		if (cc.endpoint().post()) {
			FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8).add("grant_type", grant.type());
			for (int i = 0; i < own.length; i += 2) {
				form.add(own[i], own[i + 1]);
			}
			if (cc.scope() != null) {
				form.add("scope", cc.scope());
			}
			if (idInParameters) {
				form.add("client_id", cc.clientId());
				if (cc.confidential()) {
					form.add("client_secret", cc.clientSecret());
				}
			}
			b.post(form.build());
		} else {
			url.addQueryParameter("grant_type", grant.type());
			for (int i = 0; i < own.length; i += 2) {
				url.addQueryParameter(own[i], own[i + 1]);
			}
			if (cc.scope() != null) {
				url.addQueryParameter("scope", cc.scope());
			}
			if (idInParameters) {
				url.addQueryParameter("client_id", cc.clientId());
			}
			b.get();
		}
		if (basic) {
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
