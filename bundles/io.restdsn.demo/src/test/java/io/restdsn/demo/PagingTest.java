package io.restdsn.demo;

import static io.restdsn.demo.TokenEndpointTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restdsn.demo.DemoClient.Reply;

/** Both paging kinds deliver every row exactly once, and say when they are done. */
class PagingTest {

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
	void customersOffsetPagingReturnsEachRowOnce() {
		List<Integer> ids = pageByOffset("/api/customers", 70);
		assertEquals(CustomerGenerator.COUNT, ids.size());
		assertTrue(ids.size() >= 300, "several hundred customers");
		assertUnique(ids);
	}

	@Test
	void ordersOffsetPagingReturnsEachRowOnce() {
		List<Integer> ids = pageByOffset("/api/orders", 500);
		assertEquals(OrderGenerator.COUNT, ids.size());
		assertTrue(ids.size() >= 2000, "a few thousand orders");
		assertUnique(ids);
	}

	@Test
	void aLimitAboveTheMaximumIsCut() {
		JsonNode page = ok("/api/orders?limit=100000").json();
		assertEquals(OffsetPage.MAX_LIMIT, page.get("data").size());
		assertEquals(OrderGenerator.COUNT, page.get("total").asInt());
	}

	@Test
	void anOffsetPastTheEndIsAnEmptyPage() {
		JsonNode page = ok("/api/customers?offset=5000").json();
		assertEquals(0, page.get("data").size());
		assertEquals(CustomerGenerator.COUNT, page.get("total").asInt());
	}

	@Test
	void defaultPageIsAHundredFromTheStart() {
		JsonNode data = ok("/api/customers").json().get("data");
		assertEquals(OffsetPage.DEFAULT_LIMIT, data.size());
		assertEquals(CustomerGenerator.FIRST_ID, data.get(0).get("id").asInt());
	}

	@Test
	void badPagingParametersAreInvalidRequest() {
		assertError(client.get("/api/customers?offset=-1", token), 400, "invalid_request");
		assertError(client.get("/api/customers?limit=0", token), 400, "invalid_request");
		assertError(client.get("/api/orders?offset=ten", token), 400, "invalid_request");
	}

	@Test
	void eventsNextTokenPagingReturnsEachRowOnce() {
		long ids = 0;
		long expectedId = 1;
		int pages = 0;
		String cursor = null;
		while (true) {
			JsonNode page = ok("/api/events?limit=5000" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			pages++;
			for (JsonNode e : page.get("events")) {
				assertEquals(expectedId++, e.get("id").asLong(), "ids in order, none missing or repeated");
				ids++;
			}
			if (!page.has("next")) {
				break;
			}
			cursor = page.get("next").asText();
			assertFalse(cursor.isEmpty());
			assertTrue(pages < 1000, "paging must end");
		}
		assertEquals(EventGenerator.COUNT, ids);
		assertTrue(ids >= 100_000);
		assertEquals(EventGenerator.COUNT / 5000, pages);
	}

	@Test
	void eventsDefaultPageAndTheLastPage() {
		JsonNode first = ok("/api/events").json();
		assertEquals(EventsEndpoint.DEFAULT_LIMIT, first.get("events").size());
		assertTrue(first.has("next"));
		JsonNode last = ok("/api/events?cursor=" + EventCursor.encode(EventGenerator.COUNT - 3)).json();
		assertEquals(3, last.get("events").size());
		assertFalse(last.has("next"), "the last page has no next token");
		assertEquals(EventGenerator.COUNT, last.get("events").get(2).get("id").asInt());
	}

	@Test
	void eventRowsAreTheSameWhicheverPageTheyComeIn() {
		JsonNode big = ok("/api/events?limit=20").json().get("events");
		JsonNode second = ok("/api/events?limit=10&cursor=" + EventCursor.encode(10)).json().get("events");
		for (int i = 0; i < 10; i++) {
			assertEquals(big.get(10 + i), second.get(i));
		}
	}

	@Test
	void aForeignCursorIsInvalidRequest() {
		assertError(client.get("/api/events?cursor=not-a-cursor", token), 400, "invalid_request");
		assertError(client.get("/api/events?cursor=" + EventCursor.encode(EventGenerator.COUNT + 1), token), 400,
				"invalid_request");
	}

	private List<Integer> pageByOffset(String path, int limit) {
		List<Integer> ids = new ArrayList<>();
		int total = -1;
		for (int offset = 0;; offset += limit) {
			JsonNode page = ok(path + "?offset=" + offset + "&limit=" + limit).json();
			int t = page.get("total").asInt();
			assertTrue(total == -1 || total == t, "total is stable");
			total = t;
			JsonNode data = page.get("data");
			data.forEach(row -> ids.add(row.get("id").asInt()));
			if (data.size() < limit) {
				break;
			}
		}
		assertEquals(total, ids.size(), "rows fetched = total");
		return ids;
	}

	private static Reply ok(String path) {
		Reply r = client.get(path, token);
		assertEquals(200, r.status(), r.body());
		return r;
	}

	private static void assertUnique(List<Integer> ids) {
		Set<Integer> seen = new HashSet<>(ids);
		assertEquals(ids.size(), seen.size(), "no row twice");
	}
}
