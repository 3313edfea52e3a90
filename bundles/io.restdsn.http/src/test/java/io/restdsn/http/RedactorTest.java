package io.restdsn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RedactorTest {

	private final Redactor r = Redactor.of(List.of(Fixtures.SECRET)).withBasicCredential(Fixtures.ID, Fixtures.SECRET)
			.withSecretName("X-Tenant-Key");

	@Test
	void masksShowTheLengthInCharacters() {
		assertEquals("•••• (4 chars)", Redactor.mask("éñüx"));
		assertEquals("•••• (0 chars)", Redactor.mask(null));
	}

	@Test
	void masksEveryWireFormOfAKnownSecret() {
		String form = URLEncoder.encode(Fixtures.SECRET, StandardCharsets.UTF_8);
		String text = "raw " + Fixtures.SECRET + " form " + form + " pct " + form.replace("+", "%20") + " basic "
				+ Fixtures.basic(Fixtures.ID, Fixtures.SECRET).substring(6);
		String out = r.redact(text);
		Fixtures.assertNoSecret(out, Fixtures.SECRET);
		assertEquals(3, out.split("•••• \\(" + Fixtures.SECRET.length() + " chars\\)", -1).length - 1, out);
		assertTrue(out.endsWith("basic •••• (96 chars)"), out); // a Basic credential is masked as itself
		assertTrue(r.containsSecret(text));
		assertFalse(r.containsSecret(out));
	}

	@Test
	void masksSecretNamedFieldsWhoseValuesNobodyKnew() {
		assertEquals("{\"access_token\":\"•••• (3 chars)\",\"token_type\":\"Bearer\"}",
				r.redact("{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}"));
		assertEquals("grant_type=client_credentials&client_secret=•••• (3 chars)&refresh_token=•••• (2 chars)",
				r.redact("grant_type=client_credentials&client_secret=a%2Bb&refresh_token=xy"));
		assertEquals("https://h/t?client_id=me&client_secret=•••• (5 chars)",
				r.redact("https://h/t?client_id=me&client_secret=hello"));
	}

	@Test
	void headersKeepTheirSchemeOnly() {
		assertEquals("Bearer •••• (3 chars)", r.headerValue("Authorization", "Bearer abc"));
		assertEquals("Basic •••• (8 chars)", r.headerValue("authorization", "Basic Ym9iOnB3"));
		assertEquals("•••• (6 chars)", r.headerValue("X-Tenant-Key", "tenant"));
		assertEquals("application/json", r.headerValue("Accept", "application/json"));
	}

	@Test
	void leavesOrdinaryTextAlone() {
		String s = "HTTP 400 invalid_request: missing grant_type (code 17)";
		assertEquals(s, r.redact(s));
	}
}
