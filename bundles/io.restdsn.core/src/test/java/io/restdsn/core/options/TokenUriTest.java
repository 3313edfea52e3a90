package io.restdsn.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenUriTest {

	@Test
	void withoutPrefixTheMethodIsGet() {
		TokenUri t = TokenUri.parse("https://accounts.google.com/o/oauth2/token");
		assertEquals(TokenUri.Method.GET, t.method());
		assertFalse(t.explicitMethod());
		assertEquals("https://accounts.google.com/o/oauth2/token", t.uri().toString());
		assertEquals("https://accounts.google.com/o/oauth2/token", t.format());
	}

	@ParameterizedTest
	@CsvSource({ "'POST https://h/token',POST", "'post https://h/token',POST", "'Post \t https://h/token',POST",
			"'GET https://h/token',GET", "'  POST https://h/token?tenant=1  ',POST" })
	void aMethodPrefixIsAcceptedInAnyCase(String value, TokenUri.Method method) {
		TokenUri t = TokenUri.parse(value);
		assertEquals(method, t.method());
		assertTrue(t.explicitMethod());
		assertEquals("https", t.uri().getScheme());
		assertEquals(method + " " + t.uri(), t.format());
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "put", "PATCH", "DELETE", "HEAD", "OPTIONS", "FETCH" })
	void otherMethodsAreRejectedByName(String method) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TokenUri.parse(method + " https://h/token"));
		assertTrue(e.getMessage().startsWith("TokenURI "), e.getMessage());
		assertTrue(e.getMessage().contains("'" + method + "'"), e.getMessage());
		assertTrue(e.getMessage().contains("POST "), "says what to write instead: " + e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "|empty", "   |empty", "POST|no URL", "get|no URL", "/oauth/token|absolute",
			"token|absolute", "login.example.com/token|absolute", "ftp://h/token|https://",
			"mailto:a@b.c|https://", "https:///token|host", "https://h/token#frag|fragment",
			"https://h/to ken|space", "POST https://h/a b|space", "POST: https://h/t|space",
			"https://h/t^x|not a valid URL", "https//h/token|absolute", "https: //h/token|space" })
	void badValuesGetAMessageThatSaysWhatToFix(String value, String expected) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenUri.parse(value));
		assertTrue(e.getMessage().startsWith("TokenURI "), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}

	@Test
	void credentialsInTheUrlAreRejectedWithoutRepeatingThem() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TokenUri.parse("POST https://me:s3cr3t@h/token"));
		assertTrue(e.getMessage().contains("ClientSecret"), e.getMessage());
		assertFalse(e.getMessage().contains("s3cr3t"));
		IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
				() -> TokenUri.parse("PUT https://h/token?client_secret=s3cr3t"));
		assertFalse(e2.getMessage().contains("s3cr3t"));
	}

	@Test
	void toStringLeavesOutTheQuery() {
		TokenUri t = TokenUri.parse("POST https://h/token?client_secret=s3cr3t");
		assertFalse(t.toString().contains("s3cr3t"), t.toString());
		assertTrue(t.toString().contains("https://h/token"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost/t", "http://LOCALHOST:8080/t", "http://127.0.0.1:9/t",
			"http://127.10.0.1/t", "http://[::1]:8080/t", "http://[0:0:0:0:0:0:0:1]/t", "http://demo.localhost/t" })
	void loopbackHostsAreRecognisedWithoutDns(String url) {
		assertTrue(TokenUri.parse(url).isLoopback(), url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com/t", "http://localhost.example.com/t", "http://128.0.0.1/t",
			"http://10.0.0.1/t", "http://[::2]/t" })
	void otherHostsAreNotLoopback(String url) {
		assertFalse(TokenUri.parse(url).isLoopback(), url);
	}

	@Test
	void httpsIsRecognisedInAnyCase() {
		assertTrue(TokenUri.parse("HTTPS://h/t").isHttps());
		assertFalse(TokenUri.parse("http://h/t").isHttps());
	}
}
