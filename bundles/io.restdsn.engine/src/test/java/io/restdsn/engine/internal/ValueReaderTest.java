package io.restdsn.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.restdsn.engine.model.SqlType;

class ValueReaderTest {

	private static final JsonFactory JSON = new JsonFactory();

	private static Object read(String type, String pattern, String json) throws Exception {
		ValueReader r = ValueReader.forType(SqlType.parse(type), pattern);
		try (JsonParser p = JSON.createParser("[" + json + "]")) {
			p.nextToken();
			JsonToken t = p.nextToken();
			Object v = r.read(p, t, JSON);
			assertEquals(JsonToken.END_ARRAY, p.nextToken(), "the value is consumed entirely");
			return v;
		}
	}

	private static Object read(String type, String json) throws Exception {
		return read(type, null, json);
	}

	@Test
	void booleans() throws Exception {
		assertEquals(true, read("Boolean", "true"));
		assertEquals(true, read("Bit", "1"));
		assertEquals(false, read("Boolean", "\"no\""));
		assertNull(read("Boolean", "\"\""));
		assertNull(read("Boolean", "null"));
		assertThrows(ValueReader.ConversionException.class, () -> read("Boolean", "\"maybe\""));
	}

	@Test
	void integers() throws Exception {
		assertEquals(12, read("Integer", "\"12\""));
		assertEquals(5, read("Integer", "5.0"));
		assertEquals(100, read("SmallInt", "\"1e2\""));
		assertEquals(5_000_000_000L, read("BigInt", "5000000000"));
		assertNull(read("Integer", "\" \""));
		ValueReader.ConversionException e = assertThrows(ValueReader.ConversionException.class, () -> read("Integer",
				"3.5"));
		assertEquals("cannot convert '3.5' to Integer", e.getMessage());
		assertThrows(ValueReader.ConversionException.class, () -> read("TinyInt", "300"));
		assertThrows(ValueReader.ConversionException.class, () -> read("Integer", "5000000000"));
		assertThrows(ValueReader.ConversionException.class, () -> read("Integer", "{\"a\": 1}"));
	}

	@Test
	void decimalsAndDoubles() throws Exception {
		assertEquals(new BigDecimal("1.01"), read("Decimal(10,2)", "1.005"));
		assertEquals(new BigDecimal("7.00"), read("Decimal(10,2)", "\"7\""));
		assertEquals(new BigDecimal("1.23456"), read("Decimal", "1.23456"));
		assertEquals(2.5, read("Double", "\"2.5\""));
		assertEquals(3.0, read("Float", "3"));
	}

	@Test
	void text() throws Exception {
		assertEquals("abc", read("VarChar(2)", "\"abc\""), "declared lengths never reject data");
		assertEquals("12.50", read("VarChar(5)", "12.50"), "numbers keep their text");
		assertEquals("{\"a\":[1,2]}", read("VarChar(5)", "{\"a\": [1, 2]}"));
		assertEquals("\"x\"", read("JSON", "\"x\""), "a JSON column holds JSON text");
		assertEquals("[1,{\"b\":null}]", read("JSON", "[1, {\"b\": null}]"));
		assertEquals("true", read("LongVarChar", "true"));
	}

	@Test
	void guidsAndBinary() throws Exception {
		UUID u = UUID.randomUUID();
		assertEquals(u, read("GUID", "\"" + u + "\""));
		assertArrayEquals(new byte[] { 1, 2, 3 }, (byte[]) read("VarBinary(3)", "\"AQID\""));
		assertThrows(ValueReader.ConversionException.class, () -> read("GUID", "\"not-a-guid\""));
	}

	@Test
	void datesAndTimes() throws Exception {
		assertEquals(LocalDate.of(2024, 1, 2), read("Date", "\"2024-01-02\""));
		assertEquals(LocalDate.of(2024, 1, 2), read("Date", "\"2024-01-02T23:00:00\""));
		assertEquals(LocalDateTime.of(2024, 1, 2, 8, 11, 12), read("Timestamp(0)", "\"2024-01-02T10:11:12+02:00\""),
				"offsets are normalised to UTC");
		assertEquals(LocalDateTime.of(2024, 1, 2, 10, 11, 12, 123_000_000), read("Timestamp(3)",
				"\"2024-01-02T10:11:12.123456Z\""), "fraction cut to the declared precision");
		assertEquals(LocalDateTime.of(2024, 1, 2, 10, 11), read("Timestamp", "\"2024-01-02 10:11\""));
		assertEquals(LocalDateTime.of(2024, 1, 2, 0, 0), read("Timestamp", "\"2024-01-02\""));
		assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), read("Timestamp", "1700000000"), "epoch seconds");
		assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), read("Timestamp", "1700000000000"), "epoch millis");
		assertEquals(LocalDateTime.of(2024, 3, 31, 13, 14, 15), read("Timestamp(0)", "dd-MM-yyyy HH:mm:ss",
				"\"31-03-2024 13:14:15\""));
		assertEquals(LocalDateTime.of(2024, 3, 31, 0, 0), read("Timestamp(0)", "dd/MM/yyyy", "\"31/03/2024\""));
		assertEquals(OffsetDateTime.of(2024, 1, 2, 10, 11, 12, 0, ZoneOffset.ofHours(-5)), read(
				"TimestampWithTimeZone", "\"2024-01-02T10:11:12-05:00\""));
		assertEquals(OffsetDateTime.of(2024, 1, 2, 10, 11, 12, 0, ZoneOffset.UTC), read("TimestampWithTimeZone",
				"\"2024-01-02T10:11:12\""));
		assertEquals(LocalTime.of(10, 11, 12), read("Time", "\"10:11:12\""));
		assertEquals(OffsetDateTime.of(2024, 1, 2, 10, 11, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), read(
				"TimestampWithTimeZone", "\"2024-01-02T10:11+0530\""));
		assertThrows(ValueReader.ConversionException.class, () -> read("Date", "\"2024-02-30\""));
		assertThrows(ValueReader.ConversionException.class, () -> read("Timestamp", "\"yesterday\""));
	}

	@Test
	void fastIsoAgreesWithJavaTime() {
		String[] samples = { "2024-01-02", "2024-01-02T10:11", "2024-01-02T10:11:12", "2024-01-02T10:11:12.5",
				"2024-01-02T10:11:12.123456789", "2024-01-02T10:11:12Z", "2024-01-02T10:11:12.1+01:00",
				"2024-12-31T23:59:59-11:30" };
		for (String s : samples) {
			Object fast = FastIso.parse(s);
			Object slow = s.length() == 10 ? LocalDate.parse(s) : s.endsWith("Z") || s.lastIndexOf('+') > 10 || s
					.lastIndexOf('-') > 10 ? OffsetDateTime.parse(s) : LocalDateTime.parse(s);
			assertEquals(slow, fast, s);
		}
		assertNull(FastIso.parse("2024-1-02"));
		assertNull(FastIso.parse("2024-01-02X10:11"));
		assertNull(FastIso.parse("2024-13-02"));
	}
}
