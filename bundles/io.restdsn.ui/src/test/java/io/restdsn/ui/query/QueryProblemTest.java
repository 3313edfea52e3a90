package io.restdsn.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.EngineException;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;

class QueryProblemTest {

	@Test
	void sqlErrorsPointIntoTheStatement() {
		String sql = "SELECT ID, NAME FRO CUSTOMERS";
		QueryProblem p = QueryProblem.of(new EngineException(EngineException.Kind.SQL,
				"Syntax error in SQL statement \"SELECT ID, NAME FRO [*]CUSTOMERS\""), sql);
		assertEquals("SQL error", p.title());
		assertEquals(sql.indexOf("CUSTOMERS"), p.position().offset());
		assertFalse(p.fixInDataSource());
	}

	@Test
	void authenticationFailuresAreFixedInTheDataSource() {
		QueryProblem p = QueryProblem.of(EngineException.http("http://x/api", 401, "bad token",
				"GET http://x/api returned HTTP 401: bad token"), "SELECT 1");
		assertTrue(p.title().contains("401"), p.title());
		assertTrue(p.fixInDataSource());
		assertTrue(p.options().contains("ClientSecret"));
	}

	@Test
	void tokenFailuresNameTheOptionsToCheck() {
		ConnectionProblem cp = ConnectionProblem.builder(ConnectionProblem.Kind.INVALID_CLIENT,
				"The token endpoint rejected the client credentials.").options("ClientID", "ClientSecret").build();
		EngineException e = EngineException.io("http://x/api", "GET http://x/api failed", new ConnectionException(cp));
		QueryProblem p = QueryProblem.of(e, "SELECT 1");
		assertEquals("Cannot get an access token", p.title());
		assertEquals(List.of("ClientID", "ClientSecret"), p.options());
		assertTrue(p.message().contains("rejected the client credentials"), p.message());
		assertTrue(p.fixInDataSource());
	}

	@Test
	void cancellationIsNoFailure() {
		assertTrue(QueryProblem.of(EngineException.cancelled(), "SELECT 1").cancelled());
	}
}
