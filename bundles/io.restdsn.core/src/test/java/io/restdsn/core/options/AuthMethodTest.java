package io.restdsn.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthMethodTest {

	@Test
	void everyValueOfTheSpecExistsWithItsJdbcName() {
		Map<Integer, String> spec = Map.ofEntries(Map.entry(15, "None"), Map.entry(0, "Basic"),
				Map.entry(30, "Digest"), Map.entry(34, "BearerToken"), Map.entry(25, "HTTPHeader"),
				Map.entry(14, "URLParameter"), Map.entry(43, "AWS"), Map.entry(24, "OAuth2"),
				Map.entry(50, "OAuth2-AccessToken"), Map.entry(51, "OAuth2-AuthorizationCode"),
				Map.entry(52, "OAuth2-Password"), Map.entry(53, "OAuth2-ClientCredentials"),
				Map.entry(54, "OAuth2-RefreshToken"), Map.entry(55, "OAuth2-JWTBearer"), Map.entry(56, "OAuth2-PKCE"),
				Map.entry(29, "Custom"));
		assertEquals(spec.size(), AuthMethod.values().length);
		spec.forEach((code, name) -> assertEquals(name, AuthMethod.fromCode(code).orElseThrow().jdbcName()));
	}

	@Test
	void clientCredentialsComeFirstAndLegacyIsLabelled() {
		List<AuthMethod> order = AuthMethod.displayOrder();
		assertEquals(AuthMethod.OAUTH2_CLIENT_CREDENTIALS, order.get(0));
		assertEquals(Set.of(AuthMethod.values()), Set.copyOf(order));
		assertEquals(AuthMethod.values().length, order.size());
		assertEquals("OAuth 2.0 client credentials", AuthMethod.OAUTH2_CLIENT_CREDENTIALS.label());
		assertTrue(AuthMethod.OAUTH2.label().contains("legacy"));
		assertEquals(AuthMethod.NONE, AuthMethod.DEFAULT);
	}

	@ParameterizedTest
	@CsvSource({ "53,53", "' 24 ',24", "0,0", "OAuth2,24", "oauth2,24", "Basic,0", "BASIC,0", "HttpHeader,25",
			"HTTPHeader,25", "httpheader,25", "UrlParameter,14", "URLParameter,14", "None,15", "none,15",
			"Digest,30", "BearerToken,34", "AWS,43", "Custom,29", "OAuth2-ClientCredentials,53",
			"oauth2_clientcredentials,53", "OAuth2ClientCredentials,53", "OAuth2-PKCE,56", "OAuth2-JWTBearer,55" })
	void valuesAreReadAsTheConnectorReadsThem(String value, int code) {
		assertEquals(code, AuthMethod.fromValue(value).orElseThrow().code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "99", "-1", "Kerberos", "", "  ", "OAuth3", "53x" })
	void unknownValuesAreNotGuessed(String value) {
		assertEquals(Optional.empty(), AuthMethod.fromValue(value));
	}

	@Test
	void requiredOptionsPerMethod() {
		assertEquals(List.of(), AuthMethod.NONE.requires());
		assertEquals(List.of("User", "Password"), AuthMethod.BASIC.requires());
		assertEquals(List.of("User", "Password"), AuthMethod.DIGEST.requires());
		assertEquals(List.of("SecurityToken"), AuthMethod.BEARER_TOKEN.requires());
		assertEquals(List.of("SecurityToken"), AuthMethod.HTTP_HEADER.requires(), "AuthHeader defaults to Authorization");
		assertEquals(List.of("AuthParam", "SecurityToken"), AuthMethod.URL_PARAMETER.requires());
		assertEquals(List.of("AccessKey", "SecretKey", "Region"), AuthMethod.AWS.requires());
		assertEquals(List.of("AccessToken"), AuthMethod.OAUTH2_ACCESS_TOKEN.requires());
		assertEquals(List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI"),
				AuthMethod.OAUTH2_AUTHORIZATION_CODE.requires());
		assertEquals(List.of("User", "Password", "TokenURI", "ClientID"), AuthMethod.OAUTH2_PASSWORD.requires());
		assertEquals(List.of("ClientID", "ClientSecret", "TokenURI"), AuthMethod.OAUTH2_CLIENT_CREDENTIALS.requires());
		assertEquals(List.of("ClientID", "RefreshToken", "TokenURI"), AuthMethod.OAUTH2_REFRESH_TOKEN.requires());
		assertEquals(List.of("ClaimsIssuer", "JWTCertStore", "TokenURI"), AuthMethod.OAUTH2_JWT_BEARER.requires());
		assertEquals(List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI"), AuthMethod.OAUTH2_PKCE.requires());
		assertEquals(List.of("RestConfigFile"), AuthMethod.CUSTOM.requires());
	}

	@Test
	void usedOptionsAreCatalogOptions() {
		OptionCatalog c = OptionCatalog.standard();
		for (AuthMethod m : AuthMethod.values()) {
			m.uses().forEach(o -> assertEquals(o, c.canonicalName(o), m + " uses unknown " + o));
			m.requires().forEach(o -> assertTrue(c.find(o).isPresent(), m + " requires unknown " + o));
		}
		assertEquals(List.of("ClientID", "ClientSecret", "TokenURI", "Scope", "ClientCredentialsMode", "AuthHeader",
				"SecurityToken"), AuthMethod.OAUTH2_CLIENT_CREDENTIALS.uses());
	}

	@Test
	void legacyOAuth2PicksTheGrantFromTheOptionsPresent() {
		assertEquals(AuthMethod.OAUTH2_CLIENT_CREDENTIALS, grant24("ClientID", "ClientSecret", "TokenURI"));
		assertEquals(AuthMethod.OAUTH2_CLIENT_CREDENTIALS, grant24(), "nothing set: read as client credentials");
		assertEquals(AuthMethod.OAUTH2_ACCESS_TOKEN, grant24("AccessToken"));
		assertEquals(AuthMethod.OAUTH2_AUTHORIZATION_CODE, grant24("ClientID", "AuthURI", "TokenURI", "RedirectURI"));
		assertEquals(AuthMethod.OAUTH2_PASSWORD, grant24("User", "Password", "ClientID", "TokenURI"));
		assertEquals(AuthMethod.OAUTH2_REFRESH_TOKEN, grant24("ClientID", "RefreshToken", "TokenURI"));
		assertEquals(AuthMethod.OAUTH2_JWT_BEARER, grant24("ClaimsIssuer", "JWTCertStore", "TokenURI"));
		Arrays.stream(AuthMethod.values()).filter(m -> m != AuthMethod.OAUTH2)
				.forEach(m -> assertEquals(m, m.grantFor(o -> true), "only 24 is resolved"));
	}

	private static AuthMethod grant24(String... set) {
		List<String> s = List.of(set);
		return AuthMethod.OAUTH2.grantFor(s::contains);
	}
}
