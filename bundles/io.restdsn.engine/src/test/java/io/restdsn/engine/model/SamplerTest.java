package io.restdsn.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.internal.RelColumn;
import io.restdsn.engine.internal.RelSchema;
import io.restdsn.engine.internal.RelTable;
import io.restdsn.engine.internal.SchemaBuilder;

class SamplerTest {

	static final String ORDERS = """
			{"orders": [
			  {"id": 1, "code": "A-1", "paid": true, "total": 10.5, "big": 5000000000,
			   "created": "2024-01-02T10:11:12.123", "day": "2024-01-02", "zoned": "2024-01-02T10:11:12+02:00",
			   "guid": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "mixed": 1, "note": "",
			   "customer": {"name": "Ann", "address": {"city": "Oslo", "zip": "0150"}},
			   "lines": [{"sku": "x", "qty": 1, "taxes": [{"rate": 0.25}]}, {"sku": "y", "qty": 2, "taxes": []}],
			   "tags": ["red", "blue"],
			   "rates": {"2024-01-01": {"usd": 1.1}, "2024-01-02": {"usd": 1.2}},
			   "empty": [], "anything": {}},
			  {"id": 2, "code": "A-2", "paid": false, "total": 3, "big": 7,
			   "created": "2024-01-03T00:00:00", "day": "2024-01-03", "zoned": "2024-01-03T10:11:12-05:00",
			   "guid": "3f2504e0-4f89-11d3-9a0c-0305e82c3302", "mixed": "x", "note": "hello world",
			   "customer": {"name": "Bob", "address": {"city": "Bergen", "zip": "5003"}},
			   "lines": [], "tags": [], "rates": {"2024-02-01": {"usd": 1.3}}, "empty": [], "anything": {}}
			]}
			""";

	private static TableDef sample(String body, int qnn) {
		return sample(body, qnn, "https://x.test/orders");
	}

	private static TableDef sample(String body, int qnn, String url) {
		Sampler s = new Sampler(qnn, Set.of("ORDERS"));
		return s.sample(TableDef.shortForm("orders", EndpointPath.get(url)), List.of(body.getBytes(
				StandardCharsets.UTF_8)), null, url);
	}

	private static RelSchema schema(TableDef t, int qnn) {
		return new SchemaBuilder(qnn).build(Model.of(List.of(t)));
	}

	private static Map<String, String> columns(RelTable t) {
		return t.columns().stream().collect(Collectors.toMap(RelColumn::name, c -> c.type().format(),
				(a, b) -> a, java.util.LinkedHashMap::new));
	}

	@Test
	void infersTablesColumnsTypesAndKeys() {
		TableDef t = sample(ORDERS, 0);
		assertEquals("/orders", t.paths().get(0).jsonRoot(), "the wrapper object is dropped");
		RelSchema schema = schema(t, 0);
		RelTable orders = schema.table("ORDERS");
		Map<String, String> cols = columns(orders);
		assertEquals(List.of("ID", "CODE", "PAID", "TOTAL", "BIG", "CREATED", "DAY", "ZONED", "GUID", "MIXED", "NOTE",
				"CUSTOMER_NAME", "CUSTOMER_ADDRESS_CITY", "CUSTOMER_ADDRESS_ZIP", "EMPTY", "ANYTHING"), List.copyOf(
						cols.keySet()));
		assertEquals("Integer", cols.get("ID"));
		assertEquals("VarChar(3)", cols.get("CODE"));
		assertEquals("Boolean", cols.get("PAID"));
		assertEquals("Double", cols.get("TOTAL"));
		assertEquals("BigInt", cols.get("BIG"));
		assertEquals("Timestamp(3)", cols.get("CREATED"));
		assertEquals("Date", cols.get("DAY"));
		assertEquals("TimestampWithTimeZone", cols.get("ZONED"));
		assertEquals("GUID", cols.get("GUID"));
		assertEquals("JSON", cols.get("MIXED"));
		assertEquals("VarChar(11)", cols.get("NOTE"));
		assertEquals("VarChar(4)", cols.get("CUSTOMER_ADDRESS_ZIP"));
		assertEquals("JSON", cols.get("EMPTY"), "an array never seen with elements cannot be typed");
		assertEquals("JSON", cols.get("ANYTHING"));
		assertEquals(List.of("ID"), orders.keyColumns().stream().map(RelColumn::name).toList());

		RelTable lines = schema.table("LINES");
		assertEquals(orders, lines.parent());
		assertEquals(List.of("ORDERS_ID", "POSITION", "SKU", "QTY"), List.copyOf(columns(lines).keySet()));
		assertEquals(List.of("ORDERS_ID", "POSITION"), lines.keyColumns().stream().map(RelColumn::name).toList());
		RelTable taxes = schema.table("TAXES");
		assertEquals(List.of("ORDERS_ID", "LINES_POSITION", "POSITION", "RATE"), List.copyOf(columns(taxes)
				.keySet()));
		assertEquals(lines, taxes.parent());
		RelTable tags = schema.table("TAGS");
		assertEquals(List.of("ORDERS_ID", "POSITION", "VALUE"), List.copyOf(columns(tags).keySet()));
		assertEquals("VarChar(4)", columns(tags).get("VALUE"));
		RelTable rates = schema.table("RATES");
		assertEquals(List.of("ORDERS_ID", "KEY", "USD"), List.copyOf(columns(rates).keySet()));
		assertEquals("Date", columns(rates).get("KEY"));
		assertEquals(List.of("ORDERS_ID", "KEY"), rates.keyColumns().stream().map(RelColumn::name).toList());
	}

