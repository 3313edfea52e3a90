package io.restdsn.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionCatalogTest {

	/** Every option named in connection-options.md, in the spelling it shows. */
	static final List<String> SPEC_OPTIONS = List.of(
			// seed flow
			"AuthenticationMethod", "ClientID", "ClientSecret", "TokenURI", "Scope", "AuthHeader", "SecurityToken",
			"ClientCredentialsMode", "RestConfigFile", "RestSamplePath", "Driver", "Description",
			// other authentication methods
			"User", "Password", "AuthParam", "AccessKey", "SecretKey", "Region", "AccessToken", "AuthURI",
			"RedirectURI", "OAuthCode", "RefreshToken", "ClaimsIssuer", "ClaimsSubject", "JWTCertStore",
			"JWTCertPassword", "JWTCertAlias",
			// general
			"DataSourceName", "HostName", "PortNumber", "JSONRoot", "HealthURI",
			// TLS
			"EncryptionMethod", "ValidateServerCertificate", "TrustStore", "TrustStorePassword",
			"HostNameInCertificate", "CryptoProtocolVersion", "KeyStore", "KeyStorePassword", "KeyPassword",
			// proxy
			"ProxyHost", "ProxyPort", "ProxyUser", "ProxyPassword",
			// web service
			"WSTimeout", "WSRetryCount", "WSFetchSize", "StmtCallLimit", "LoginTimeout",
			// mapping, engine
			"QualifyNormalizedNames", "SQLEngineMode", "JVMArgs", "JVMClasspath");

	static final Set<String> SPEC_SECRETS = Set.of("ClientSecret", "SecurityToken", "Password", "AccessToken",
			"RefreshToken", "SecretKey", "JWTCertPassword", "KeyStorePassword", "KeyPassword", "TrustStorePassword",
			"ProxyPassword");

	private final OptionCatalog catalog = OptionCatalog.standard();

	@Test
	void catalogHoldsExactlyTheSpecOptionsInTheirSpelling() {
		for (String name : SPEC_OPTIONS) {
			assertEquals(name, catalog.find(name).map(OptionDef::name).orElse("<missing>"), name);
		}
		Set<String> names = catalog.all().stream().map(OptionDef::name).collect(Collectors.toSet());
		assertEquals(new TreeSet<>(SPEC_OPTIONS), new TreeSet<>(names));
	}

	@ParameterizedTest
	@CsvSource({ "am,AuthenticationMethod", "o2tu,TokenURI", "ah,AuthHeader", "st,SecurityToken",
			"clcm,ClientCredentialsMode", "rcf,RestConfigFile", "rsp,RestSamplePath", "ap,AuthParam",
			"dsn,DataSourceName", "desc,Description", "host,HostName", "port,PortNumber", "jr,JSONRoot",
			"huri,HealthURI", "em,EncryptionMethod", "vsc,ValidateServerCertificate", "qnn,QualifyNormalizedNames",
			"Config,RestConfigFile", "Sample,RestSamplePath", "LogonID,User", "UID,User", "PWD,Password",
			// any case, surrounding blanks
			"O2TU,TokenURI", "config,RestConfigFile", "LOGONID,User", "' clientsecret ',ClientSecret" })
	void shortAndLegacyNamesFindTheirOption(String alias, String name) {
		assertEquals(name, catalog.find(alias).orElseThrow().name());
		assertEquals(name, catalog.canonicalName(alias));
	}

	@Test
	void unknownKeysAreKeptAsTheyAre() {
		assertTrue(catalog.find("MyDriverSpecificThing").isEmpty());
		assertEquals("MyDriverSpecificThing", catalog.canonicalName("MyDriverSpecificThing"));
		assertFalse(catalog.isSecret("MyDriverSpecificThing"));
		assertTrue(catalog.find(null).isEmpty());
	}

	@Test
	void secretsAreExactlyTheSpecList() {
		assertEquals(new TreeSet<>(SPEC_SECRETS), new TreeSet<>(catalog.secretNames()));
		for (OptionDef d : catalog.all()) {
			assertEquals(SPEC_SECRETS.contains(d.name()), d.isSecret(), d.name());
			assertEquals(d.isSecret(), d.type() == OptionType.SECRET, d.name());
		}
	}

	@Test
	void secretsAreRecognisedUnderEverySpelling() {
		assertTrue(catalog.isSecret("st"));
		assertTrue(catalog.isSecret("PWD"));
		assertTrue(catalog.isSecret("clientsecret"));
		assertFalse(catalog.isSecret("ClientID"));
	}

	@Test
	void everyGroupHasOptionsAndAllIsInGroupOrder() {
		int last = -1;
		for (OptionDef d : catalog.all()) {
			assertTrue(d.group().ordinal() >= last, "all() is grouped: " + d.name());
			last = d.group().ordinal();
		}
		for (OptionGroup g : OptionGroup.values()) {
			assertFalse(catalog.inGroup(g).isEmpty(), g.name());
			assertFalse(g.label().isBlank());
		}
		assertEquals(List.of("ProxyHost", "ProxyPort", "ProxyUser", "ProxyPassword"),
				catalog.inGroup(OptionGroup.PROXY).stream().map(OptionDef::name).toList());
		assertEquals(OptionGroup.AUTHENTICATION, catalog.find("TokenURI").orElseThrow().group());
		assertEquals(OptionGroup.TLS, catalog.find("KeyPassword").orElseThrow().group());
		assertEquals(OptionGroup.WEB_SERVICE, catalog.find("StmtCallLimit").orElseThrow().group());
		assertEquals(OptionGroup.MAPPING, catalog.find("qnn").orElseThrow().group());
		assertEquals(OptionGroup.ENGINE, catalog.find("JVMArgs").orElseThrow().group());
	}

	@Test
	void everyOptionHasHelpForTheEditor() {
		catalog.all().forEach(d -> assertFalse(d.help().isBlank(), d.name()));
	}

	@Test
	void defaultsAreTheConnectorsDefaults() {
		assertEquals("15", def("AuthenticationMethod").defaultValue());
		assertEquals("0", def("ClientCredentialsMode").defaultValue());
		assertEquals("120", def("WSTimeout").defaultValue());
		assertEquals("0", def("WSRetryCount").defaultValue());
		assertEquals("0", def("QualifyNormalizedNames").defaultValue());
		assertEquals("1", def("ValidateServerCertificate").defaultValue());
		assertEquals(null, def("PortNumber").defaultValue(), "80 or 443 depending on TLS: no single default");
	}

	@Test
	void enumeratedOptionsOfferTheirValues() {
		assertEquals(List.of("0", "1", "2", "3"), values("ClientCredentialsMode"));
		assertEquals(List.of("0", "1"), values("EncryptionMethod"));
		assertEquals(List.of("1", "0"), values("ValidateServerCertificate"));
		assertEquals(List.of("0", "1", "2"), values("QualifyNormalizedNames"));
		assertEquals(List.of("0", "1", "2"), values("SQLEngineMode"));
		List<String> methods = values("AuthenticationMethod");
		assertEquals("53", methods.get(0), "client credentials first");
		assertEquals(new TreeSet<>(List.of("15", "0", "30", "34", "25", "14", "43", "24", "50", "51", "52", "53", "54",
				"55", "56", "29")), new TreeSet<>(methods));
		assertTrue(def("AuthenticationMethod").choice("24").orElseThrow().label().toLowerCase().contains("legacy"));
	}

	@Test
	void integerOptionsHaveRanges() {
		assertEquals(1, def("PortNumber").min());
		assertEquals(65535, def("PortNumber").max());
		assertEquals(65535, def("ProxyPort").max());
		for (String n : List.of("WSTimeout", "WSRetryCount", "WSFetchSize", "StmtCallLimit", "LoginTimeout")) {
			assertEquals(OptionType.INTEGER, def(n).type(), n);
			assertEquals(0, def(n).min(), n);
		}
	}

	@Test
	void authenticationOptionsKnowWhichMethodsUseThem() {
		assertEquals(Set.of(24, 51, 52, 53, 54), def("ClientSecret").methods());
		assertEquals(Set.of(43), def("AccessKey").methods());
		assertTrue(def("ClientCredentialsMode").usedBy(53));
		assertFalse(def("ClientCredentialsMode").usedBy(0));
		assertTrue(def("User").usedBy(0) && def("User").usedBy(30) && def("User").usedBy(52));
		assertTrue(def("WSTimeout").methods().isEmpty() && def("WSTimeout").usedBy(0), "non-auth: every method");
		assertTrue(def("AuthenticationMethod").methods().isEmpty());
		for (OptionDef d : catalog.inGroup(OptionGroup.AUTHENTICATION)) {
			if (!d.name().equals("AuthenticationMethod")) {
				assertFalse(d.methods().isEmpty(), d.name() + " is used by some method");
			}
		}
	}

	@Test
	void typesDriveTheEditorWidgets() {
		assertEquals(OptionType.URL, def("TokenURI").type());
		assertEquals(OptionType.PATH, def("RestConfigFile").type());
		assertEquals(OptionType.PATH, def("JWTCertStore").type());
		assertEquals(OptionType.HEADER_NAME, def("AuthHeader").type());
		assertEquals(OptionType.BOOLEAN, def("ValidateServerCertificate").type());
		assertEquals(OptionType.ENUM, def("AuthenticationMethod").type());
	}

	@Test
	void aCatalogRejectsAmbiguousNames() {
		OptionDef a = OptionDef.builder("A", OptionType.TEXT, OptionGroup.GENERAL).aliases("x").build();
		OptionDef b = OptionDef.builder("B", OptionType.TEXT, OptionGroup.GENERAL).aliases("X").build();
		assertThrows(IllegalArgumentException.class, () -> new OptionCatalog(List.of(a, b)));
	}

	private OptionDef def(String name) {
		return catalog.find(name).orElseThrow();
	}

	private List<String> values(String name) {
		return def(name).choices().stream().map(OptionDef.Choice::value).toList();
	}
}
