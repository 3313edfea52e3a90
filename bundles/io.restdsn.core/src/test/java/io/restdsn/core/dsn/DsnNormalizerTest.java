package io.restdsn.core.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DsnNormalizerTest {

	private final DsnNormalizer normalizer = DsnNormalizer.standard();

	private static Dsn dsn(String... keyValues) {
		List<Dsn.Option> list = new ArrayList<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			list.add(new Dsn.Option(keyValues[i], keyValues[i + 1]));
		}
		return Dsn.of("d", list);
	}

	private static List<String> keys(Dsn d) {
		return d.options().stream().map(Dsn.Option::key).toList();
	}

	@ParameterizedTest
	@CsvSource({ "am,AuthenticationMethod,53", "o2tu,TokenURI,POST https://h/t", "ah,AuthHeader,X-Tenant",
			"st,SecurityToken,tok", "clcm,ClientCredentialsMode,3", "rcf,RestConfigFile,/m/a.rest",
			"rsp,RestSamplePath,https://h/items", "ap,AuthParam,api_key", "dsn,DataSourceName,Demo",
			"desc,Description,text", "host,HostName,https://h", "port,PortNumber,443", "jr,JSONRoot,/events",
			"huri,HealthURI,/health", "em,EncryptionMethod,1", "vsc,ValidateServerCertificate,0",
			"qnn,QualifyNormalizedNames,2", "Config,RestConfigFile,C:/m/ga.rest", "Sample,RestSamplePath,https://h/x",
			"LogonID,User,alice", "UID,User,alice", "PWD,Password,pw", "CONFIG,RestConfigFile,/m/a.rest",
			"clientid,ClientID,id", "TOKENURI,TokenURI,https://h/t", "jsonroot,JSONRoot,/a" })
	void everyShortLegacyOrMisspelledNameBecomesTheCatalogName(String key, String name, String value) {
		Normalization n = normalizer.normalize(dsn("Before", "1", key, value, "After", "2"));
		assertEquals(List.of("Before", name, "After"), keys(n.dsn()), "renamed in place");
		assertEquals(value, n.dsn().value(name), "value kept");
		assertEquals(1, n.notes().size());
		assertTrue(n.notes().get(0).contains("'" + key + "'") && n.notes().get(0).contains("'" + name + "'"),
				n.notes().get(0));
		assertTrue(n.duplicates().isEmpty());
	}

	@ParameterizedTest
	@CsvSource({ "OAuth2,24", "oauth2,24", "Basic,0", "HttpHeader,25", "HTTPHeader,25", "UrlParameter,14",
			"None,15", "Digest,30", "BearerToken,34", "AWS,43", "Custom,29", "OAuth2-ClientCredentials,53",
			"OAuth2-AccessToken,50", "OAuth2-AuthorizationCode,51", "OAuth2-Password,52", "OAuth2-RefreshToken,54",
			"OAuth2-JWTBearer,55", "OAuth2-PKCE,56", "' 53 ',53", "053,53" })
	void authenticationMethodWordsBecomeNumbers(String word, String number) {
		Normalization n = normalizer.normalize(dsn("AuthenticationMethod", word));
		assertEquals(number, n.dsn().value("AuthenticationMethod"));
		assertEquals(1, n.notes().size());
		assertTrue(n.notes().get(0).contains(number), n.notes().get(0));
	}

	@Test
	void shortNameAndWordAreBothFixed() {
		Normalization n = normalizer.normalize(dsn("am", "OAuth2"));
		assertEquals(List.of("AuthenticationMethod"), keys(n.dsn()));
		assertEquals("24", n.dsn().value("AuthenticationMethod"));
		assertEquals(2, n.notes().size());
	}

	@Test
	void anUnknownMethodWordIsLeftForTheValidator() {
		Normalization n = normalizer.normalize(dsn("AuthenticationMethod", "Kerberos"));
		assertEquals("Kerberos", n.dsn().value("AuthenticationMethod"));
		assertFalse(n.changed());
	}

	@Test
	void longAndShortNameTogetherAreReportedAndTheFirstWins() {
		Normalization n = normalizer.normalize(
				dsn("TokenURI", "POST https://first/t", "ClientID", "id", "o2tu", "https://second/t"));
		assertEquals(List.of("TokenURI", "ClientID"), keys(n.dsn()));
		assertEquals("POST https://first/t", n.dsn().value("TokenURI"));
		assertEquals(List.of(new Duplicate("TokenURI", "TokenURI", "o2tu", false)), n.duplicates());
		assertTrue(n.changed());
		String m = n.duplicates().get(0).message();
		assertTrue(m.contains("dropped 'o2tu'") && m.contains("different values"), m);
	}

	@Test
	void whenTheShortNameComesFirstItsValueIsKeptUnderTheLongName() {
		Normalization n = normalizer.normalize(dsn("o2tu", "https://first/t", "TokenURI", "https://second/t"));
		assertEquals(List.of("TokenURI"), keys(n.dsn()));
		assertEquals("https://first/t", n.dsn().value("TokenURI"));
		assertEquals("o2tu", n.duplicates().get(0).keptKey());
		assertEquals("TokenURI", n.duplicates().get(0).droppedKey());
	}

	@Test
	void everySpellingOfOneOptionIsReported() {
		Normalization n = normalizer.normalize(dsn("User", "a", "LogonID", "a", "UID", "b"));
		assertEquals(List.of("User"), keys(n.dsn()));
		assertEquals(2, n.duplicates().size());
		assertTrue(n.duplicates().get(0).sameValue());
		assertFalse(n.duplicates().get(1).sameValue());
		assertTrue(n.duplicates().get(0).message().contains("same value"));
	}

	@Test
	void legacyConfigAndSampleNextToTheirLongNamesAreDuplicates() {
		Normalization n = normalizer.normalize(dsn("Config", "/a.rest", "RestConfigFile", "/b.rest", "Sample",
				"https://h/x", "rsp", "https://h/y"));
		assertEquals(List.of("RestConfigFile", "RestSamplePath"), keys(n.dsn()));
		assertEquals(List.of("RestConfigFile", "RestSamplePath"),
				n.duplicates().stream().map(Duplicate::option).toList());
	}

	@Test
	void unknownOptionsAreKeptExactlyAndInOrder() {
		Normalization n = normalizer.normalize(dsn("zFirst", "1", "o2tu", "https://h/t", "My_Driver_Option",
				" spaced value ", "Config", "/a.rest", "lastOne", ""));
		assertEquals(List.of("zFirst", "TokenURI", "My_Driver_Option", "RestConfigFile", "lastOne"), keys(n.dsn()));
		assertEquals(" spaced value ", n.dsn().value("My_Driver_Option"));
		assertEquals("", n.dsn().value("lastOne"));
	}

	@Test
	void anAlreadyNormalDsnIsUnchanged() {
		Dsn d = dsn("AuthenticationMethod", "53", "ClientID", "id", "ClientSecret", "s", "TokenURI",
				"POST https://h/t", "RestConfigFile", "/a.rest", "Custom", "x");
		Normalization n = normalizer.normalize(d);
		assertFalse(n.changed());
		assertEquals(d, n.dsn());
		assertSame("d", n.dsn().name());
	}

	@Test
	void notesAndDuplicatesNeverContainSecretValues() {
		Normalization n = normalizer.normalize(dsn("st", "SECRET-1", "SecurityToken", "SECRET-2", "PWD", "SECRET-3",
				"Password", "SECRET-4", "clientsecret", "SECRET-5"));
		List<String> texts = new ArrayList<>(n.notes());
		n.duplicates().forEach(d -> texts.add(d.message() + d));
		assertEquals(2, n.duplicates().size());
		for (String t : texts) {
			assertFalse(t.contains("SECRET-"), t);
		}
	}
}