	@Test
	void qualifyNormalizedNames() {
		String body = "[{\"id\": 1, \"lines\": [{\"taxes\": [{\"r\": 1}]}], \"c\": {\"h\": [{\"x\": 1}]}}, {\"id\": 2}]";
		assertEquals(List.of("ORDERS", "LINES", "TAXES", "H"), names(schema(sample(body, 0), 0)));
		assertEquals(List.of("ORDERS", "ORDERS_LINES", "ORDERS_LINES_TAXES", "ORDERS_H"), names(schema(sample(body,
				1), 1)));
		assertEquals(List.of("ORDERS", "ORDERS_LINES", "ORDERS_LINES_TAXES", "ORDERS_C_H"), names(schema(sample(body,
				2), 2)));
		// without aliases in the Model, the schema builder applies the same rule
		TableDef plain = ModelReader.read("{\"orders\": {\"#path\": \"/o\", \"id\": \"Integer\", \"c\": {\"h[]\": {\"x\": \"Integer\"}}}}")
				.tables().get(0);
		assertEquals(List.of("ORDERS", "ORDERS_C_H"), names(schema(plain, 2)));
		assertEquals(List.of("ORDERS", "ORDERS_H"), names(schema(plain, 1)));
		assertEquals(List.of("ORDERS", "H"), names(schema(plain, 0)));
	}

	private static List<String> names(RelSchema s) {
		return s.tables().stream().map(RelTable::name).toList();
	}

	@Test
	void clashingNamesGetSuffixes() {
		String body = """
				[{"id": 1, "items": [{"a": 1}], "sub": {"items": [{"b": 2}]}, "orders": [{"c": 3}],
				  "x_y": 1, "x": {"y": 2}}]
				""";
		RelSchema s = schema(sample(body, 0), 0);
		assertTrue(s.table("ITEMS") != null);
		assertTrue(s.table("ITEMS_1") != null, "second array named items");
		assertTrue(s.table("ORDERS_1") != null, "the root table keeps ORDERS");
		assertEquals(List.of("ROWID", "ID", "X_Y", "X_Y_1"), List.copyOf(columns(s.table("ORDERS")).keySet()),
				"one sampled row proves no uniqueness: ROWID");
	}

	@Test
	void syntheticRowIdWithoutUniqueColumn() {
		String body = "[{\"flag\": true, \"n\": 1, \"kids\": [1, 2]}, {\"flag\": false, \"n\": 1, \"kids\": []}]";
		RelSchema s = schema(sample(body, 0), 0);
		RelTable orders = s.table("ORDERS");
		assertEquals(List.of("ROWID", "FLAG", "N"), List.copyOf(columns(orders).keySet()));
		assertEquals(RelColumn.Origin.ROWID, orders.column("ROWID").origin());
		assertEquals(List.of("ORDERS_ROWID", "POSITION", "VALUE"), List.copyOf(columns(s.table("KIDS")).keySet()));
	}

