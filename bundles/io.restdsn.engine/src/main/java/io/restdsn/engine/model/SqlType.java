package io.restdsn.engine.model;

import java.sql.Types;
import java.util.Locale;
import java.util.Objects;

/**
 * A column type as the Model file spells it ({@code VarChar(36)}, {@code Decimal(10,2)}, {@code Timestamp(0)}).
 * <p>
 * The declared size is kept for the schema the user sees, but the local SQL engine stores character and binary
 * values unbounded: a sampled {@code VarChar(12)} must not make the thirteenth character of a later page an error.
 *
 * @param name      the type
 * @param length    length, precision or fractional-second digits; {@code null} when not written
 * @param scale     scale of a {@code Decimal}; {@code null} otherwise
 */
public record SqlType(Name name, Integer length, Integer scale) {

	/** The type names of the Model file, in their canonical spelling. */
	public enum Name {
		BIT("Bit", Types.BIT), BOOLEAN("Boolean", Types.BOOLEAN), TINYINT("TinyInt", Types.TINYINT),
		SMALLINT("SmallInt", Types.SMALLINT), INTEGER("Integer", Types.INTEGER), BIGINT("BigInt", Types.BIGINT),
		FLOAT("Float", Types.FLOAT), DOUBLE("Double", Types.DOUBLE), DECIMAL("Decimal", Types.DECIMAL),
		CHAR("Char", Types.CHAR), VARCHAR("VarChar", Types.VARCHAR),
		VARCHARIGNORECASE("VarCharIgnoreCase", Types.VARCHAR), NVARCHAR("NVarChar", Types.NVARCHAR),
		LONGVARCHAR("LongVarChar", Types.LONGVARCHAR), LONGNVARCHAR("LongNVarChar", Types.LONGNVARCHAR),
		BINARY("Binary", Types.BINARY), VARBINARY("VarBinary", Types.VARBINARY),
		LONGVARBINARY("LongVarBinary", Types.LONGVARBINARY), DATE("Date", Types.DATE), TIME("Time", Types.TIME),
		TIMESTAMP("Timestamp", Types.TIMESTAMP), TIMEWITHTIMEZONE("TimeWithTimeZone", Types.TIME_WITH_TIMEZONE),
		TIMESTAMPWITHTIMEZONE("TimestampWithTimeZone", Types.TIMESTAMP_WITH_TIMEZONE), GUID("GUID", Types.OTHER),
		JSON("JSON", Types.LONGVARCHAR);

		private final String spelling;
		private final int jdbcType;

		Name(String spelling, int jdbcType) {
			this.spelling = spelling;
			this.jdbcType = jdbcType;
		}

		/** The canonical Model-file spelling. */
		public String spelling() {
			return spelling;
		}

		/** The {@link java.sql.Types} code reported for columns of this type. */
		public int jdbcType() {
			return jdbcType;
		}

		static Name lookup(String word) {
			String w = word.trim().toUpperCase(Locale.ROOT);
			for (Name n : values()) {
				if (n.name().equals(w)) {
					return n;
				}
			}
			return null;
		}
	}

	public SqlType {
		Objects.requireNonNull(name, "name");
	}

	public static SqlType of(Name name) {
		return new SqlType(name, null, null);
	}

	public static SqlType of(Name name, int length) {
		return new SqlType(name, length, null);
	}

	public static SqlType varchar(int length) {
		return new SqlType(Name.VARCHAR, length, null);
	}

	/**
	 * Reads a type word leniently: any case, blanks around the numbers.
	 *
	 * @throws IllegalArgumentException with a message fit for the user when the word is not a type
	 */
	public static SqlType parse(String text) {
		String t = text.trim();
		int open = t.indexOf('(');
		String word = open < 0 ? t : t.substring(0, open);
		Name name = Name.lookup(word);
		if (name == null) {
			throw new IllegalArgumentException("unknown type '" + word.trim() + "'");
		}
		if (open < 0) {
			return new SqlType(name, null, null);
		}
		if (!t.endsWith(")")) {
			throw new IllegalArgumentException("missing ')' in type '" + t + "'");
		}
		String[] nums = t.substring(open + 1, t.length() - 1).split(",");
		try {
			Integer len = nums[0].isBlank() ? null : Integer.valueOf(nums[0].trim());
			Integer scale = nums.length > 1 ? Integer.valueOf(nums[1].trim()) : null;
			if (nums.length > 2 || (scale != null && name != Name.DECIMAL)) {
				throw new IllegalArgumentException("too many numbers in type '" + t + "'");
			}
			if (len != null && len < 0 || scale != null && scale < 0) {
				throw new IllegalArgumentException("negative size in type '" + t + "'");
			}
			return new SqlType(name, len, scale);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("bad size in type '" + t + "'");
		}
	}

	/** The canonical spelling, e.g. {@code Decimal(10,2)}. */
	public String format() {
		StringBuilder b = new StringBuilder(name.spelling());
		if (length != null) {
			b.append('(').append(length);
			if (scale != null) {
				b.append(',').append(scale);
			}
			b.append(')');
		}
		return b.toString();
	}

	public int jdbcType() {
		return name.jdbcType();
	}

	public boolean isCharacter() {
		return switch (name) {
			case CHAR, VARCHAR, VARCHARIGNORECASE, NVARCHAR, LONGVARCHAR, LONGNVARCHAR, JSON -> true;
			default -> false;
		};
	}

	public boolean isTemporal() {
		return switch (name) {
			case DATE, TIME, TIMESTAMP, TIMEWITHTIMEZONE, TIMESTAMPWITHTIMEZONE -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return format();
	}
}
