package io.restdsn.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent oracle for "an edit changed nothing else": a longest-common-subsequence diff of the raw lines
 * (text plus line break) before and after an edit, which must only delete or change lines in the allowed part of the
 * original and only insert lines next to it. Section boundaries are found here with its own simple reading, not
 * with the code under test.
 */
public final class IniDiff {

	private static final String BOM = "\uFEFF";

	private IniDiff() {
	}

	/** The lines of a text, each with its own line break (the last may have none). */
	public static List<String> rawLines(String text) {
		String t = text.startsWith(BOM) ? text.substring(1) : text;
		List<String> out = new ArrayList<>();
		int start = 0;
		while (start < t.length()) {
			int lf = t.indexOf('\n', start);
			int end = lf < 0 ? t.length() : lf + 1;
			out.add(t.substring(start, end));
			start = end;
		}
		return out;
	}

	/** The section name of a header line, or null. */
	public static String header(String raw) {
		String t = raw.trim();
		if (!t.startsWith("[")) {
			return null;
		}
		int close = t.indexOf(']');
		return (close < 0 ? t.substring(1) : t.substring(1, close)).trim();
	}

	/** Line indices of the sections with that name (all of them, or only the first). */
	public static Set<Integer> sectionLines(List<String> lines, String name, boolean firstOnly) {
		Set<Integer> out = new TreeSet<>();
		boolean in = false;
		boolean done = false;
		for (int i = 0; i < lines.size(); i++) {
			String h = header(lines.get(i));
			if (h != null) {
				if (in && firstOnly) {
					done = true;
				}
				in = !done && h.equalsIgnoreCase(name.trim());
			}
			if (in) {
				out.add(i);
			}
		}
		return out;
	}

	/**
	 * Fails unless {@code after} is {@code before} with changes only in {@code allowed} original lines, and
	 * insertions next to them or just before one of the original line indices in {@code insertBefore} (the line count
	 * meaning the end). A last line without a line break may gain one.
	 */
	public static void assertOnlyTouched(String before, String after, Set<Integer> allowed, Set<Integer> insertBefore) {
		assertEquals(before.startsWith(BOM), after.startsWith(BOM), "BOM kept as it was");
		List<String> a = rawLines(before);
		List<String> b = rawLines(after);
		Set<Integer> ok = new TreeSet<>(allowed);
		if (!a.isEmpty() && !a.get(a.size() - 1).endsWith("\n")) {
			ok.add(a.size() - 1);
			String last = a.get(a.size() - 1);
			if (!allowed.contains(a.size() - 1) && !after.contains(last)) {
				fail("the last line lost its text:\n" + last);
			}
		}
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int[] matchOfNew = new int[m];
		java.util.Arrays.fill(matchOfNew, -1);
		boolean[] matchedOld = new boolean[n];
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
				matchOfNew[j] = i;
				matchedOld[i] = true;
				i++;
				j++;
			} else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		for (int k = 0; k < n; k++) {
			if (!matchedOld[k] && !ok.contains(k)) {
				fail("line " + (k + 1) + " outside the edited part changed or vanished: " + show(a.get(k))
						+ "\n--- before:\n" + before + "\n--- after:\n" + after);
			}
		}
		for (int k = 0; k < m; k++) {
			if (matchOfNew[k] >= 0) {
				continue;
			}
			int p = -1;
			for (int x = k - 1; x >= 0; x--) {
				if (matchOfNew[x] >= 0) {
					p = matchOfNew[x];
					break;
				}
			}
			int q = n;
			for (int x = k + 1; x < m; x++) {
				if (matchOfNew[x] >= 0) {
					q = matchOfNew[x];
					break;
				}
			}
			boolean fine = false;
			for (int x : insertBefore) {
				fine |= p < x && x <= q;
			}
			for (int x = Math.max(p, 0); x <= Math.min(q, n - 1) && !fine; x++) {
				fine = ok.contains(x);
			}
			if (!fine) {
				fail("line " + (k + 1) + " inserted away from the edited part: " + show(b.get(k)) + "\n--- before:\n"
						+ before + "\n--- after:\n" + after);
			}
		}
	}

	private static String show(String raw) {
		return "'" + raw.replace("\r", "\\r").replace("\n", "\\n") + "'";
	}
}
