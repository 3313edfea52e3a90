package io.restdsn.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionType;
import io.restdsn.core.validation.Problem.Severity;

class DsnValidatorTest {

	private static final String SECRET = "s3cr3t-VALUE";
	private static final Validation ALL_FILES_EXIST = Validation.defaults().withFileExists(p -> true);

	/** The seed's DSN, made safe: nothing to complain about. */
	private static Map<String, String> clientCredentials() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("AuthenticationMethod", "53");
		m.put("ClientID", "my-client");
		m.put("ClientSecret", SECRET);
		m.put("TokenURI", "POST https://accounts.google.com/o/oauth2/token");
		m.put("RestConfigFile", "C:/path/to/googleanalytics.rest");
		return m;
	}

	private static List<Problem> validate(Map<String, String> options) {
		return validate(options, ALL_FILES_EXIST);
	}

	private static List<Problem> validate(Map<String, String> options, Validation v) {
		List<Problem> problems = new DsnValidator(v).validate(Dsn.of("d", options));
		for (Problem p : problems) {
			assertFalse(p.message().contains(SECRET), "secret in message: " + p);
			assertTrue(OptionCatalog.standard().find(p.option()).isPresent(), "names a catalog option: " + p);
		}
		return problems;
	}

	private static List<Problem> validate(String... keyValues) {
		return validate(with(Map.of(), keyValues));
	}

	private static Map<String, String> with(Map<String, String> base, String... keyValues) {
		Map<String, String> m = new LinkedHashMap<>(base);
		for (int i = 0; i < keyValues.length; i += 2) {
			if (keyValues[i + 1] == null) {
				m.remove(keyValues[i]);
			} else {
				m.put(keyValues[i], keyValues[i + 1]);
			}
		}
		return m;
	}

	private static List<Problem> on(List<Problem> problems, String option) {
		return problems.stream().filter(p -> p.option().equals(option)).toList();
	}

	private static Problem single(List<Problem> problems, String option, Severity severity) {
		List<Problem> found = on(problems, option);
		assertEquals(1, found.size(), () -> "one problem on " + option + ": " + problems);
		assertEquals(severity, found.get(0).severity(), found.get(0).toString());
		return found.get(0);
	}

	private static void assertNoProblems(List<Problem> problems) {
		assertEquals(List.of(), problems);
	}

	// --- client credentials (53, and legacy 24) -------------------------------------------------------------------

	@Test
	void theSeedsDsnWithPostIsClean() {
		assertNoProblems(validate(clientCredentials()));
	}

	@ParameterizedTest
	@CsvSource({ "53,ClientID", "53,ClientSecret", "53,TokenURI", "24,ClientID", "24,ClientSecret", "24,TokenURI",
			"OAuth2,TokenURI" })
	void clientCredentialsNeedIdSecretAndTokenUri(String method, String missing) {
		List<Problem> problems = validate(with(clientCredentials(), "AuthenticationMethod", method, missing, null));
		Problem p = single(problems, missing, Severity.ERROR);
		assertTrue(p.message().startsWith(missing + " is required"), p.message());
		assertTrue(p.message().contains("client credentials"), p.message());
		assertEquals(1, problems.size(), problems::toString);
	}

	@Test
	void aBlankValueIsMissing() {
		single(validate(with(clientCredentials(), "ClientID", "  ")), "ClientID", Severity.ERROR);
	}

	@Test
	void aSecretKeptInSecureStorageCountsAsSet() {
		Validation stored = ALL_FILES_EXIST.withSecretStored(Set.of("ClientSecret")::contains);
		assertNoProblems(validate(with(clientCredentials(), "ClientSecret", null), stored));
		single(validate(with(clientCredentials(), "ClientID", null), stored), "ClientID", Severity.ERROR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT https://h/token", "PATCH https://h/token", "/token", "ftp://h/token",
			"POST", "https://h/to ken", "https://h/token#x" })
	void aBadTokenUriIsAnError(String value) {
		Problem p = single(validate(with(clientCredentials(), "TokenURI", value)), "TokenURI", Severity.ERROR);
		assertTrue(p.message().startsWith("TokenURI "), p.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "post https://h/token", "POST https://h/token", "Post https://h/token?tenant=1" })
	void thePostPrefixIsAcceptedInAnyCase(String value) {
		assertNoProblems(validate(with(clientCredentials(), "TokenURI", value)));
	}

	@Test
	void aBodyNeedsPost() {
		Problem p = single(validate(with(clientCredentials(), "ClientCredentialsMode", "3", "TokenURI",
				"https://h/token")), "TokenURI", Severity.ERROR);
		assertTrue(p.message().contains("POST"), p.message());
		single(validate(with(clientCredentials(), "ClientCredentialsMode", "3", "TokenURI", "GET https://h/token")),
				"TokenURI", Severity.ERROR);
		assertNoProblems(validate(with(clientCredentials(), "ClientCredentialsMode", "3")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://h/token", "GET https://h/token", "get https://h/token" })
	void getIsAWarningBecauseTheRfcRequiresPost(String value) {
		List<Problem> problems = validate(with(clientCredentials(), "TokenURI", value));
		Problem p = single(problems, "TokenURI", Severity.WARNING);
		assertTrue(p.message().contains("RFC 6749 requires POST"), p.message());
		assertFalse(Problem.anyError(problems));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1" })
	void basicModesAreFineWithPost(String mode) {
		assertNoProblems(validate(with(clientCredentials(), "ClientCredentialsMode", mode)));
	}

	@Test
	void credentialsInTheUrlAreAWarning() {
		List<Problem> problems = validate(with(clientCredentials(), "clcm", "2"));
		Problem p = single(problems, "ClientCredentialsMode", Severity.WARNING);
		assertTrue(p.message().contains("forbids"), p.message());
		assertEquals(1, problems.size());
	}

	@Test
	void plainHttpToAnotherHostIsAWarning() {
		Problem p = single(validate(with(clientCredentials(), "TokenURI", "POST http://login.example.com/token")),
				"TokenURI", Severity.WARNING);
		assertTrue(p.message().contains("https://") && p.message().contains("client secret"), p.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST http://localhost:8080/token", "POST http://127.0.0.1/token",
			"POST http://[::1]:9000/token" })
	void plainHttpToThisMachineIsFine(String value) {
		assertNoProblems(validate(with(clientCredentials(), "TokenURI", value)));
	}

	@Test
	void anAuthHeaderWithoutSecurityTokenIsAnError() {
		Problem p = single(validate(with(clientCredentials(), "AuthHeader", "X-Tenant")), "SecurityToken",
				Severity.ERROR);
		assertTrue(p.message().contains("AuthHeader"), p.message());
		assertNoProblems(validate(with(clientCredentials(), "ah", "X-Tenant", "st", SECRET)));
		Validation stored = ALL_FILES_EXIST.withSecretStored("SecurityToken"::equals);
		assertNoProblems(validate(with(clientCredentials(), "AuthHeader", "X-Tenant"), stored));
	}

	@Test
	void basicUsesAuthHeaderForItsOwnCredentials() {
		assertNoProblems(validate("AuthenticationMethod", "0", "User", "u", "Password", SECRET, "AuthHeader",
				"X-Auth", "RestSamplePath", "https://h/items"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "read", "read write", "https://www.googleapis.com/auth/analytics.readonly openid",
			"a!#$%&'()*+-./:;<=>?@[]^_`{|}~" })
	void rfcScopesAreAccepted(String scope) {
		assertNoProblems(validate(with(clientCredentials(), "Scope", scope)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "read \"all\"|double quote", "a\\b|backslash", "read\twrite|tab",
			"lesen_\u00e4|U+00E4", "a\u0001b|control character" })
	void scopesWithCharactersTheRfcForbidsAreAnError(String scope, String named) {
		Problem p = single(validate(with(clientCredentials(), "Scope", scope)), "Scope", Severity.ERROR);
		assertTrue(p.message().contains(named), p.message());
	}

	@Test
	void commaSeparatedOrDoubleSpacedScopesAreAWarning() {
		Problem comma = single(validate(with(clientCredentials(), "Scope", "read,write")), "Scope", Severity.WARNING);
		assertTrue(comma.message().contains("comma"), comma.message());
		single(validate(with(clientCredentials(), "Scope", "read  write")), "Scope", Severity.WARNING);
	}

	@Test
	void legacyOAuth2WithClientCredentialOptionsGetsTheSameRules() {
		assertNoProblems(validate(with(clientCredentials(), "AuthenticationMethod", "24")));
		assertNoProblems(validate(with(clientCredentials(), "AuthenticationMethod", "OAuth2")));
		single(validate(with(clientCredentials(), "AuthenticationMethod", "24", "ClientCredentialsMode", "3",
				"TokenURI", "https://h/token")), "TokenURI", Severity.ERROR);
		single(validate(with(clientCredentials(), "AuthenticationMethod", "24", "clcm", "2")),
				"ClientCredentialsMode", Severity.WARNING);
	}

	@Test
	void legacyOAuth2WithOtherGrantOptionsIsCheckedAsThatGrant() {
		assertNoProblems(validate("AuthenticationMethod", "24", "AccessToken", SECRET, "RestConfigFile", "/m.rest"));
		Problem p = single(validate("AuthenticationMethod", "24", "User", "u", "Password", SECRET, "ClientID", "c",
				"RestConfigFile", "/m.rest"), "TokenURI", Severity.ERROR);
		assertTrue(p.message().contains("24") && p.message().contains("password"), p.message());
	}

	// --- data source --------------------------------------------------------------------------------------------

	@Test
	void aModelFileOrASampleUrlIsRequired() {
		Problem p = single(validate(with(clientCredentials(), "RestConfigFile", null)), "RestConfigFile",
				Severity.ERROR);
		assertTrue(p.message().contains("RestSamplePath"), p.message());
		assertNoProblems(validate(with(clientCredentials(), "RestConfigFile", null, "RestSamplePath",
				"https://h/items")));
		assertNoProblems(validate(with(clientCredentials(), "RestConfigFile", null, "Sample", "https://h/items")));
		assertNoProblems(validate(with(clientCredentials(), "RestConfigFile", null, "Config", "/m.rest")));
	}

	@Test
	void theModelFileMustExist() {
		List<Path> asked = new ArrayList<>();
		Validation none = Validation.defaults().withFileExists(p -> {
			asked.add(p);
			return false;
		});
		Problem p = single(validate(clientCredentials(), none), "RestConfigFile", Severity.ERROR);
		assertEquals(List.of(Path.of("C:/path/to/googleanalytics.rest")), asked);
		assertTrue(p.message().contains("C:/path/to/googleanalytics.rest") && p.message().contains("does not exist"),
				p.message());
	}

	@Test
	void theDefaultValidationLooksAtTheRealFileSystem() throws Exception {
		Path model = java.nio.file.Files.createTempFile("restdsn", ".rest");
		try {
			Map<String, String> m = with(clientCredentials(), "RestConfigFile", model.toString());
			assertNoProblems(new DsnValidator().validate(Dsn.of("d", m)));
			java.nio.file.Files.delete(model);
			single(new DsnValidator().validate(Dsn.of("d", m)), "RestConfigFile", Severity.ERROR);
		} finally {
			java.nio.file.Files.deleteIfExists(model);
		}
	}

	@Test
	void otherFilesAreCheckedWhenTheyMatter() {
		Validation none = Validation.defaults().withFileExists(p -> !p.toString().contains("missing"));
		single(validate(with(clientCredentials(), "TrustStore", "/missing/trust.jks"), none), "TrustStore",
				Severity.ERROR);
		assertNoProblems(validate(with(clientCredentials(), "JWTCertStore", "/missing/jwt.p12"), none));
	}

	@Test
	void relativeUrlsNeedAHostName() {
		Problem p = single(validate(with(clientCredentials(), "RestConfigFile", null, "RestSamplePath", "/items")),
				"RestSamplePath", Severity.ERROR);
		assertTrue(p.message().contains("HostName"), p.message());
		assertNoProblems(validate(with(clientCredentials(), "RestConfigFile", null, "RestSamplePath", "/items",
				"HostName", "https://api.example.com")));
		single(validate(with(clientCredentials(), "HealthURI", "/health")), "HealthURI", Severity.ERROR);
		assertNoProblems(validate(with(clientCredentials(), "HealthURI", "/health", "host", "api.example.com")));
	}

	@ParameterizedTest
	@CsvSource({ "RestSamplePath,ftp://h/items", "HealthURI,file:///etc/passwd", "HostName,ftp://h",
			"RestSamplePath,https://h/a b" })
	void urlsMustBeHttp(String option, String value) {
		single(validate(with(clientCredentials(), option, value)), option, Severity.ERROR);
	}

	// --- every other method ---------------------------------------------------------------------------------------

	static Stream<Arguments> methodsWithTheirRequiredOptions() {
		return Stream.of(
				Arguments.of("0", List.of("User", "Password")),
				Arguments.of("30", List.of("User", "Password")),
				Arguments.of("34", List.of("SecurityToken")),
				Arguments.of("25", List.of("SecurityToken")),
				Arguments.of("14", List.of("AuthParam", "SecurityToken")),
				Arguments.of("43", List.of("AccessKey", "SecretKey", "Region")),
				Arguments.of("50", List.of("AccessToken")),
				Arguments.of("51", List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI")),
				Arguments.of("52", List.of("User", "Password", "TokenURI", "ClientID")),
				Arguments.of("53", List.of("ClientID", "ClientSecret", "TokenURI")),
				Arguments.of("54", List.of("ClientID", "RefreshToken", "TokenURI")),
				Arguments.of("55", List.of("ClaimsIssuer", "JWTCertStore", "TokenURI")),
				Arguments.of("56", List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI")),
				Arguments.of("29", List.of("RestConfigFile")),
				Arguments.of("15", List.of()));
	}

	/** A value that satisfies every rule for each option the methods above require. */
	private static final Map<String, String> GOOD = Map.ofEntries(Map.entry("User", "alice"),
			Map.entry("Password", SECRET), Map.entry("SecurityToken", SECRET), Map.entry("AuthHeader", "X-API-Key"),
			Map.entry("AuthParam", "api_key"), Map.entry("AccessKey", "AKIA1"), Map.entry("SecretKey", SECRET),
			Map.entry("Region", "us-east-1"), Map.entry("AccessToken", SECRET), Map.entry("ClientID", "c"),
			Map.entry("ClientSecret", SECRET), Map.entry("AuthURI", "https://h/authorize"),
			Map.entry("TokenURI", "POST https://h/token"), Map.entry("RedirectURI", "http://localhost:8765/cb"),
			Map.entry("RefreshToken", SECRET), Map.entry("ClaimsIssuer", "iss"),
			Map.entry("JWTCertStore", "/keys/jwt.p12"), Map.entry("RestConfigFile", "/m/api.rest"));

	private static Map<String, String> complete(String method, List<String> required) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("AuthenticationMethod", method);
		required.forEach(o -> m.put(o, GOOD.get(o)));
		if (method.equals("25")) {
			m.put("AuthHeader", "X-API-Key");
		}
		m.putIfAbsent("RestConfigFile", "/m/api.rest");
		return m;
	}

	@ParameterizedTest
	@MethodSource("methodsWithTheirRequiredOptions")
	void eachMethodWorksWithItsRequiredOptions(String method, List<String> required) {
		assertNoProblems(validate(complete(method, required)));
	}

	@ParameterizedTest
	@MethodSource("methodsWithTheirRequiredOptions")
	void eachRequiredOptionOfEachMethodIsChecked(String method, List<String> required) {
		for (String missing : required) {
			Map<String, String> m = with(complete(method, required), missing, null);
			if (missing.equals("RestConfigFile")) {
				m.put("RestSamplePath", "https://h/items"); // so only the method's requirement is left
			}
			List<Problem> problems = validate(m);
			Problem p = single(problems, missing, Severity.ERROR);
			assertTrue(p.message().contains("AuthenticationMethod " + method), p.message());
			assertTrue(problems.stream().allMatch(x -> x.option().equals(missing)), problems::toString);
		}
	}

	@Test
	void httpHeaderWithoutAuthHeaderUsesAuthorizationAndSaysSo() {
		Problem p = single(validate("AuthenticationMethod", "25", "SecurityToken", SECRET, "RestConfigFile",
				"/m.rest"), "AuthHeader", Severity.WARNING);
		assertTrue(p.message().contains("Authorization"), p.message());
	}

	@Test
	void pkceNeedsARedirectPort() {
		Map<String, String> m = complete("56", List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI"));
		Problem p = single(validate(with(m, "RedirectURI", "http://localhost/cb")), "RedirectURI", Severity.ERROR);
		assertTrue(p.message().contains("port"), p.message());
		assertNoProblems(validate(with(m, "AuthenticationMethod", "51", "RedirectURI", "https://app.example.com/cb")));
		single(validate(with(m, "RedirectURI", "/cb")), "RedirectURI", Severity.ERROR);
	}

	@Test
	void authorizationEndpointMustBeAbsoluteHttp() {
		Map<String, String> m = complete("51", List.of("ClientID", "AuthURI", "TokenURI", "RedirectURI"));
		single(validate(with(m, "AuthURI", "/authorize")), "AuthURI", Severity.ERROR);
		single(validate(with(m, "AuthURI", "ftp://h/authorize")), "AuthURI", Severity.ERROR);
	}

	@Test
	void otherTokenGrantsGetTheTransportWarningsToo() {
		Map<String, String> m = complete("54", List.of("ClientID", "RefreshToken", "TokenURI"));
		Problem p = single(validate(with(m, "TokenURI", "POST http://h.example.com/token")), "TokenURI",
				Severity.WARNING);
		assertTrue(p.message().contains("credentials"), p.message());
		single(validate(with(m, "TokenURI", "PUT https://h/token")), "TokenURI", Severity.ERROR);
	}

	@Test
	void unusedOptionsOfOtherMethodsAreIgnored() {
		assertNoProblems(validate(with(clientCredentials(), "RedirectURI", "/cb", "AuthURI", "relative")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "99", "Kerberos", "OAuth3", "-1" })
	void anUnknownMethodIsAnErrorListingTheValidValues(String value) {
		List<Problem> problems = validate(with(clientCredentials(), "AuthenticationMethod", value));
		Problem p = single(problems, "AuthenticationMethod", Severity.ERROR);
		assertTrue(p.message().contains("'" + value + "'"), p.message());
		assertTrue(p.message().contains("53 (OAuth 2.0 client credentials)") && p.message().contains("15 (None)")
				&& p.message().contains("29 (Custom"), p.message());
		assertEquals(1, problems.size(), problems::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "OAuth2", "Basic", "HttpHeader", "UrlParameter", "None" })
	void legacyMethodWordsAreUnderstood(String word) {
		List<Problem> problems = validate(with(clientCredentials(), "AuthenticationMethod", word));
		assertTrue(on(problems, "AuthenticationMethod").isEmpty(), problems::toString);
	}

	@Test
	void noAuthenticationMethodMeansNone() {
		assertNoProblems(validate("RestSamplePath", "https://h/items"));
	}

	// --- values ---------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@CsvSource({ "ClientCredentialsMode,4", "ClientCredentialsMode,POST", "EncryptionMethod,2",
			"ValidateServerCertificate,yes", "ValidateServerCertificate,true", "QualifyNormalizedNames,3",
			"SQLEngineMode,9", "PortNumber,0", "PortNumber,70000", "PortNumber,https", "ProxyPort,-1",
			"ProxyPort,65536", "WSTimeout,-1", "WSTimeout,2m", "WSRetryCount,x", "WSFetchSize,-5",
			"StmtCallLimit,1.5", "LoginTimeout,-1", "LoginTimeout,99999999999", "AuthHeader,X API Key",
			"AuthHeader,X-Key:", "vsc,2", "port,0", "qnn,-1" })
	void valuesOutsideTheirRangeAreErrors(String option, String value) {
		String name = OptionCatalog.standard().canonicalName(option);
		Problem p = single(validate(with(clientCredentials(), "AuthHeader", null, option, value, "SecurityToken",
				SECRET)), name, Severity.ERROR);
		assertTrue(p.message().startsWith(name), p.message());
	}

	@Test
	void rangeMessagesSayWhatIsAllowed() {
		Problem enumProblem = single(validate(with(clientCredentials(), "ClientCredentialsMode", "4")),
				"ClientCredentialsMode", Severity.ERROR);
		assertTrue(enumProblem.message().contains("0 (") && enumProblem.message().contains("3 ("),
				enumProblem.message());
		Problem intProblem = single(validate(with(clientCredentials(), "PortNumber", "0")), "PortNumber",
				Severity.ERROR);
		assertTrue(intProblem.message().contains("1 to 65535"), intProblem.message());
	}

	@Test
	void everyChoiceAndBoundOfEveryOptionIsAccepted() {
		for (OptionDef d : OptionCatalog.standard().all()) {
			List<String> good = new ArrayList<>();
			d.choices().forEach(c -> good.add(c.value()));
			if (d.type() == OptionType.INTEGER) {
				good.add(String.valueOf(d.min() == null ? Integer.MIN_VALUE : d.min()));
				good.add(String.valueOf(d.max() == null ? Integer.MAX_VALUE : d.max()));
			}
			for (String v : good) {
				if (d.name().equals("AuthenticationMethod")) {
					continue; // each method needs its own options: covered above
				}
				List<Problem> problems = validate(with(clientCredentials(), d.name(), v));
				assertFalse(Problem.anyError(problems), d.name() + "=" + v + ": " + problems);
			}
		}
	}

	// --- duplicates, order, secrecy -------------------------------------------------------------------------------

	@Test
	void longAndShortNameTogetherAreAnError() {
		Problem p = single(validate(with(clientCredentials(), "o2tu", "POST https://other/token")), "TokenURI",
				Severity.ERROR);
		assertTrue(p.message().contains("'TokenURI'") && p.message().contains("'o2tu'")
				&& p.message().contains("Remove 'o2tu'"), p.message());
		Problem same = single(validate(with(clientCredentials(), "LogonID", "u", "User", "u")), "User",
				Severity.ERROR);
		assertTrue(same.message().contains("same value"), same.message());
	}

	@Test
	void shortNamesAreValidatedAsTheirOption() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("am", "53");
		m.put("ClientID", "c");
		m.put("ClientSecret", SECRET);
		m.put("o2tu", "PUT https://h/token");
		m.put("rcf", "/m.rest");
		single(validate(m), "TokenURI", Severity.ERROR);
	}

	@Test
	void unknownOptionsAreNotProblems() {
		assertNoProblems(validate(with(clientCredentials(), "MyDriverOption", "whatever", "Custom_1", "")));
	}

	@Test
	void messagesNeverContainSecretValues() {
		// each secret set next to something wrong; validate() asserts no message contains SECRET
		Map<String, String> m = new LinkedHashMap<>();
		m.put("AuthenticationMethod", "53");
		m.put("ClientSecret", SECRET);
		m.put("st", SECRET);
		m.put("SecurityToken", SECRET + "2");
		m.put("Password", SECRET);
		m.put("PWD", SECRET);
		m.put("KeyStorePassword", SECRET);
		m.put("ProxyPassword", SECRET);
		m.put("TokenURI", "PUT https://h/token?client_secret=" + SECRET);
		m.put("ClientCredentialsMode", "2");
		assertTrue(validate(m).size() >= 4);
	}

	@Test
	void problemsSaySeverityOptionAndMessage() {
		Problem p = Problem.error("TokenURI", "x");
		assertTrue(p.isError());
		assertFalse(Problem.warning("Scope", "y").isError());
		assertTrue(Problem.anyError(List.of(Problem.warning("Scope", "y"), p)));
		assertEquals("ERROR TokenURI: x", p.toString());
	}
}
