package io.restdsn.core.connstr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectionStringsTest {

	@Test
	void recognisesEachFamilyAndReadsItsOptions() {
		assertEquals(ConnectionStrings.Family.JDBC, ConnectionStrings.detect(" jdbc:datadirect:autorest:Config=/m.rest;"));
		assertEquals("/m.rest", ConnectionStrings.parse("jdbc:datadirect:autorest:Config=/m.rest;").dsn().value("RestConfigFile"));

		String cdata = "AuthScheme=OAuthClient;OAuthClientId=abc;OAuthAccessTokenURL=https://a.test/token";
		assertEquals(ConnectionStrings.Family.CDATA, ConnectionStrings.detect(cdata));
		assertEquals("53", ConnectionStrings.parse(cdata).dsn().value("AuthenticationMethod"));
		assertEquals("abc", ConnectionStrings.parse(cdata).dsn().value("ClientID"));

		String odbc = "DRIVER={DataDirect 8.0 Autonomous REST Connector};AuthenticationMethod=53;ClientID={a;b}";
		assertEquals(ConnectionStrings.Family.ODBC, ConnectionStrings.detect(odbc));
		assertEquals("a;b", ConnectionStrings.parse(odbc).dsn().value("ClientID"));
	}

	@Test
	void aValueMentioningCDataKeysInsideBracesIsStillOdbc() {
		// the key must start an entry; text inside a value is not a key
		assertEquals(ConnectionStrings.Family.ODBC, ConnectionStrings.detect("Description={see AuthScheme docs};ClientID=x"));
	}
}
