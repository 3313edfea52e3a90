package io.restdsn.engine.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;

import io.restdsn.engine.model.SqlType;

/**
 * Converts one JSON value (at the parser's current token) to the Java value of a column type, the same value
 * whether it then goes to H2 or straight to a cursor.
 * <p>
 * Lenient where no information is lost (numbers in strings, {@code ""} as NULL for non-text types, 5.0 into an
 * integer column), strict otherwise: a wrong value is reported, not silently nulled.
 */
abstract class ValueReader {

	/** A value that does not fit; the caller adds URL and position. */
	static final class ConversionException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ConversionException(String message) {
			super(message, null, false, false);
		}
	}

	final SqlType type;

	ValueReader(SqlType type) {
		this.type = type;
	}

	/** Reads the value at token {@code t}; containers are consumed. */
	abstract Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException;

	/**
	 * Converts text (a request parameter, a map key, a JSON string) to this type: blank text is NULL, and text that
	 * {@link #parse} refuses is a {@link ConversionException} naming it.
	 */
	Object fromText(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return parse(s.trim());
		} catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
			throw mismatch(JsonToken.VALUE_STRING, s);
		}
	}

	/**
	 * Parses trimmed, non-blank text; text not of this type throws what the JDK's parsers throw
	 * ({@link NumberFormatException} and the other {@link IllegalArgumentException}s, {@link ArithmeticException},
	 * {@link java.time.DateTimeException}).
	 */
	abstract Object parse(String text);

	static ValueReader forType(SqlType type, String pattern) {
		return switch (type.name()) {
			case BIT, BOOLEAN -> new BooleanReader(type);
			case TINYINT -> new IntReader(type, -128, 127);
			case SMALLINT -> new IntReader(type, Short.MIN_VALUE, Short.MAX_VALUE);
			case INTEGER -> new IntReader(type, Integer.MIN_VALUE, Integer.MAX_VALUE);
			case BIGINT -> new LongReader(type);
			case FLOAT, DOUBLE -> new DoubleReader(type);
			case DECIMAL -> new DecimalReader(type);
			case CHAR, VARCHAR, VARCHARIGNORECASE, NVARCHAR, LONGVARCHAR, LONGNVARCHAR -> new TextReader(type, false);
			case JSON -> new TextReader(type, true);
			case BINARY, VARBINARY, LONGVARBINARY -> new BinaryReader(type);
			case GUID -> new GuidReader(type);
			case DATE, TIME, TIMESTAMP, TIMEWITHTIMEZONE, TIMESTAMPWITHTIMEZONE -> new TemporalReader(type, pattern);
		};
	}

	ConversionException mismatch(JsonToken t, String text) {
		return new ConversionException("cannot convert " + describe(t, text) + " to " + type.format());
	}

	private static String describe(JsonToken t, String text) {
		if (t == JsonToken.START_OBJECT) {
			return "an object";
		}
		if (t == JsonToken.START_ARRAY) {
			return "an array";
		}
		String s = text.length() > 60 ? text.substring(0, 60) + "…" : text;
		return "'" + s + "'";
	}

	/** A scalar's text, or {@code null} for JSON null; containers are an error for scalar types. */
	String scalarText(JsonParser p, JsonToken t) throws IOException {
		if (t == JsonToken.VALUE_NULL) {
			return null;
		}
		if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
			p.skipChildren();
			throw mismatch(t, "");
		}
		return p.getText();
	}

	static String json(JsonParser p, JsonFactory json) throws IOException {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = json.createGenerator(w)) {
			g.copyCurrentStructure(p);
		}
		return w.toString();
	}

	private static final class BooleanReader extends ValueReader {
		BooleanReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			switch (t) {
				case VALUE_TRUE:
					return Boolean.TRUE;
				case VALUE_FALSE:
					return Boolean.FALSE;
				case VALUE_NUMBER_INT:
					return p.getLongValue() != 0;
				default:
					return fromText(scalarText(p, t));
			}
		}

		@Override
		Object parse(String text) {
			switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "t", "yes", "y", "1":
					return Boolean.TRUE;
				case "false", "f", "no", "n", "0":
					return Boolean.FALSE;
				default:
					throw new IllegalArgumentException(text);
			}
		}
	}

	private static final class IntReader extends ValueReader {
		private final int min;
		private final int max;

		IntReader(SqlType type, int min, int max) {
			super(type);
			this.min = min;
			this.max = max;
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			if (t == JsonToken.VALUE_NUMBER_INT) {
				try {
					return check(p.getIntValue(), p.getText());
				} catch (InputCoercionException e) {
					throw mismatch(t, p.getText());
				}
			}
			return fromText(scalarText(p, t));
		}

		private Integer check(int v, String text) {
			if (v < min || v > max) {
				throw mismatch(JsonToken.VALUE_NUMBER_INT, text);
			}
			return v;
		}

		@Override
		Object parse(String text) {
			try {
				return check(Integer.parseInt(text), text);
			} catch (NumberFormatException e) {
				return check(new BigDecimal(text).intValueExact(), text); // "12.0", "1e3"
			}
		}
	}

	private static final class LongReader extends ValueReader {
		LongReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			if (t == JsonToken.VALUE_NUMBER_INT) {
				try {
					return p.getLongValue();
				} catch (InputCoercionException e) {
					throw mismatch(t, p.getText());
				}
			}
			return fromText(scalarText(p, t));
		}

		@Override
		Object parse(String text) {
			try {
				return Long.parseLong(text);
			} catch (NumberFormatException e) {
				return new BigDecimal(text).longValueExact();
			}
		}
	}

	private static final class DoubleReader extends ValueReader {
		DoubleReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
				return p.getDoubleValue();
			}
			return fromText(scalarText(p, t));
		}

		@Override
		Object parse(String text) {
			return Double.parseDouble(text);
		}
	}

	private static final class DecimalReader extends ValueReader {
		DecimalReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
				return scale(p.getDecimalValue());
			}
			return fromText(scalarText(p, t));
		}

		private BigDecimal scale(BigDecimal d) {
			return type.scale() == null ? d : d.setScale(type.scale(), RoundingMode.HALF_UP);
		}

		@Override
		Object parse(String text) {
			return scale(new BigDecimal(text));
		}
	}

	private static final class TextReader extends ValueReader {
		private final boolean jsonText;

		TextReader(SqlType type, boolean jsonText) {
			super(type);
			this.jsonText = jsonText;
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			switch (t) {
				case VALUE_NULL:
					return null;
				case START_OBJECT, START_ARRAY:
					return json(p, json);
				case VALUE_STRING:
					return jsonText ? json(p, json) : p.getText();
				default:
					return p.getText();
			}
		}

		/** Text stays as it is, blanks and all. */
		@Override
		Object fromText(String s) {
			return s;
		}

		@Override
		Object parse(String text) {
			return text;
		}
	}

	private static final class BinaryReader extends ValueReader {
		BinaryReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			return fromText(scalarText(p, t));
		}

		/** Blank text is an empty value, not NULL. */
		@Override
		Object fromText(String s) {
			return s != null && s.isBlank() ? new byte[0] : super.fromText(s);
		}

		@Override
		Object parse(String text) {
			return Base64.getMimeDecoder().decode(text.replace('-', '+').replace('_', '/'));
		}
	}

	private static final class GuidReader extends ValueReader {
		GuidReader(SqlType type) {
			super(type);
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			return fromText(scalarText(p, t));
		}

		@Override
		Object parse(String text) {
			return UUID.fromString(text);
		}
	}

	/**
	 * Dates and times: ISO-8601 (with {@code T} or a blank), the column's pattern when it has one, or epoch
	 * seconds/milliseconds for numbers. Timestamps with an offset are normalised to UTC.
	 */
	private static final class TemporalReader extends ValueReader {
		private final DateTimeFormatter formatter;
		private final long nanoUnit;

		TemporalReader(SqlType type, String pattern) {
			super(type);
			this.formatter = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
			int digits = type.length() == null ? 9 : Math.min(9, type.length());
			this.nanoUnit = type.name() == SqlType.Name.TIMESTAMP ? (long) Math.pow(10, 9 - digits) : 1;
		}

		@Override
		Object read(JsonParser p, JsonToken t, JsonFactory json) throws IOException {
			if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
				return fromEpoch(p.getDoubleValue());
			}
			return fromText(scalarText(p, t));
		}

		private Object fromEpoch(double v) {
			long millis = Math.abs(v) < 1e11 ? (long) (v * 1000) : (long) v;
			OffsetDateTime odt = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
			return convert(odt);
		}

		@Override
		Object parse(String text) {
			return convert(formatter != null ? formatter.parseBest(text, OffsetDateTime::from, LocalDateTime::from,
					LocalDate::from, OffsetTime::from, LocalTime::from) : iso(text));
		}

		private static TemporalAccessor iso(String text) {
			TemporalAccessor fast = FastIso.parse(text);
			if (fast != null) {
				return fast;
			}
			if (text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
				String t = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
				char last = t.charAt(t.length() - 1);
				boolean offset = last == 'Z' || last == 'z' || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10;
				return offset ? OffsetDateTime.parse(t.replace('z', 'Z')) : LocalDateTime.parse(t);
			}
			if (text.length() == 10 && text.charAt(4) == '-') {
				return LocalDate.parse(text);
			}
			int plus = Math.max(text.indexOf('+'), Math.max(text.indexOf('Z'), text.indexOf('-')));
			return plus > 0 ? OffsetTime.parse(text) : LocalTime.parse(text);
		}

		private Object convert(TemporalAccessor v) {
			switch (type.name()) {
				case DATE:
					if (v instanceof LocalDate d) {
						return d;
					}
					if (v instanceof LocalDateTime dt) {
						return dt.toLocalDate();
					}
					if (v instanceof OffsetDateTime odt) {
						return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
					}
					break;
				case TIME:
					if (v instanceof LocalTime t) {
						return t;
					}
					if (v instanceof OffsetTime ot) {
						return ot.toLocalTime();
					}
					if (v instanceof LocalDateTime dt) {
						return dt.toLocalTime();
					}
					if (v instanceof OffsetDateTime odt) {
						return odt.toLocalTime();
					}
					break;
				case TIMEWITHTIMEZONE:
					if (v instanceof OffsetTime ot) {
						return ot;
					}
					if (v instanceof LocalTime t) {
						return t.atOffset(ZoneOffset.UTC);
					}
					if (v instanceof OffsetDateTime odt) {
						return odt.toOffsetTime();
					}
					break;
				case TIMESTAMP:
					if (v instanceof LocalDateTime dt) {
						return truncate(dt);
					}
					if (v instanceof OffsetDateTime odt) {
						return truncate(odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
					}
					if (v instanceof LocalDate d) {
						return d.atStartOfDay();
					}
					break;
				case TIMESTAMPWITHTIMEZONE:
					if (v instanceof OffsetDateTime odt) {
						return odt;
					}
					if (v instanceof LocalDateTime dt) {
						return dt.atOffset(ZoneOffset.UTC);
					}
					if (v instanceof LocalDate d) {
						return d.atStartOfDay().atOffset(ZoneOffset.UTC);
					}
					break;
				default:
					break;
			}
			throw new ConversionException("cannot convert '" + v + "' to " + type.format());
		}

		private LocalDateTime truncate(LocalDateTime dt) {
			if (nanoUnit == 1) {
				return dt;
			}
			int nano = dt.getNano();
			return dt.withNano((int) (nano - nano % nanoUnit));
		}
	}

}
