package io.restdsn.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.EngineException;

class ModelReaderTest {

	static final String SPEC_EXAMPLE = """
			{
			  // globals
			  "#hostname": "https://api.example.test",
			  "#headers": { "X-Tenant": "t1" },
			  "#http": [ { "#code": 429, "#action": "RETRY_AFTER" },
			             { "#code": "5xx", "#action": "fail", "#message": "server said {/error/text}", "#match": "oops" } ],
			  "#maximumPageSize": 50,
			  "#authentication": [ { "step": 1 } ],
			  "shipments<shipment_root>": {
			    "#path": ["https://api.example.test/v2/shipments /data", "POST /v2/shipments/{id} /one"],
			    "#headers": { "Accept": "application/json" },
			    "#post": { "fixed": true, "n": [1, 2] },
			    "#maximumPageSize": 100,
			    "#firstrow": 0,
			    "#pageSizeParameter": "limit",
			    "#rowOffsetParameter": "offset",
			    "items<shipment>[]": {
			      "id": "VarChar(36),#key",
			      "weight_kg": "double",
			      "created": "Timestamp(0),dd-MM-yyyy HH:mm:ss",
			      "tags<shipment_tag>[]": "VarChar(32)",
			      "address": { "city": "VARCHAR(64)", "zip<postcode>": "VarChar(10),#notnull" }
			    },
			    "total": "Integer",
			    "rates{Date}": { "usd": "Decimal(10,2)" },
			    "counts<daily>{Integer}": "BigInt",
			    "carrier": { "#type": "VarChar(20)", "#virtual": true, "#eq": "carrier", "#default": "ups" },
			    "since": { "#type": "Date", "#virtual": true, "#ge": "from", "#lt": "to", "#mandatory": true, "#header": true }
			  },
			  "countries": "https://api.example.test/v2/countries",
			}
			""";

	@Test
	void readsTheSpecExampleWithEveryElement() {
		Model m = ModelReader.read(SPEC_EXAMPLE);
		assertEquals("https://api.example.test", m.hostname());
		assertEquals(Map.of("X-Tenant", "t1"), m.headers());
		assertEquals(2, m.httpRules().size());
		assertEquals(new HttpRule("429", HttpRule.Action.RETRY_AFTER, null, null, null), m.httpRules().get(0));
		assertEquals(new HttpRule("5xx", HttpRule.Action.FAIL, "server said {/error/text}", "oops", null), m
				.httpRules().get(1));
		assertEquals(50, m.paging().maximumPageSize());
		assertEquals("[{\"step\":1}]", m.extras().get("#authentication"));
		assertEquals(2, m.tables().size());

		TableDef t = m.tables().get(0);
		assertEquals("shipments", t.jsonName());
		assertEquals("shipment_root", t.alias());
		assertEquals(List.of(new EndpointPath("GET", "https://api.example.test/v2/shipments", "/data"),
				new EndpointPath("POST", "/v2/shipments/{id}", "/one")), t.paths());
		assertEquals(Map.of("Accept", "application/json"), t.headers());
		assertEquals("{\"fixed\":true,\"n\":[1,2]}", t.postBody());
		assertEquals(100, t.paging().maximumPageSize());
		assertEquals(0, t.paging().firstRowNumber());
		assertEquals("limit", t.paging().pageSizeParameter());
		assertEquals("offset", t.paging().rowOffsetParameter());

		ArrayDef items = assertInstanceOf(ArrayDef.class, t.fields().get(0));
		assertEquals("items", items.jsonName());
		assertEquals("shipment", items.alias());
		ColumnDef id = (ColumnDef) items.fields().get(0);
		assertEquals(SqlType.varchar(36), id.type());
		assertTrue(id.key());
		assertEquals(SqlType.of(SqlType.Name.DOUBLE), ((ColumnDef) items.fields().get(1)).type());
		ColumnDef created = (ColumnDef) items.fields().get(2);
		assertEquals(SqlType.of(SqlType.Name.TIMESTAMP, 0), created.type());
		assertEquals("dd-MM-yyyy HH:mm:ss", created.pattern());
		ArrayDef tags = (ArrayDef) items.fields().get(3);
		assertTrue(tags.isScalar());
		assertEquals("shipment_tag", tags.alias());
		assertEquals(SqlType.varchar(32), tags.elementType());
		ObjectDef address = (ObjectDef) items.fields().get(4);
		ColumnDef zip = (ColumnDef) address.fields().get(1);
		assertEquals("zip", zip.jsonName());
		assertEquals("postcode", zip.alias());
		assertTrue(zip.notNull());

		assertEquals(SqlType.of(SqlType.Name.INTEGER), ((ColumnDef) t.fields().get(1)).type());
		MapDef rates = (MapDef) t.fields().get(2);
		assertEquals(SqlType.of(SqlType.Name.DATE), rates.keyType());
		assertNull(rates.alias());
		assertEquals(new SqlType(SqlType.Name.DECIMAL, 10, 2), ((ColumnDef) rates.fields().get(0)).type());
		MapDef counts = (MapDef) t.fields().get(3);
		assertEquals("daily", counts.alias());
		assertEquals(SqlType.of(SqlType.Name.BIGINT), counts.valueType());

		ColumnDef carrier = (ColumnDef) t.fields().get(4);
		assertTrue(carrier.virtual());
		assertEquals(Map.of(Operator.EQ, "carrier"), carrier.operators());
		assertEquals("ups", carrier.defaultValue());
		ColumnDef since = (ColumnDef) t.fields().get(5);
		assertEquals(Map.of(Operator.GE, "from", Operator.LT, "to"), since.operators());
		assertTrue(since.mandatory());
		assertTrue(since.header());

		TableDef countries = m.tables().get(1);
		assertTrue(countries.needsSampling());
		assertEquals(List.of(EndpointPath.get("https://api.example.test/v2/countries")), countries.paths());
	}

