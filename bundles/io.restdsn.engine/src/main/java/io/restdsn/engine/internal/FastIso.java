package io.restdsn.engine.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the ISO-8601 shapes REST services actually send ({@code 2024-01-02}, {@code 2024-01-02T10:11:12.345Z},
 * {@code 2024-01-02 10:11:12+02:00}) by hand: {@code java.time}'s formatter costs about a microsecond per value,
 * which on a million-row scan is seconds. Anything else returns {@code null} and goes to the formatter.
 */
final class FastIso {

	private FastIso() {
	}

	/** A {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}; {@code null} if not a simple shape. */
	static TemporalAccessor parse(String s) {
		int n = s.length();
		if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s,
				8, 2)) {
			return null;
		}
		int year = num(s, 0, 4);
		int month = num(s, 5, 2);
		int day = num(s, 8, 2);
		try {
			if (n == 10) {
				return LocalDate.of(year, month, day);
			}
			char t = s.charAt(10);
			if (n < 16 || (t != 'T' && t != ' ' && t != 't') || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s,
					14, 2)) {
				return null;
			}
			int hour = num(s, 11, 2);
			int minute = num(s, 14, 2);
			int second = 0;
			int nano = 0;
			int i = 16;
			if (i < n && s.charAt(i) == ':') {
				if (!digits(s, i + 1, 2)) {
					return null;
				}
				second = num(s, i + 1, 2);
				i += 3;
				if (i < n && s.charAt(i) == '.') {
					int start = ++i;
					while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
						nano = nano * 10 + (s.charAt(i) - '0');
						i++;
					}
					if (i == start) {
						return null;
					}
					for (int k = i - start; k < 9; k++) {
						nano *= 10;
					}
				}
			}
			LocalDateTime dt = LocalDateTime.of(year, month, day, hour, minute, second, nano);
			if (i == n) {
				return dt;
			}
			char z = s.charAt(i);
			if ((z == 'Z' || z == 'z') && i + 1 == n) {
				return dt.atOffset(ZoneOffset.UTC);
			}
			if ((z == '+' || z == '-') && digits(s, i + 1, 2)) {
				int oh = num(s, i + 1, 2);
				int om = 0;
				int j = i + 3;
				if (j < n && s.charAt(j) == ':') {
					j++;
				}
				if (j < n) {
					if (!digits(s, j, 2) || j + 2 != n) {
						return null;
					}
					om = num(s, j, 2);
				}
				int sign = z == '-' ? -1 : 1;
				return dt.atOffset(ZoneOffset.ofHoursMinutes(sign * oh, sign * om));
			}
			return null;
		} catch (java.time.DateTimeException e) {
			return null;
		}
	}

	private static boolean digits(String s, int from, int count) {
		if (from + count > s.length()) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static int num(String s, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			v = v * 10 + (s.charAt(i) - '0');
		}
		return v;
	}
}
