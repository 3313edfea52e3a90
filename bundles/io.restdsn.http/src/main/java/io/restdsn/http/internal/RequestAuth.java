package io.restdsn.http.internal;

import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Credentials that cannot be fixed headers because they are computed from each request: Digest (a response to the
 * server's challenge over method and URI) and AWS Signature Version 4 (a signature over method, URL, headers and
 * body). Installed on the authorized client as network interceptors, which see every hop as it is sent and, like
 * {@link CredentialInjector}, add credentials only to hops that go to the origin the call was made for.
 */
interface RequestAuth {

	/**
	 * Adds to the authorized client what computes the credentials, with state of its own (a Digest nonce is reused
	 * by every call of this client). Runs before the transcript interceptor is added, so transcripts show the
	 * (masked) result.
	 */
	void install(OkHttpClient.Builder client);

	/**
	 * A message for a refusal by the data endpoint (401 or 403) that names what to fix, or null to leave the answer
	 * to {@link DataErrors}' general wording.
	 *
	 * @param requested the URL the call was made for: a refusal from another origin (after a redirect) was never
	 *                  sent the credentials
	 */
	Problem refused(BufferedResponse response, HttpUrl requested, String where, Redactor redactor);

	/** The refusal came from a host the call was redirected to, which is not sent credentials; else null. */
	static Problem fromOtherOrigin(BufferedResponse r, HttpUrl requested, String where, Redactor redactor) {
		if (Origins.mayReceive(requested, r.url())) {
			return null;
		}
		return Problem.of(redactor, r.code() == 401 ? Kind.UNAUTHORIZED : Kind.FORBIDDEN, where + " answered "
				+ r.code() + " after a redirect from " + requested.host() + ": credentials are never sent to another "
				+ "host or port. Use the final address of the API in HostName / HealthURI / RestSamplePath, or the "
				+ "Model file's paths.").options(Opt.HOST_NAME, Opt.HEALTH_URI, Opt.REST_SAMPLE_PATH);
	}
}
