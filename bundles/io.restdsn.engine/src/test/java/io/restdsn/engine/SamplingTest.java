package io.restdsn.engine;

import static io.restdsn.engine.MockApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.model.Model;
import io.restdsn.engine.model.ModelReader;
import mockwebserver3.RecordedRequest;

/** Sampling short-form Models over HTTP, end to end. */
class SamplingTest {

	static final String PAGE1 = """
			{"results": [
			 {"id": "a1", "total": 5, "customer": {"name": "Ann", "vip": true},
			  "lines": [{"sku": "x", "qty": 1}], "notes": ["fragile"], "daily": {"2024-01-01": {"n": 1}}},
			 {"id": "a2", "total": 7.5, "customer": {"name": "Bob", "vip": false},
			  "lines": [], "notes": [], "daily": {}}
			]}
			""";
	static final String PAGE2 = """
			{"results": [
			 {"id": "a3", "total": 1, "customer": {"name": "Cy", "vip": null},
			  "lines": [{"sku": "y", "qty": 2}, {"sku": "z", "qty": 3}], "notes": ["late"], "daily": {"2024-01-02": {"n": 4}}}
			]}
			""";

	private static MockApi api() throws Exception {
		return new MockApi(r -> {
			String page = r.getUrl().queryParameter("page");
			if (page == null || page.equals("1")) {
				return json(PAGE1);
			}
			return json(page.equals("2") ? PAGE2 : "{\"results\": []}");
		});
	}

	@Test
	void shortFormModelIsSampledFromTwoPages() throws Exception {
		String model = "{\"#pageNumberParameter\": \"page\", \"#headers\": {\"X-Api\": \"k\"}, \"orders\": \"/orders\"}";
		try (MockApi api = api(); RestSession s = api.session(model, "QualifyNormalizedNames", "1")) {
			SchemaInfo schema = s.schema();
			assertEquals(List.of("/orders?page=1", "/orders?page=2"), api.targets(), "two sample pages, no more");
			for (RecordedRequest r : api.requests) {
				assertEquals("k", r.getHeaders().get("X-Api"));
			}
			assertEquals(List.of("ORDERS", "ORDERS_LINES", "ORDERS_NOTES", "ORDERS_DAILY"), schema.tables().stream()
					.map(TableInfo::name).toList());
			TableInfo orders = schema.table("ORDERS");
			assertEquals(List.of("ID", "TOTAL", "CUSTOMER_NAME", "CUSTOMER_VIP"), orders.columns().stream().map(
					ColumnInfo::name).toList());
			assertEquals("Double", orders.column("TOTAL").modelType(), "5, 7.5 and 1 across both pages");
			assertEquals(List.of("ID"), orders.keyColumns());
			assertEquals(List.of("ORDERS_ID", "KEY", "N"), schema.table("ORDERS_DAILY").columns().stream().map(
					ColumnInfo::name).toList());
			assertEquals("Date", schema.table("ORDERS_DAILY").column("KEY").modelType());

			Model effective = ModelReader.read(s.modelJson());
			assertEquals(s.model(), effective, "the effective Model round-trips");
			assertTrue(s.modelJson().contains("\"#path\": \"/orders /results\""), s.modelJson());

			api.requests.clear();
			assertEquals(List.of(List.of("a1", "x", 1), List.of("a3", "y", 2), List.of("a3", "z", 3)), MockApi.rows(s,
					"SELECT o.id, l.sku, l.qty FROM orders o JOIN orders_lines l ON l.orders_id = o.id ORDER BY 1, 2"));
			assertEquals(List.of("/orders?page=3"), api.targets(),
					"pages 1 and 2 come from the sampling cache; page 3 is empty and ends the scan");
			assertEquals(List.of(List.of("a3", "late")), MockApi.rows(s,
					"SELECT orders_id, value FROM orders_notes WHERE value LIKE 'l%'"));
		}
	}

	@Test
	void samplePagesOption() throws Exception {
		String model = "{\"#pageNumberParameter\": \"page\", \"orders\": \"/orders\"}";
		try (MockApi api = api(); RestSession s = api.session(model, EngineOptions.defaults().withSamplePages(1)
				.withStorage(EngineOptions.Storage.MEMORY))) {
			assertEquals("Boolean", s.schema().table("ORDERS").column("CUSTOMER_VIP").modelType());
			assertEquals(List.of("/orders?page=1"), api.targets());
		}
	}

	@Test
	void shortFormParametersAreQueryable() throws Exception {
		String model = "{\"customer\": \"/customers/{customerid:C-1}\", \"open\": \"/orders?status=open\"}";
		try (MockApi api = new MockApi(r -> r.getTarget().startsWith("/customers") ? json("{\"name\": \"N" + r.getUrl()
				.pathSegments().get(1) + "\"}") : json("[{\"id\": 1}, {\"id\": 2}]")); RestSession s = api.session(
						model)) {
			assertEquals(List.of(List.of("NC-7", "C-7")), MockApi.rows(s,
					"SELECT name, customerid FROM customer WHERE customerid = 'C-7'"));
			assertEquals(List.of(List.of("NC-1", "C-1")), MockApi.rows(s, "SELECT name, customerid FROM customer"),
					"the sample value is the default");
			MockApi.rows(s, "SELECT id FROM open WHERE status = 'closed'");
			assertEquals(List.of("/customers/C-1", "/orders?status=open", "/customers/C-7", "/orders?status=closed"),
					api.targets());
		}
	}
}
