package io.restdsn.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a token endpoint granted, fit to show: type, when it was issued and expires, the granted scope, the token
 * masked, and notes on anything the provider did differently from RFC 6749 (form-encoded body, {@code expires_in} as
 * a string, a missing {@code token_type}…). Never contains the token itself. Immutable.
 */
public final class TokenInfo {

	private static final JsonFactory JSON = new JsonFactory();

	private final String tokenType;
	private final Instant issuedAt;
	private final Instant expiresAt;
	private final String grantedScope;
	private final boolean scopeFromServer;
	private final String maskedToken;
	private final List<String> notes;
	private final String transcript;

	public TokenInfo(String tokenType, Instant issuedAt, Instant expiresAt, String grantedScope,
			boolean scopeFromServer, String maskedToken, List<String> notes, String transcript) {
		this.tokenType = tokenType;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
		this.grantedScope = grantedScope;
		this.scopeFromServer = scopeFromServer;
		this.maskedToken = maskedToken;
		this.notes = List.copyOf(notes);
		this.transcript = transcript == null ? "" : transcript;
	}

	/** As the server sent it, e.g. {@code Bearer} (or {@code Bearer} when the server sent none; see notes). */
	public String tokenType() {
		return tokenType;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	/** Empty when the server did not say ({@code expires_in} absent): the token is then used until a 401. */
	public Optional<Instant> expiresAt() {
		return Optional.ofNullable(expiresAt);
	}

	/** Lifetime as granted. */
	public Optional<Duration> lifetime() {
		return expiresAt().map(e -> Duration.between(issuedAt, e));
	}

	/** The scope granted: the server's {@code scope}, else the one requested (RFC 6749 §5.1); empty when neither. */
	public Optional<String> grantedScope() {
		return Optional.ofNullable(grantedScope);
	}

	/** True when the server named the granted scope, false when it is assumed to be the requested one. */
	public boolean scopeFromServer() {
		return scopeFromServer;
	}

	/** {@code •••• (N chars)}. */
	public String maskedToken() {
		return maskedToken;
	}

	/** Deviations from RFC 6749 that were tolerated, for people. */
	public List<String> notes() {
		return notes;
	}

	/** The redacted token exchange. */
	public String transcript() {
		return transcript;
	}

	/** For {@code restdsn token --json}. */
	public String toJson() {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = JSON.createGenerator(out)) {
			g.useDefaultPrettyPrinter();
			g.writeStartObject();
			g.writeStringField("tokenType", tokenType);
			g.writeStringField("token", maskedToken);
			g.writeStringField("issuedAt", issuedAt.toString());
			if (expiresAt != null) {
				g.writeStringField("expiresAt", expiresAt.toString());
				g.writeNumberField("expiresInSeconds", Duration.between(issuedAt, expiresAt).getSeconds());
			}
			if (grantedScope != null) {
				g.writeStringField("scope", grantedScope);
			}
			g.writeBooleanField("scopeFromServer", scopeFromServer);
			g.writeArrayFieldStart("notes");
			for (String n : notes) {
				g.writeString(n);
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return "TokenInfo[" + tokenType + " " + maskedToken + (expiresAt != null ? ", expires " + expiresAt : "")
				+ (grantedScope != null ? ", scope '" + grantedScope + "'" : "") + "]";
	}
}
