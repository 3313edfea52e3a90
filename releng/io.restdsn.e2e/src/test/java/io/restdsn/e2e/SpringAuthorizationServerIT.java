package io.restdsn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Interoperability with a real OAuth 2.0 authorization server: Spring Authorization Server (through Spring Boot, from
 * Maven Central), started in this JVM on 127.0.0.1, issues client-credentials tokens that the built product's
 * {@code restdsn} obtains as a user would (DSNs created with {@code restdsn set}, the secret piped in with
 * {@code ClientSecret=@-} and kept in secure storage), with the client authenticated by an HTTP Basic header
 * (ClientCredentialsMode 0 and 1) and by form fields of the POST body (3). The same application is an OAuth 2.0
 * resource server: {@code GET /api/items} wants a JWT from this server with scope {@code items.read}, so
 * {@code restdsn test} can pass every stage against third-party OAuth software, and fail where the API refuses the
 * token.
 * <p>
 * The server really checks: secrets are stored as bcrypt hashes, each client may authenticate only with the method it
 * is registered for, and scopes are checked. The ids and secrets hold characters RFC 6749 §2.3.1 makes a client
 * form-urlencode before Base64 ({@code : + % & =} and a space; the secrets also non-ASCII letters); Spring
 * Authorization Server URL-decodes both halves of the Basic header, as that section says. So a client that sent them
 * raw (RFC 7617 style) or encoded them differently – a space as {@code %20} is fine, a {@code +} left raw is not (it
 * decodes to a space), nor a {@code %2B} left raw (it decodes to {@code +}) – fails here.
 * <p>
 * The client ids are ASCII: RFC 6749 Appendix A.1 defines client-id as *VSCHAR (printable ASCII, %x20-7E), and Spring
 * Authorization Server enforces that – it answers {@code invalid_request} to a client id with any other character
 * (OAuth2ClientAuthenticationFilter.validateClientIdentifier), whichever way the client authenticates. It does not
 * check the secret's syntax (A.2 says *VSCHAR as well), so the secrets carry {@code ü} and {@code ß}.
 */
class SpringAuthorizationServerIT {

	static final String SCOPE = "items.read";
	/** An odd lifetime, so the expiry restdsn shows can only have come from this server. */
	static final Duration TOKEN_LIFETIME = Duration.ofSeconds(1021);

	/** Registered for client_secret_basic only. */
	static final String BASIC_ID = "restdsn:basic id+%41&x=y";
	static final String BASIC_SECRET = "s3:cr+t %2B&=ü/" + UUID.randomUUID();
	/** Registered for client_secret_post only. */
	static final String POST_ID = "restdsn post&id=1+2%";
	static final String POST_SECRET = "p0st&secret=+ %26ß:" + UUID.randomUUID();
	/** Gets opaque (reference) tokens, which the resource server – it reads JWTs – refuses with 401. */
	static final String OPAQUE_ID = "restdsn-opaque";
	static final String OPAQUE_SECRET = "opaque-" + UUID.randomUUID();
	/** Registered for another scope only: its tokens are valid but do not cover /api/items (403). */
	static final String AUDIT_ID = "restdsn-audit";
	static final String AUDIT_SECRET = "audit-" + UUID.randomUUID();
	static final String WRONG_SECRET = "wr0ng+secret=ü-" + UUID.randomUUID();

	static final List<String> SECRETS = List.of(BASIC_SECRET, POST_SECRET, OPAQUE_SECRET, AUDIT_SECRET, WRONG_SECRET);

	private static final Pattern MASKED = Pattern.compile("•••• \\((\\d+) chars\\)");

	@TempDir
	static Path home;
	private static ConfigurableApplicationContext server;
	private static String base;
	private static ProductCli cli;
	private static String[] storage;

	/** Each access token the server issued, in order: registered client id → token value. */
	record Issued(String client, String token) {
	}

