package io.restdsn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoClient.Reply;

/** The Model file and the DSN options describe the running service exactly. */
class ModelFileTest {

	private static DemoService demo;
	private static DemoClient client;
	private static JsonNode model;

	@BeforeAll
	static void start() throws Exception {
		demo = new DemoService().start();
		client = new DemoClient(demo);
		model = DemoClient.JSON.readTree(demo.modelFile()); // strict JSON: no comments, no trailing commas
	}

	@AfterAll
	static void stop() {
		demo.stop();
	}

	@Test
	void hostnameIsTheRunningService() {
		assertEquals("http://127.0.0.1:" + demo.port(), model.get("#hostname").asText());
	}

	@Test
	void namesEveryEndpoint() {
		List<String> paths = new ArrayList<>();
		tables().forEach(t -> paths.add(model.get(t).get("#path").asText().split(" ")[0]));
		assertEquals(List.of("/api/customers", "/api/orders", "/api/events", "/api/customers/{id}"), paths);
		assertEquals(List.of("customers", "orders", "events", "customer"), tables());
	}

	@Test
	void everyTablePathAnswersWithRowsAtItsRoot() {
		String token = client.token(null);
		for (String t : tables()) {
			String[] path = model.get(t).get("#path").asText().split(" ");
			Reply r = client.get(path[0].replace("{id}", "1001"), token);
			assertEquals(200, r.status(), t + ": " + r.body());
			JsonNode rows = path.length > 1 ? r.json().at(path[1]) : r.json();
			assertFalse(rows.isMissingNode(), t);
			JsonNode first = rows.isArray() ? rows.get(0) : rows;
			Iterator<String> columns = model.get(t).fieldNames();
			while (columns.hasNext()) {
				String c = columns.next();
				if (!c.startsWith("#")) {
					String json = c.replaceAll("<.*>", "").replace("[]", "");
					assertTrue(first.has(json), t + "." + json + " is in the response");
				}
			}
		}
	}

	@Test
	void pagingKeysMatchTheService() {
		JsonNode customers = model.get("customers");
		assertEquals("offset", customers.get("#rowOffsetParameter").asText());
		assertEquals("limit", customers.get("#pageSizeParameter").asText());
		assertEquals(0, customers.get("#firstRowNumber").asInt());
		assertTrue(model.get("orders").get("#maximumPageSize").asInt() <= OffsetPage.MAX_LIMIT);
		JsonNode events = model.get("events");
		assertEquals("/next", events.get("#nextPageElement").asText());
		assertEquals("cursor", events.get("#nextPageParameter").asText());
		assertTrue(events.get("#maximumPageSize").asInt() <= EventsEndpoint.MAX_LIMIT);
	}

	@Test
	void childTablesAndParameterColumns() {
		assertTrue(model.get("orders").get("items[]").isObject(), "orders has child table items");
		assertEquals("VarChar(16)", model.get("customers").get("tags[]").asText());
		assertEquals("status", model.get("orders").get("status").get("#eq").asText());
		JsonNode id = model.get("customer").get("id");
		assertEquals("id", id.get("#eq").asText());
		assertTrue(model.get("customer").get("#path").asText().contains("{" + id.get("#eq").asText() + "}"));
	}

	@Test
	void connectionOptionsDescribeAMethod53Dsn(@TempDir Path dir) throws Exception {
		Path file = demo.writeModelFile(dir.resolve("sub/demo.rest"));
		assertEquals(demo.modelFile(), Files.readString(file, StandardCharsets.UTF_8));
		Map<String, String> o = demo.connectionOptions(file);
		assertEquals(List.of("Description", "AuthenticationMethod", "ClientID", "ClientSecret", "TokenURI", "Scope",
				"ClientCredentialsMode", "RestConfigFile", "HealthURI"), List.copyOf(o.keySet()));
		assertEquals("53", o.get("AuthenticationMethod"));
		assertEquals(DemoService.CLIENT_ID, o.get("ClientID"));
		assertEquals(DemoService.CLIENT_SECRET, o.get("ClientSecret"));
		assertEquals("POST http://127.0.0.1:" + demo.port() + "/oauth/token", o.get("TokenURI"));
		assertEquals("read", o.get("Scope"));
		assertEquals("1", o.get("ClientCredentialsMode"));
		assertEquals(file.toAbsolutePath().toString(), o.get("RestConfigFile"));
		assertEquals(demo.healthUrl(), o.get("HealthURI"));

		Dsn dsn = demo.dsn(DemoService.DSN_NAME, file);
		assertEquals(DemoService.DSN_NAME, dsn.name());
		assertEquals(o, dsn.asMap());
		assertEquals("53", dsn.value("authenticationmethod"));
	}

	@Test
	void theDsnsHealthUriAnswersWithATokenFromItsOwnOptions() {
		Map<String, String> o = demo.connectionOptions(Path.of("demo.rest"));
		String tokenUrl = o.get("TokenURI").substring("POST ".length());
		assertEquals(demo.tokenUrl(), tokenUrl);
		String token = client.token(o.get("Scope"));
		assertEquals(200, client.get(o.get("HealthURI").substring(demo.baseUrl().length()), token).status());
	}

	private static List<String> tables() {
		List<String> out = new ArrayList<>();
		model.fieldNames().forEachRemaining(k -> {
			if (!k.startsWith("#")) {
				out.add(k);
			}
		});
		return out;
	}
}
