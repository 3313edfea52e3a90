package io.restdsn.http.internal;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;

/** Turns a data endpoint's non-2xx answer into a message that names the option to change. */
final class DataErrors {

	private final AuthSettings auth;
	private final Redactor redactor;

	DataErrors(AuthSettings auth, Redactor redactor) {
		this.auth = auth;
		this.redactor = redactor;
	}

	ConnectionException map(BufferedResponse r, DataSettings.Target target, String transcript) {
		int code = r.code();
		String where = target.label() + " " + r.url();
		Problem p = auth.requestAuth() == null ? null : auth.requestAuth().refused(r, target.url(), where,
				redactor);
		if (p != null) {
			// Digest and AWS explain their own refusals
		} else if (code == 401) {
			p = unauthorized(where);
		} else if (code == 403) {
			p = Problem.of(redactor, Kind.FORBIDDEN, where + " answered 403 Forbidden: the credentials are valid but "
					+ "may not read this resource." + (auth.usesTokenEndpoint()
							? " Request a Scope that covers it (the token was granted scope '" + grantedScope() + "')."
							: ""))
					.options(auth.usesTokenEndpoint() ? List.of(Opt.SCOPE) : List.of(Opt.AUTHENTICATION_METHOD));
		} else if (code == 404) {
			p = Problem.of(redactor, Kind.NOT_FOUND, where + " answered 404 Not Found: check the path in "
					+ names(target.options()) + ".").options(target.options());
		} else if (code == 407) {
			p = Problem.of(redactor, Kind.PROXY, "The proxy refused the request (HTTP 407): check ProxyUser and "
					+ "ProxyPassword.").options(Opt.PROXY_USER, Opt.PROXY_PASSWORD);
		} else if (code >= 300 && code < 400) {
			String location = r.header("Location");
			p = Problem.of(redactor, Kind.REDIRECT, where + " redirects (HTTP " + code + ")"
					+ (location != null ? " to " + location : "") + " and the redirect was not followed: use the "
					+ "final address in " + names(target.options()) + ".").options(target.options());
		} else if (code >= 500) {
			p = Problem.of(redactor, Kind.SERVER_ERROR, where + " failed (HTTP " + code + " " + r.message()
					+ "): the API has a problem; try again later.").options(target.options());
		} else {
			p = Problem.of(redactor, Kind.HTTP_ERROR, where + " answered HTTP " + code + " " + r.message()
					+ ": check " + names(target.options()) + ".").options(target.options());
		}
		return p.status(code).transcript(transcript).exception();
	}

	private Problem unauthorized(String where) {
		if (auth.usesTokenEndpoint()) {
			return Problem.of(redactor, Kind.UNAUTHORIZED, where + " answered 401 Unauthorized to the access token, "
					+ "also after a new token was fetched and the request repeated. The token's scope ('"
					+ grantedScope() + "') may not cover this API: check Scope. Or the API expects another credential "
					+ "as well (AuthHeader and SecurityToken), or TokenURI belongs to another tenant or audience.")
					.options(Opt.SCOPE, Opt.AUTH_HEADER, Opt.TOKEN_URI);
		}
		List<Opt> opts = new ArrayList<>();
		switch (auth.method()) {
		case AuthMethodCode.NONE -> opts.add(Opt.AUTHENTICATION_METHOD);
		case AuthMethodCode.BASIC -> opts.addAll(List.of(Opt.USER, Opt.PASSWORD));
		case AuthMethodCode.ACCESS_TOKEN -> opts.add(Opt.ACCESS_TOKEN);
		case AuthMethodCode.URL_PARAMETER -> opts.addAll(List.of(Opt.SECURITY_TOKEN, Opt.AUTH_PARAM));
		default -> opts.addAll(List.of(Opt.SECURITY_TOKEN, Opt.AUTH_HEADER));
		}
		String m = auth.method() == AuthMethodCode.NONE
				? where + " answered 401 Unauthorized: the API needs credentials; choose an AuthenticationMethod."
				: where + " answered 401 Unauthorized: the credentials were refused; check " + names(opts) + ".";
		return Problem.of(redactor, Kind.UNAUTHORIZED, m).options(opts);
	}

	private String grantedScope() {
		ClientCredentials cc = auth.clientCredentials();
		return cc == null || cc.scope() == null ? "" : cc.scope();
	}

	private static String names(List<Opt> options) {
		return options.isEmpty() ? "the URL" : String.join(" / ", options.stream().map(Opt::spelling).toList());
	}
}