	static final List<Issued> ISSUED = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	static void startServer() throws Exception {
		server = new SpringApplicationBuilder(InteropServer.class).web(WebApplicationType.SERVLET)
				.properties(Map.of("server.address", "127.0.0.1", "server.port", "0", "spring.main.banner-mode", "off",
						"spring.main.log-startup-info", "false", "logging.level.root", "WARN"))
				.run();
		int port = ((WebServerApplicationContext) server).getWebServer().getPort();
		base = "http://127.0.0.1:" + port;
		cli = new ProductCli(home);
		Path password = Files.writeString(home.resolve("master-password"), "interop\n");
		storage = new String[] { "--keyring", home.resolve("keyring").toString(), "--password-file",
				password.toString() };
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	// ---------------------------------------------------------------------------------------------------------- tokens

	@Test
	void basicModesGetATokenWithReservedCharactersInIdAndSecret() throws Exception {
		create("Basic", BASIC_ID, BASIC_SECRET, "ClientCredentialsMode=1");
		assertToken("Basic", "basic");

		ProductCli.Result mode0 = restdsn(null, "set", "Basic", "ClientCredentialsMode=0");
		assertEquals(0, mode0.code(), mode0.err());
		assertToken("Basic", "basic");
	}

	@Test
	void postBodyModeGetsAToken() throws Exception {
		create("Post", POST_ID, POST_SECRET, "ClientCredentialsMode=3");
		assertToken("Post", "post");
	}

	@Test
	void aWrongSecretIsInvalidClientInBothModes() throws Exception {
		create("WrongBasic", BASIC_ID, WRONG_SECRET, "ClientCredentialsMode=1");
		assertInvalidClient(restdsn(null, "token", "WrongBasic"), BASIC_ID, 1);

		create("WrongPost", POST_ID, WRONG_SECRET, "ClientCredentialsMode=3");
		assertInvalidClient(restdsn(null, "token", "WrongPost"), POST_ID, 3);
	}

	/** The right secret in the place the client is not registered for is refused too: the server checks the method. */
	@Test
	void theRightSecretByTheWrongMethodIsInvalidClient() throws Exception {
		create("BasicAsPost", BASIC_ID, BASIC_SECRET, "ClientCredentialsMode=3");
		assertInvalidClient(restdsn(null, "token", "BasicAsPost"), BASIC_ID, 3);
	}

	@Test
	void aScopeTheClientIsNotGrantedIsInvalidScope() throws Exception {
		create("Scope", BASIC_ID, BASIC_SECRET, "ClientCredentialsMode=1", "Scope=items.write");
		ProductCli.Result r = restdsn(null, "token", "Scope");

		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.err().contains("refused the requested scope 'items.write' (invalid_scope)"), r.err());
		assertTrue(r.err().contains("[check: Scope]"), r.err());
	}