	@Test
	void objectRootIsOneRowAndOnlyWrapperIsDropped() {
		String body = "{\"total\": 2, \"items\": [{\"id\": 1}, {\"id\": 2}]}";
		TableDef t = sample(body, 0);
		assertNull(t.paths().get(0).jsonRoot(), "not a pure wrapper: the object is the row");
		RelSchema s = schema(t, 0);
		assertEquals(List.of("ROWID", "TOTAL"), List.copyOf(columns(s.table("ORDERS")).keySet()));
		assertTrue(s.table("ITEMS") != null);
		assertEquals("/response/data", Sampler.impliedRoot("{\"response\": {\"data\": []}}".getBytes(
				StandardCharsets.UTF_8)));
	}

	@Test
	void mapsOfScalarsAndNumericKeys() {
		String body = "[{\"id\": \"a\", \"byYear\": {\"2023\": 5, \"2024\": 7}}, {\"id\": \"b\", \"byYear\": {\"2022\": 1}}]";
		TableDef t = sample(body, 0);
		MapDef m = (MapDef) t.fields().get(1);
		assertEquals(SqlType.of(SqlType.Name.INTEGER), m.keyType());
		assertEquals(SqlType.of(SqlType.Name.INTEGER), m.valueType());
		assertEquals("BYYEAR", m.alias());
	}

	@Test
	void shortFormParametersBecomeColumns() {
		String url = "https://x.test/customers/{customerid:C-1001}/orders?status=open&limit=5";
		String body = "[{\"id\": 1, \"status\": \"open\"}, {\"id\": 2, \"status\": \"open\"}]";
		Sampler s = new Sampler(0, Set.of());
		TableDef shortForm = TableDef.shortForm("orders", EndpointPath.get(url));
		assertEquals("https://x.test/customers/C-1001/orders?status=open&limit=5", Sampler.sampleRequest(shortForm)
				.url());
		TableDef t = s.sample(shortForm, List.of(body.getBytes(StandardCharsets.UTF_8)), null, url);
		assertEquals("https://x.test/customers/{customerid}/orders", t.paths().get(0).url());
		ColumnDef status = (ColumnDef) t.fields().get(1);
		assertFalse(status.virtual(), "a response field with the parameter's name becomes the parameter");
		assertEquals(Map.of(Operator.EQ, "status"), status.operators());
		assertEquals("open", status.defaultValue());
		ColumnDef customer = (ColumnDef) t.fields().get(2);
		assertEquals("customerid", customer.jsonName());
		assertTrue(customer.virtual());
		assertEquals("C-1001", customer.defaultValue());
		ColumnDef limit = (ColumnDef) t.fields().get(3);
		assertEquals(SqlType.of(SqlType.Name.INTEGER), limit.type());
	}

	@Test
	void pathParameterWithoutSampleValueCannotBeSampled() {
		EngineException e = assertThrows(EngineException.class, () -> Sampler.sampleRequest(TableDef.shortForm("c",
				EndpointPath.get("https://x.test/c/{id}"))));
		assertTrue(e.getMessage().contains("{id:value}"), e.getMessage());
	}

	@Test
	void scalarRowsAndBadJsonAreErrors() {
		EngineException e = assertThrows(EngineException.class, () -> sample("[1, 2]", 0));
		assertEquals(EngineException.Kind.UNSUPPORTED, e.kind());
		EngineException p = assertThrows(EngineException.class, () -> sample("{\"a\": [1,", 0));
		assertEquals(EngineException.Kind.PARSE, p.kind());
		assertEquals("https://x.test/orders", p.url());
		assertEquals(1, p.line());
	}

	@Test
	void sampledModelSavedAndReadBackGivesTheSameSchema() {
		TableDef t = sample(ORDERS, 1);
		Model m = Model.of(List.of(t));
		Model back = ModelReader.read(ModelWriter.write(m));
		assertEquals(m, back);
		RelSchema a = schema(t, 1);
		RelSchema b = new SchemaBuilder(0).build(back);
		assertEquals(a.tables().stream().map(x -> x.name() + columns(x)).toList(), b.tables().stream().map(
				x -> x.name() + columns(x)).toList(), "explicit child aliases keep names whatever QNN reads them");
	}
}