	@Test
	void readsTheShortForm() {
		Model m = ModelReader.read("""
				{
				  "countries": "https://api.example.test/v2/countries",
				  "orders":    "https://api.example.test/v2/orders?status=open",
				  "customer":  "https://api.example.test/v2/customers/{customerid:C-1001}"
				}
				""");
		assertEquals(3, m.tables().size());
		assertTrue(m.needsSampling());
		assertEquals("https://api.example.test/v2/customers/{customerid:C-1001}", m.tables().get(2).paths().get(0)
				.url());
	}

	@Test
	void writeThenReadGivesTheSameModel() {
		Model m = ModelReader.read(SPEC_EXAMPLE);
		String written = ModelWriter.write(m);
		assertFalse(written.contains("// globals"));
		assertEquals(m, ModelReader.read(written));
		assertEquals(written, ModelWriter.write(ModelReader.read(written)), "stable output");
		assertTrue(written.contains("\t\"shipments<shipment_root>\": {"), written);
		assertTrue(written.indexOf("#hostname") < written.indexOf("#headers"));
		assertTrue(written.contains("\"#firstRowNumber\": 0"), "#firstrow is written in its canonical spelling");
	}

	@Test
	void definitionWithoutColumnsIsSampledAndRoundTrips() {
		Model m = ModelReader.read("{\"t\": {\"#path\": \"/t /items\", \"#maximumPageSize\": 5, \"#headers\": {\"A\": \"b\"}}}");
		TableDef t = m.tables().get(0);
		assertTrue(t.needsSampling());
		assertEquals(5, t.paging().maximumPageSize());
		assertEquals(m, ModelReader.read(ModelWriter.write(m)));
		Model plain = ModelReader.read("{\"t\": \"/t\"}");
		assertEquals("{\n\t\"t\": \"/t\"\n}\n", ModelWriter.write(plain), "an untouched short form stays short");
	}

	@Test
	void typeNamesAreCaseInsensitiveAndCanonicalised() {
		assertEquals(new SqlType(SqlType.Name.DECIMAL, 10, 2), SqlType.parse("decimal( 10 , 2 )"));
		assertEquals("VarCharIgnoreCase(5)", SqlType.parse("VARCHARIGNORECASE(5)").format());
		assertEquals("TimestampWithTimeZone", SqlType.parse("timestampwithtimezone").format());
		assertThrows(IllegalArgumentException.class, () -> SqlType.parse("Strng"));
	}

