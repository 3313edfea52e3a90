package io.restdsn.ui.results;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How values read: in a grid cell (one line, shortened), in full (value viewer, copy, CSV), and whether a value is
 * JSON worth pretty-printing. NULL is {@link #NULL_TEXT} in the grid (drawn differently) and empty in CSV/TSV.
 */
public final class CellText {

	/** What a grid cell shows for SQL NULL (in its own style, so it is never mistaken for the text "NULL"). */
	public static final String NULL_TEXT = "NULL";
	/** Longest text a grid cell holds; the value viewer shows the rest. */
	public static final int CELL_MAX = 300;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS]");

	private CellText() {
	}

	/** One line for a grid cell: line breaks shown as ⏎, long text cut with an ellipsis. */
	public static String cell(Object value) {
		if (value == null) {
			return NULL_TEXT;
		}
		String s = full(value);
		boolean cut = s.length() > CELL_MAX;
		if (cut) {
			s = s.substring(0, CELL_MAX);
		}
		if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\t') >= 0) {
			s = s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
		}
		return cut ? s + "…" : s;
	}

	/** The whole value as text; {@code ""} for NULL. Dates as ISO dates with a space before the time. */
	public static String full(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
					: d.toString();
		}
		if (value instanceof LocalDateTime t) {
			return trimFraction(DATE_TIME.format(t));
		}
		if (value instanceof OffsetDateTime t) {
			return trimFraction(DATE_TIME.format(t.toLocalDateTime())) + t.getOffset();
		}
		if (value instanceof ZonedDateTime t) {
			return trimFraction(DATE_TIME.format(t.toLocalDateTime())) + t.getOffset();
		}
		if (value instanceof LocalTime || value instanceof OffsetTime) {
			return value.toString();
		}
		if (value instanceof byte[] b) {
			return hex(b);
		}
		if (value instanceof Object[] a) {
			StringBuilder sb = new StringBuilder("[");
			for (int i = 0; i < a.length; i++) {
				sb.append(i > 0 ? ", " : "").append(full(a[i]));
			}
			return sb.append(']').toString();
		}
		return String.valueOf(value);
	}

	private static String trimFraction(String s) {
		// "2024-01-05 10:00:00.000000000" → no fraction; keep significant digits otherwise
		int dot = s.lastIndexOf('.');
		if (dot < 0 || s.indexOf(':') < 0 || dot < s.lastIndexOf(':')) {
			return s;
		}
		int end = s.length();
		while (end > dot + 1 && s.charAt(end - 1) == '0') {
			end--;
		}
		return end == dot + 1 ? s.substring(0, dot) : s.substring(0, end);
	}

	private static String hex(byte[] b) {
		StringBuilder sb = new StringBuilder(2 + b.length * 2).append("0x");
		for (byte x : b) {
			sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
		}
		return sb.toString();
	}

	/** Whether the grid should offer the value viewer first: long, multi-line or JSON. */
	public static boolean needsViewer(Object value) {
		if (!(value instanceof String s)) {
			return false;
		}
		return s.length() > 80 || s.indexOf('\n') >= 0 || looksLikeJson(s);
	}

	/** A string that starts like a JSON object or array (after blanks) and ends like one. */
	public static boolean looksLikeJson(String s) {
		String t = s.strip();
		return t.length() >= 2 && (t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}'
				|| t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']');
	}
}
