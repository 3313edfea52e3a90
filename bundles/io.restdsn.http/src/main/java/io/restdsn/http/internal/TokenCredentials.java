package io.restdsn.http.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.restdsn.http.Progress;
import okhttp3.HttpUrl;

/** OAuth credentials: {@code Authorization: Bearer <token>} from the DSN's token cache, plus AuthHeader. */
final class TokenCredentials implements CredentialSource {

	private final TokenCache cache;
	private final AuthSettings.Header customHeader;

	TokenCredentials(TokenCache cache, AuthSettings.Header customHeader) {
		this.cache = cache;
		this.customHeader = customHeader;
	}

	@Override
	public RequestCredentials current(HttpUrl origin, Progress progress) throws IOException {
		Token token = cache.get(progress);
		List<AuthSettings.Header> headers = new ArrayList<>();
		// RFC 6750 §2.1: the scheme is "Bearer" whatever case token_type had
		headers.add(new AuthSettings.Header("Authorization", "Bearer " + token.accessToken()));
		if (customHeader != null) {
			headers.add(customHeader);
		}
		return new RequestCredentials(origin, headers, List.of(), token);
	}

	@Override
	public boolean renewable() {
		return true;
	}

	@Override
	public void rejected(RequestCredentials credentials) {
		cache.invalidate(credentials.token());
	}
}