	// ---- errors name line, column and JSON path ----

	@Test
	void unknownTypeNamesLineColumnAndPath() {
		EngineException e = assertThrows(EngineException.class, () -> ModelReader.read("""
				{
				  "orders": {
				    "#path": "/orders",
				    "id": "Strng(10)"
				  }
				}
				"""));
		assertEquals(EngineException.Kind.MODEL, e.kind());
		assertEquals(4, e.line());
		assertEquals(11, e.column());
		assertEquals("/orders/id", e.jsonPath());
		assertTrue(e.getMessage().contains("line 4, column 11"), e.getMessage());
		assertTrue(e.getMessage().contains("unknown type 'Strng'"), e.getMessage());
	}

	@Test
	void syntaxErrorNamesPosition() {
		EngineException e = assertThrows(EngineException.class, () -> ModelReader.read("{\n  \"orders\": {\n    \"#path\": \"/o\"\n    \"id\": \"Integer\"\n  }\n}"));
		assertEquals(EngineException.Kind.MODEL, e.kind());
		assertEquals(4, e.line());
		assertTrue(e.getMessage().startsWith("Model line 4, column 5"), e.getMessage());
		assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
	}

	@Test
	void truncatedModel() {
		EngineException e = assertThrows(EngineException.class, () -> ModelReader.read("{\n \"a\": \"/x\",\n \"b\": {"));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
	}

	@Test
	void duplicateKeys() {
		EngineException e = assertThrows(EngineException.class, () -> ModelReader.read(
				"{\"t\": {\"#path\": \"/t\", \"a\": \"Integer\",\n \"a\": \"Integer\"}}"));
		assertEquals(2, e.line());
		assertEquals("/t/a", e.jsonPath());
		assertTrue(e.getMessage().contains("duplicate key 'a'"));
	}

	@Test
	void otherModelErrors() {
		// the marker is the text the error must point at (its first occurrence)
		assertModelError("{\"t\": {\"id\": \"Integer\"}}", "has no #path", "{\"id");
		assertModelError("{\"t\": {\"#path\": \"/t\", \"id\": \"Integer,#primary\"}}",
				"unknown column flag '#primary'", "\"Integer,");
		assertModelError("{\"t\": {\"#path\": \"/t\", \"c\": {\"#type\": \"Integer\", \"#virtual\": true}}}",
				"needs an operator", "{\"#type");
		assertModelError("{\"t\": {\"#path\": \"/t\", \"c\": {\"#type\": \"Integer\", \"#eq\": \"c\", \"#defualt\": 1}}}",
				"unknown key '#defualt'", "\"#defualt");
		assertModelError("{\"t\": {\"#path\": \"/t\", \"c\": 5}}", "a column maps to a type string", "5}");
		assertModelError("{\"#http\": [{\"#code\": 429, \"#action\": \"RETRY\"}], \"t\": \"/t\"}",
				"unknown #action", "\"RETRY");
		assertModelError("[1]", "a Model is a JSON object", "[");
		assertModelError("{\"t\": {\"#path\": \"/t\", \"m{Colour}\": \"Integer\"}}",
				"map key type: unknown type 'Colour'", "\"m{");
		assertModelError(
				"{\"t\": {\"#path\": \"/t\", \"o\": {\"x\": {\"#type\": \"Integer\", \"#virtual\": true, \"#eq\": \"x\"}}}}",
				"virtual parameter column belongs at the top level", "{\"#type");
	}

	private static void assertModelError(String text, String message, String marker) {
		EngineException e = assertThrows(EngineException.class, () -> ModelReader.read(text));
		assertEquals(EngineException.Kind.MODEL, e.kind());
		assertTrue(e.getMessage().contains(message), e.getMessage());
		assertEquals(1, e.line(), e.getMessage());
		assertEquals(text.indexOf(marker) + 1, e.column(), e.getMessage());
	}
}
