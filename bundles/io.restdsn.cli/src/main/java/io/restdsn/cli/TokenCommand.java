package io.restdsn.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.Progress;
import io.restdsn.http.TokenInfo;

/** {@code restdsn token NAME [--json]}: obtain a token and show type, expiry and granted scope, the token masked. */
final class TokenCommand implements Command {

	@Override
	public String name() {
		return "token";
	}

	@Override
	public String summary() {
		return "obtain an access token and show its type, expiry and granted scope (token masked)";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn token NAME [--json]
				       restdsn token --string STR [--json]

				Requests an access token exactly as the DSN says (TokenURI method, ClientCredentialsMode,
				Scope, AuthHeader) and prints the token type, lifetime, expiry, granted scope and the token
				masked. Exit 1 with the option to change when the token endpoint refuses.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		boolean json = args.remove("--json");
		Dsn dsn = DsnArgument.resolve(ctx, args, "token");
		TokenInfo token;
		try (CliServices services = new CliServices()) {
			token = services.http().tokenOperation(dsn, services.secrets(ctx)).run(Progress.NONE);
		} catch (ConnectionException e) {
			throw OperationFailedException.of(e.problem().summary());
		}
		if (json) {
			ctx.out.println(token.toJson());
			return Restdsn.OK;
		}
		ctx.out.println("token type:    " + token.tokenType());
		ctx.out.println("access token:  " + token.maskedToken());
		ctx.out.println("lifetime:      " + token.lifetime().map(TokenCommand::human).orElse("not given by the server"));
		token.expiresAt().ifPresent(t -> ctx.out.println("expires at:    " + t));
		ctx.out.println("granted scope: " + token.grantedScope().orElse("(none)")
				+ (token.scopeFromServer() ? "" : " (as requested; the server did not say)"));
		token.notes().forEach(n -> ctx.out.println("note: " + n));
		return Restdsn.OK;
	}

	private static String human(Duration d) {
		long s = d.getSeconds();
		return s >= 3600 ? (s / 3600) + " h " + (s % 3600) / 60 + " min" : s >= 60 ? (s / 60) + " min " + s % 60 + " s" : s + " s";
	}
}