	/** Spring refuses a client id outside printable ASCII (RFC 6749 A.1) before anything else: ClientID is named. */
	@Test
	void aClientIdOutsidePrintableAsciiIsNamedInTheError() throws Exception {
		create("NonAscii", "client-ü", POST_SECRET, "ClientCredentialsMode=3");
		ProductCli.Result r = restdsn(null, "token", "NonAscii");

		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.err().contains("(invalid_request)"), r.err());
		assertTrue(r.err().contains("outside printable ASCII"), r.err());
		assertTrue(r.err().contains("[check: ClientID"), r.err());
	}

	// --------------------------------------------------------------------------------------- the resource server

	@Test
	void theConnectionTestPassesEveryStageAgainstTheResourceServer() throws Exception {
		create("Api", BASIC_ID, BASIC_SECRET, "ClientCredentialsMode=1", "RestSamplePath=" + base + "/api/items");
		ProductCli.Result r = restdsn(null, "test", "Api");

		assertEquals(0, r.code(), r.out() + r.err());
		assertStage(r, "ok  ", "connect");
		assertStage(r, "skip", "tls");
		assertStage(r, "ok  ", "token");
		assertStage(r, "ok  ", "data");
		assertStage(r, "ok  ", "parse");
		assertTrue(r.out().contains("scope '" + SCOPE + "' granted"), r.out());
		assertTrue(r.out().contains("HTTP 200 from RestSamplePath " + base + "/api/items"), r.out());
		assertTrue(r.out().contains("2 rows (first row has 3 fields) (top-level array)"), r.out());
		assertTrue(r.out().contains("Connection test passed"), r.out());
	}

	/** Spring's resource server reads JWTs; an opaque token from the same server gets 401, also after a new token. */
	@Test
	void aTokenTheResourceServerCannotReadFailsTheDataStage() throws Exception {
		create("Opaque", OPAQUE_ID, OPAQUE_SECRET, "ClientCredentialsMode=1", "RestSamplePath=" + base + "/api/items");
		int before = issuedTo("opaque").size();
		ProductCli.Result r = restdsn(null, "test", "Opaque");

		assertEquals(1, r.code(), r.out() + r.err());
		assertStage(r, "ok  ", "token");
		assertStage(r, "FAIL", "data");
		assertTrue(r.out().contains("answered 401 Unauthorized to the access token, also after a new token was fetched"),
				r.out());
		assertTrue(r.out().contains("change: Scope, AuthHeader, TokenURI"), r.out());
		assertEquals(before + 2, issuedTo("opaque").size(), "the first token, and the one fetched after the 401");
	}

	@Test
	void aTokenWithoutTheApisScopeFailsTheDataStageNamingScope() throws Exception {
		create("Audit", AUDIT_ID, AUDIT_SECRET, "ClientCredentialsMode=1", "Scope=audit.read",
				"RestSamplePath=" + base + "/api/items");
		ProductCli.Result r = restdsn(null, "test", "Audit");

		assertEquals(1, r.code(), r.out() + r.err());
		assertStage(r, "ok  ", "token");
		assertStage(r, "FAIL", "data");
		assertTrue(r.out().contains("answered 403 Forbidden") && r.out().contains("change: Scope"), r.out());
	}

	// -------------------------------------------------------------------------------------------------- helpers

	/**
	 * {@code printf '%s' SECRET | restdsn set NAME AuthenticationMethod=53 ... ClientSecret=@- MORE...} (Scope
	 * items.read unless MORE names one), then checks that odbc.ini holds no secret.
	 */
	private static void create(String name, String clientId, String secret, String... more) throws Exception {
		List<String> args = new ArrayList<>(List.of("set", name, "AuthenticationMethod=53", "ClientID=" + clientId,
				"ClientSecret=@-", "TokenURI=POST " + base + "/oauth2/token"));
		if (Stream.of(more).noneMatch(m -> m.startsWith("Scope="))) {
			args.add("Scope=" + SCOPE);
		}
		args.addAll(List.of(more));
		ProductCli.Result r = restdsn(secret, args.toArray(String[]::new));
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("Stored in secure storage " + storage[1] + ": ClientSecret."), r.out());
		String ini = Files.readString(home.resolve(".odbc.ini"));
		assertTrue(ini.contains("ClientID=" + clientId), ini);
		for (String s : SECRETS) {
			assertFalse(ini.contains(s), "a secret in odbc.ini");
		}
	}

	/** {@code restdsn token NAME --json} succeeds with the token this server just issued to {@code client}. */
	private static void assertToken(String dsn, String client) throws Exception {
		int before = issuedTo(client).size();
		ProductCli.Result r = restdsn(null, "token", dsn, "--json");
		assertEquals(0, r.code(), r.out() + r.err());
		List<String> issued = issuedTo(client);
		assertEquals(before + 1, issued.size(), "one token issued to " + client);
		String token = issued.get(issued.size() - 1);
		assertTrue(token.matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), "the server issues JWTs");

		JsonNode json = new ObjectMapper().readTree(r.out());
		assertEquals("Bearer", json.path("tokenType").asText(), r.out());
		Matcher masked = MASKED.matcher(json.path("token").asText());
		assertTrue(masked.matches(), r.out());
		assertEquals(token.length(), Integer.parseInt(masked.group(1)), "the length of the token the server issued");
		long lifetime = json.path("expiresInSeconds").asLong(-1);
		assertTrue(lifetime > TOKEN_LIFETIME.getSeconds() - 30 && lifetime <= TOKEN_LIFETIME.getSeconds(),
				"expires_in of the server: " + r.out());
		assertEquals(SCOPE, json.path("scope").asText(), r.out());
		assertTrue(json.path("scopeFromServer").asBoolean(), r.out());
		assertEquals(0, json.path("notes").size(), "nothing to tolerate in Spring's answer: " + r.out());
	}

	private static void assertInvalidClient(ProductCli.Result r, String clientId, int mode) {
		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.err().contains("rejected the client credentials (invalid_client)"), r.err());
		assertTrue(r.err().contains("Check ClientID ('" + clientId + "') and ClientSecret (••••"), r.err());
		assertTrue(r.err().contains("(ClientCredentialsMode=" + mode + ")"), r.err());
		assertTrue(r.err().contains("[check: ClientID, ClientSecret, ClientCredentialsMode]"), r.err());
	}

	private static void assertStage(ProductCli.Result r, String mark, String stage) {
		assertTrue(Pattern.compile("(?m)^" + Pattern.quote(mark) + "  " + stage + " ").matcher(r.out()).find(),
				stage + " should be '" + mark.strip() + "':\n" + r.out());
	}

	/**
	 * Runs {@code restdsn ARGS} with the test's secure storage, and checks that neither a secret nor a token the server
	 * issued shows up in what it printed.
	 */
	private static ProductCli.Result restdsn(String stdin, String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(storage));
		ProductCli.Result r = cli.run(stdin, all.toArray(String[]::new));
		String printed = r.out() + r.err();
		for (String s : SECRETS) {
			assertFalse(printed.contains(s), "a secret in the output of restdsn " + args[0]);
		}
		synchronized (ISSUED) {
			for (Issued i : ISSUED) {
				assertFalse(printed.contains(i.token()), "an access token in the output of restdsn " + args[0]);
			}
		}
		return r;
	}

	private static List<String> issuedTo(String client) {
		synchronized (ISSUED) {
			return ISSUED.stream().filter(i -> i.client().equals(client)).map(Issued::token).toList();
		}
	}

	// ------------------------------------------------------------------------------------------------ the server

	/**
	 * Spring Authorization Server's endpoints (token, JWK set, metadata…) with its defaults, plus a resource server for
	 * {@code /api/**}. Spring Boot supplies the signing key (a fresh RSA key), the JwtDecoder that checks it and the
	 * server settings; the issuer is the address the request came to.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration(exclude = UserDetailsServiceAutoConfiguration.class)
	static class InteropServer {

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			OAuth2AuthorizationServerConfigurer as = OAuth2AuthorizationServerConfigurer.authorizationServer();
			http.securityMatcher(as.getEndpointsMatcher()).with(as, Customizer.withDefaults())
					.authorizeHttpRequests(a -> a.anyRequest().authenticated());
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
			http.securityMatcher("/api/**").authorizeHttpRequests(a -> a.anyRequest().hasAuthority("SCOPE_" + SCOPE))
					.oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
					.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
			return http.build();
		}

		@Bean
		RouterFunction<ServerResponse> items() {
			return RouterFunctions.route().GET("/api/items", request -> ServerResponse.ok().body(List.of(
					Map.of("id", 1, "name", "hex bolt M6", "price", 0.12),
					Map.of("id", 2, "name", "wing nut M6", "price", 0.31)))).build();
		}

		@Bean
		RegisteredClientRepository registeredClients() {
			PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder(); // {bcrypt}…
			TokenSettings jwt = TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build();
			return new InMemoryRegisteredClientRepository(
					client("basic", BASIC_ID, bcrypt.encode(BASIC_SECRET), ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
							SCOPE, jwt),
					client("post", POST_ID, bcrypt.encode(POST_SECRET), ClientAuthenticationMethod.CLIENT_SECRET_POST,
							SCOPE, jwt),
					client("opaque", OPAQUE_ID, bcrypt.encode(OPAQUE_SECRET),
							ClientAuthenticationMethod.CLIENT_SECRET_BASIC, SCOPE,
							TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME)
									.accessTokenFormat(OAuth2TokenFormat.REFERENCE).build()),
					client("audit", AUDIT_ID, bcrypt.encode(AUDIT_SECRET), ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
							"audit.read", jwt));
		}

		private static RegisteredClient client(String id, String clientId, String secretHash,
				ClientAuthenticationMethod method, String scope, TokenSettings tokens) {
			return RegisteredClient.withId(id).clientId(clientId).clientSecret(secretHash).clientAuthenticationMethod(method)
					.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope(scope).tokenSettings(tokens)
					.build();
		}

		/** The default in-memory store, recording each access token it is given so the test can compare. */
		@Bean
		OAuth2AuthorizationService authorizations() {
			InMemoryOAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();
			return new OAuth2AuthorizationService() {
				@Override
				public void save(OAuth2Authorization authorization) {
					OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getToken(OAuth2AccessToken.class);
					if (token != null) {
						ISSUED.add(new Issued(authorization.getRegisteredClientId(), token.getToken().getTokenValue()));
					}
					store.save(authorization);
				}

				@Override
				public void remove(OAuth2Authorization authorization) {
					store.remove(authorization);
				}

				@Override
				public OAuth2Authorization findById(String id) {
					return store.findById(id);
				}

				@Override
				public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
					return store.findByToken(token, tokenType);
				}
			};
		}
	}
}
