package io.restdsn.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.connstr.CDataConnectionString;
import io.restdsn.core.connstr.JdbcUrl;
import io.restdsn.core.connstr.OdbcConnectionString;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.core.ini.OdbcIniDocument;

class DsnExporterTest {

	private static final Dsn SALES = Dsn.empty("Sales")
			.with("Driver", "DataDirect 8.0 Autonomous REST Connector")
			.with("AuthenticationMethod", "53")
			.with("ClientID", "sales-client")
			.with("ClientSecret", "s3cr3t;{x}")
			.with("TokenURI", "POST https://login.example.com/token")
			.with("Scope", "read write")
			.with("ProxyPassword", "pp")
			.with("RestConfigFile", "/m/sales.rest");

	private static final Dsn STOCK = Dsn.empty("Stock")
			.with("Driver", "/opt/lib/ivautorest28.so")
			.with("AuthenticationMethod", "25")
			.with("AuthHeader", "X-Api-Key")
			.with("securitytoken", "tok")
			.with("RestSamplePath", "https://api.example.com/items");

	private final DsnExporter exporter = DsnExporter.standard();

	@Test
	void secretsAreOmittedByDefaultWithANote() {
		for (ExportFormat f : ExportFormat.values()) {
			Export e = exporter.export(SALES, f);
			assertFalse(e.text().contains("s3cr3t"), f + ": " + e.text());
			assertFalse(e.text().contains("pp;") || e.text().contains("=pp"), f + ": " + e.text());
			assertFalse(e.text().contains("ClientSecret"), f + ": " + e.text());
			assertEquals(2, e.notes().stream().filter(n -> n.contains("left out")).count(), e.notes()::toString);
			assertTrue(e.notes().stream().noneMatch(n -> n.contains("s3cr3t")));
		}
	}

	@Test
	void iniExportListsEveryDsnAndReadsBack() {
		Export e = exporter.export(List.of(SALES, STOCK), ExportFormat.INI, SecretPolicy.INCLUDE);
		assertEquals("""
				[ODBC Data Sources]
				Sales=DataDirect 8.0 Autonomous REST Connector
				Stock=DataDirect 8.0 Autonomous REST Connector

				[Sales]
				Driver=DataDirect 8.0 Autonomous REST Connector
				AuthenticationMethod=53
				ClientID=sales-client
				ClientSecret=s3cr3t;{x}
				TokenURI=POST https://login.example.com/token
				Scope=read write
				ProxyPassword=pp
				RestConfigFile=/m/sales.rest

				[Stock]
				Driver=/opt/lib/ivautorest28.so
				AuthenticationMethod=25
				AuthHeader=X-Api-Key
				securitytoken=tok
				RestSamplePath=https://api.example.com/items
				""", e.text());
		assertTrue(e.notes().isEmpty());
		OdbcIniDocument back = OdbcIniDocument.parse(e.text());
		assertEquals(SALES, back.dsn("Sales").orElseThrow());
		assertEquals(STOCK, back.dsn("Stock").orElseThrow());
		assertThrows(IllegalArgumentException.class,
				() -> exporter.export(List.of(SALES, SALES.withName("SALES")), ExportFormat.INI, SecretPolicy.OMIT));
	}

	@Test
	void placeholdersKeepTheOptionVisible() {
		Export ini = exporter.export(List.of(STOCK), ExportFormat.INI, SecretPolicy.PLACEHOLDER);
		assertTrue(ini.text().contains("\nsecuritytoken=<securitytoken>\n"), ini.text());
		assertTrue(ini.notes().get(0).contains("<securitytoken>"), ini.notes()::toString);
		Export cdata = exporter.export(List.of(SALES), ExportFormat.CDATA, SecretPolicy.PLACEHOLDER);
		assertTrue(cdata.text().contains("OAuthClientSecret=<ClientSecret>"), cdata.text());
		assertTrue(cdata.text().contains("ProxyPassword=<ProxyPassword>"), cdata.text());
	}

	@Test
	void stringFormsOneLinePerDsnAndReadBack() {
		Export odbc = exporter.export(List.of(SALES, STOCK), ExportFormat.ODBC_STRING, SecretPolicy.INCLUDE);
		String[] lines = odbc.text().split("\n");
		assertEquals(2, lines.length);
		assertEquals("Driver={DataDirect 8.0 Autonomous REST Connector};AuthenticationMethod=53;ClientID=sales-client;"
				+ "ClientSecret={s3cr3t;{x}}};TokenURI=POST https://login.example.com/token;Scope=read write;"
				+ "ProxyPassword=pp;RestConfigFile=/m/sales.rest", lines[0], "DSN-less: it has a Driver");
		assertEquals(SALES.withName(""), OdbcConnectionString.parse(lines[0]).dsn());
		assertEquals("DSN=NoDriver;Scope=x",
				exporter.export(Dsn.empty("NoDriver").with("Scope", "x"), ExportFormat.ODBC_STRING).text());

		Export jdbc = exporter.export(List.of(SALES), ExportFormat.JDBC_URL, SecretPolicy.INCLUDE);
		assertTrue(jdbc.text().startsWith(JdbcUrl.PREFIX + "AuthenticationMethod=53;"), jdbc.text());
		assertEquals(SALES.without("Driver").withName(""), JdbcUrl.parse(jdbc.text()).dsn());

		Export cdata = exporter.export(List.of(SALES), ExportFormat.CDATA, SecretPolicy.INCLUDE);
		assertEquals("AuthScheme=OAuthClient;OAuthClientId=sales-client;OAuthClientSecret=\"s3cr3t;{x}\";"
				+ "OAuthAccessTokenURL=POST https://login.example.com/token;Scope=read write;ProxyPassword=pp;"
				+ "RestConfigFile=/m/sales.rest", cdata.text());
		assertEquals(SALES.without("Driver").withName(""), CDataConnectionString.parse(cdata.text()).dsn());
	}

	@Test
	void cdataNotesNameTheDsn() {
		Export e = exporter.export(List.of(STOCK.with("ClientCredentialsMode", "2")), ExportFormat.CDATA,
				SecretPolicy.OMIT);
		assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("DSN 'Stock': ClientCredentialsMode=2")),
				e.notes()::toString);
		assertTrue(e.notes().stream().anyMatch(n -> n.contains("AuthenticationMethod=25")), e.notes()::toString);
	}

	@Test
	void iniRefusesValuesUnixOdbcWouldMisread() {
		IniValueException e = assertThrows(IniValueException.class,
				() -> exporter.export(SALES.with("Scope", " padded"), ExportFormat.INI));
		assertEquals("Scope", e.option().orElseThrow());
	}

	@Test
	void cliNames() {
		assertEquals(ExportFormat.JDBC_URL, ExportFormat.fromCliName("jdbc"));
		assertEquals(SecretPolicy.PLACEHOLDER, SecretPolicy.fromCliName("PLACEHOLDER"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromCliName("x"));
		assertTrue(e.getMessage().contains("ini, string, jdbc, cdata"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SecretPolicy.fromCliName("all"));
	}
}
