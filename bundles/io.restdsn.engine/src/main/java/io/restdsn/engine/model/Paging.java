package io.restdsn.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paging keys of §4, as written at the top level (defaults) or in a table (overrides). Every field is
 * optional; {@link #over(Paging)} combines a table's keys with the defaults.
 */
public record Paging(Integer maximumPageSize, String pageSizeParameter, String rowOffsetParameter,
		Integer firstRowNumber, String pageNumberParameter, Integer firstPageNumber, String totalPagesElement,
		String nextPageElement, String nextPageParameter, String nextPageResponseHeader, String nextPageRequestHeader,
		String hasMoreElement, String totalRowsElement) {

	public static final Paging NONE = new Paging(null, null, null, null, null, null, null, null, null, null, null,
			null, null);

	/** The keys in the order the writer emits them. */
	public static final String[] KEYS = { "#maximumPageSize", "#pageSizeParameter", "#rowOffsetParameter",
			"#firstRowNumber", "#pageNumberParameter", "#firstPageNumber", "#totalPagesElement", "#nextPageElement",
			"#nextPageParameter", "#nextPageResponseHeader", "#nextPageRequestHeader", "#hasMoreElement",
			"#totalRowsElement" };

	public boolean isEmpty() {
		return equals(NONE);
	}

	/** These keys where set, else {@code defaults}'. */
	public Paging over(Paging defaults) {
		return new Paging(or(maximumPageSize, defaults.maximumPageSize), or(pageSizeParameter,
				defaults.pageSizeParameter), or(rowOffsetParameter, defaults.rowOffsetParameter), or(firstRowNumber,
						defaults.firstRowNumber), or(pageNumberParameter, defaults.pageNumberParameter), or(
								firstPageNumber, defaults.firstPageNumber), or(totalPagesElement,
										defaults.totalPagesElement), or(nextPageElement, defaults.nextPageElement),
				or(nextPageParameter, defaults.nextPageParameter), or(nextPageResponseHeader,
						defaults.nextPageResponseHeader), or(nextPageRequestHeader, defaults.nextPageRequestHeader),
				or(hasMoreElement, defaults.hasMoreElement), or(totalRowsElement, defaults.totalRowsElement));
	}

	/** Key to value (String or Integer) for the set keys, in {@link #KEYS} order. */
	public Map<String, Object> asMap() {
		Object[] values = { maximumPageSize, pageSizeParameter, rowOffsetParameter, firstRowNumber,
				pageNumberParameter, firstPageNumber, totalPagesElement, nextPageElement, nextPageParameter,
				nextPageResponseHeader, nextPageRequestHeader, hasMoreElement, totalRowsElement };
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < KEYS.length; i++) {
			if (values[i] != null) {
				m.put(KEYS[i], values[i]);
			}
		}
		return m;
	}

	/** Builds a Paging from a key/value map as read (keys in {@link #KEYS} spelling). */
	public static Paging fromMap(Map<String, Object> m) {
		return new Paging(integer(m, "#maximumPageSize"), string(m, "#pageSizeParameter"), string(m,
				"#rowOffsetParameter"), integer(m, "#firstRowNumber"), string(m, "#pageNumberParameter"), integer(m,
						"#firstPageNumber"), string(m, "#totalPagesElement"), string(m, "#nextPageElement"), string(m,
								"#nextPageParameter"), string(m, "#nextPageResponseHeader"), string(m,
										"#nextPageRequestHeader"), string(m, "#hasMoreElement"), string(m,
												"#totalRowsElement"));
	}

	/** Whether {@code key} is a paging key, and its canonical spelling ({@code #firstrow} included). */
	public static String canonicalKey(String key) {
		if ("#firstrow".equalsIgnoreCase(key)) {
			return "#firstRowNumber";
		}
		for (String k : KEYS) {
			if (k.equalsIgnoreCase(key)) {
				return k;
			}
		}
		return null;
	}

	/** True for the keys whose value is a number. */
	public static boolean isNumeric(String canonicalKey) {
		return canonicalKey.equals("#maximumPageSize") || canonicalKey.equals("#firstRowNumber")
				|| canonicalKey.equals("#firstPageNumber");
	}

	private static Integer integer(Map<String, Object> m, String k) {
		return (Integer) m.get(k);
	}

	private static String string(Map<String, Object> m, String k) {
		return (String) m.get(k);
	}

	private static <T> T or(T a, T b) {
		return a != null ? a : b;
	}
}
