package io.restdsn.demo;

import static io.restdsn.demo.TokenEndpointTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restdsn.demo.DemoClient.Reply;

/** The parameter endpoints: {@code ?status=}, {@code ?customer_id=} and {@code /api/customers/{id}}. */
class FilteredEndpointsTest {

	private static DemoService demo;
	private static DemoClient client;
	private static String token;

	@BeforeAll
	static void start() throws Exception {
		demo = new DemoService().start();
		client = new DemoClient(demo);
		token = client.token(null);
	}

	@AfterAll
	static void stop() {
		demo.stop();
	}

	@Test
	void statusFilterReturnsOnlyThatStatusAndTheStatusesAddUp() {
		int sum = 0;
		for (String status : OrderGenerator.STATUSES) {
			Set<Integer> ids = new HashSet<>();
			int total = -1;
			for (int offset = 0;; offset += 500) {
				JsonNode page = ok("/api/orders?status=" + status + "&limit=500&offset=" + offset);
				total = page.get("total").asInt();
				for (JsonNode o : page.get("data")) {
					assertEquals(status, o.get("status").asText());
					assertTrue(ids.add(o.get("id").asInt()));
				}
				if (page.get("data").size() < 500) {
					break;
				}
			}
			assertEquals(total, ids.size(), status);
			assertTrue(total > 0, status);
			sum += total;
		}
		assertEquals(OrderGenerator.COUNT, sum);
		int open = ok("/api/orders?status=open&limit=1").get("total").asInt();
		assertTrue(open < OrderGenerator.COUNT / 4, "open orders are a small part: " + open);
	}

	@Test
	void unknownStatusMatchesNothing() {
		JsonNode page = ok("/api/orders?status=lost");
		assertEquals(0, page.get("total").asInt());
		assertEquals(0, page.get("data").size());
	}

	@Test
	void customerFilterAndStatusCombine() {
		JsonNode page = ok("/api/orders?customer_id=1001&limit=500");
		assertTrue(page.get("total").asInt() > 0);
		page.get("data").forEach(o -> assertEquals(1001, o.get("customer_id").asInt()));
		JsonNode both = ok("/api/orders?customer_id=1001&status=delivered&limit=500");
		both.get("data").forEach(o -> {
			assertEquals(1001, o.get("customer_id").asInt());
			assertEquals("delivered", o.get("status").asText());
		});
		assertTrue(both.get("total").asInt() <= page.get("total").asInt());
	}

	@Test
	void customerByPathParameter() {
		JsonNode c = ok("/api/customers/1234");
		assertEquals(1234, c.get("id").asInt());
		assertTrue(c.get("address").isObject());
		assertTrue(c.get("tags").isArray());
		JsonNode fromList = ok("/api/customers?offset=233&limit=1").get("data").get(0);
		assertEquals(fromList, c, "the same customer as in the list");
	}

	@Test
	void unknownOrMalformedCustomerId() {
		Reply missing = client.get("/api/customers/99999", token);
		assertError(missing, 404, "not_found");
		assertTrue(missing.body().contains("no customer"), "the Model's ZERO_ROWS rule matches on this text");
		assertError(client.get("/api/customers/abc", token), 400, "invalid_request");
		assertError(client.get("/api/customers/1001/orders", token), 404, "not_found");
	}

	private static JsonNode ok(String path) {
		Reply r = client.get(path, token);
		assertEquals(200, r.status(), r.body());
		return r.json();
	}
}
