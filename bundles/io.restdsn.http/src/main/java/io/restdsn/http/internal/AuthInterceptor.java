package io.restdsn.http.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;

import io.restdsn.http.Progress;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Application interceptor: chooses the credentials for a call (fetching a token if needed, while watching the call
 * for cancel), tags the request with them for {@link CredentialInjector}, and when the origin answers 401 with
 * renewable credentials, renews them and repeats the request once. A second 401 is returned as it is: the caller sees
 * the failure instead of a loop.
 */
final class AuthInterceptor implements Interceptor {

	private final CredentialSource source;

	AuthInterceptor(CredentialSource source) {
		this.source = source;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		Progress progress = Progress.of(() -> chain.call().isCanceled());
		RequestCredentials credentials = obtain(request, progress);
		Response response = chain.proceed(request.newBuilder().tag(RequestCredentials.class, credentials).build());
		if (response.code() != 401 || !source.renewable()
				|| !Origins.mayReceive(credentials.origin(), response.request().url())
				|| (request.body() != null && request.body().isOneShot())) {
			return response;
		}
		response.close();
		source.rejected(credentials);
		RequestCredentials renewed = obtain(request, progress);
		return chain.proceed(request.newBuilder().tag(RequestCredentials.class, renewed).build());
	}

	private RequestCredentials obtain(Request request, Progress progress) throws IOException {
		try {
			return source.current(request.url(), progress);
		} catch (CancellationException e) {
			InterruptedIOException io = new InterruptedIOException("Canceled");
			io.initCause(e);
			throw io;
		}
	}
}
