package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.engine.model.EndpointPath;
import io.restdsn.engine.model.Paging;

/**
 * A table's effective paging (§4): the Model's keys (table over global), the kind they amount to, and the
 * page size after WSFetchSize.
 */
final class PagePlan {

	enum Kind {
		NONE, OFFSET, PAGE_NUMBER, TOKEN
	}

	final Kind kind;
	final Integer pageSize;
	final ParamTemplate pageSizeParam;
	final ParamTemplate offsetParam;
	final int firstRow;
	final ParamTemplate pageParam;
	final int firstPage;
	final String totalPagesPointer;
	final String nextPagePointer;
	final ParamTemplate nextParam;
	final String nextResponseHeader;
	final String nextRequestHeader;
	final String hasMorePointer;
	final String totalRowsPointer;

	/**
	 * @param fetchSize WSFetchSize (0 = the Model's page size); never more than {@code #maximumPageSize}
	 */
	PagePlan(Paging p, EndpointPath path, int fetchSize) {
		Integer size = p.maximumPageSize();
		if (fetchSize > 0) {
			size = size == null ? fetchSize : Math.min(size, fetchSize);
		}
		pageSize = size;
		pageSizeParam = ParamTemplate.parse(p.pageSizeParameter(), "{LIMIT}");
		offsetParam = ParamTemplate.parse(p.rowOffsetParameter(), "{OFFSET}");
		firstRow = p.firstRowNumber() == null ? 0 : p.firstRowNumber();
		pageParam = ParamTemplate.parse(p.pageNumberParameter(), "{PAGE}");
		firstPage = p.firstPageNumber() == null ? 1 : p.firstPageNumber();
		totalPagesPointer = p.totalPagesElement();
		nextPagePointer = p.nextPageElement();
		nextParam = ParamTemplate.parse(p.nextPageParameter(), "{NEXT}");
		nextResponseHeader = p.nextPageResponseHeader();
		nextRequestHeader = p.nextPageRequestHeader();
		hasMorePointer = p.hasMoreElement();
		totalRowsPointer = p.totalRowsElement();
		String url = path.url();
		if (nextPagePointer != null || nextResponseHeader != null) {
			kind = Kind.TOKEN;
		} else if (pageParam != null || url.contains("{PAGE}")) {
			kind = Kind.PAGE_NUMBER;
		} else if (offsetParam != null || url.contains("{OFFSET}")) {
			kind = Kind.OFFSET;
		} else {
			kind = Kind.NONE;
		}
	}

	/** Body pointers the extractor must capture. */
	List<String> watchPointers() {
		List<String> w = new ArrayList<>();
		for (String s : new String[] { totalPagesPointer, nextPagePointer, hasMorePointer, totalRowsPointer }) {
			if (s != null) {
				w.add(s.startsWith("/") ? s : "/" + s);
			}
		}
		return w;
	}

	static String pointer(String s) {
		return s == null ? null : s.startsWith("/") ? s : "/" + s;
	}
}
