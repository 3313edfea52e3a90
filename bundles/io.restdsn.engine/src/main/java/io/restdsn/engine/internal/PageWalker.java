package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restdsn.engine.model.EndpointPath;
import okhttp3.HttpUrl;

/**
 * Walks the pages of one request series (§4): builds each page's request from the paging state, and after each
 * page decides whether there is another.
 * <p>
 * Stops at the first of: an empty page, a short page (offset and page-number paging), no next token, has-more
 * false, the total rows or pages reached, a page whose rows repeat an earlier page (servers that return their
 * last page forever), or the statement's call limit. With token paging a short page does not stop the walk
 * while the service still hands out a next token: some services filter after paginating.
 */
final class PageWalker {

	private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;[^,<]*)*)");
	private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

	private final PagePlan plan;
	private final RequestFactory requests;
	private final EndpointPath path;
	private final List<BoundParam> params;
	private final CallBudget budget;
	private final StatsCollector stats;
	private final Set<Long> seen = new HashSet<>();
	private int pageIndex;
	private long rows;
	private String nextToken;
	private String nextUrl;
	private boolean done;
	private RequestSpec last;

	PageWalker(PagePlan plan, RequestFactory requests, EndpointPath path, List<BoundParam> params, CallBudget budget,
			StatsCollector stats) {
		this.plan = plan;
		this.requests = requests;
		this.path = path;
		this.params = params;
		this.budget = budget;
		this.stats = stats;
	}

	/** The next page's request, or {@code null} when the walk is over. */
	RequestSpec nextRequest() {
		if (done) {
			return null;
		}
		if (!budget.take()) {
			stats.callLimitReached = true;
			done = true;
			return null;
		}
		last = requests.build(path, params, paging());
		return last;
	}

	private RequestFactory.PagingPart paging() {
		Map<String, String> vars = new HashMap<>();
		if (plan.pageSize != null) {
			vars.put("LIMIT", Integer.toString(plan.pageSize));
		}
		List<ParamTemplate> ps = new ArrayList<>();
		List<ParamTemplate> hs = new ArrayList<>();
		if (plan.pageSizeParam != null && plan.pageSize != null && nextUrl == null) {
			ps.add(plan.pageSizeParam);
		}
		switch (plan.kind) {
			case OFFSET -> {
				vars.put("OFFSET", Long.toString(plan.firstRow + rows));
				if (plan.offsetParam != null) {
					ps.add(plan.offsetParam);
				}
			}
			case PAGE_NUMBER -> {
				vars.put("PAGE", Integer.toString(plan.firstPage + pageIndex));
				if (plan.pageParam != null) {
					ps.add(plan.pageParam);
				}
			}
			case TOKEN -> {
				if (nextUrl != null) {
					return new RequestFactory.PagingPart(vars, List.of(), hs, nextUrl);
				}
				if (nextToken != null) {
					vars.put("NEXT", nextToken);
					if (plan.nextRequestHeader != null) {
						hs.add(ParamTemplate.parse(plan.nextRequestHeader, "{NEXT}"));
					} else if (plan.nextParam != null) {
						ps.add(plan.nextParam);
					}
				}
			}
			case NONE -> {
				// single request
			}
		}
		return new RequestFactory.PagingPart(vars, ps, hs, null);
	}

	/**
	 * Digests a page that was fetched and parsed.
	 *
	 * @return false when the page only repeats an earlier one: its rows must be dropped
	 */
	boolean after(Page page, PageContent content) {
		if (page.zeroRows()) {
			done = true;
			return true;
		}
		int n = content.rootRows();
		if (n > 0 && !seen.add(content.rowsFingerprint())) {
			done = true;
			return false;
		}
		rows += n;
		pageIndex++;
		if (n == 0) {
			done = true;
			return true;
		}
		Map<String, String> cap = content.captured();
		if (plan.hasMorePointer != null && isFalse(cap.get(PagePlan.pointer(plan.hasMorePointer)))) {
			done = true;
		}
		Long totalRows = number(cap.get(PagePlan.pointer(plan.totalRowsPointer)));
		if (totalRows != null && rows >= totalRows) {
			done = true;
		}
		Long totalPages = number(cap.get(PagePlan.pointer(plan.totalPagesPointer)));
		if (totalPages != null && pageIndex >= totalPages) {
			done = true;
		}
		switch (plan.kind) {
			case NONE -> done = true;
			case OFFSET, PAGE_NUMBER -> {
				if (plan.pageSize != null && n < plan.pageSize) {
					done = true;
				}
			}
			case TOKEN -> token(page, cap);
		}
		return true;
	}

	private void token(Page page, Map<String, String> cap) {
		String value = null;
		if (plan.nextPagePointer != null) {
			value = cap.get(PagePlan.pointer(plan.nextPagePointer));
		} else if (plan.nextResponseHeader != null) {
			value = headerToken(page, plan.nextResponseHeader);
		}
		if (value == null || value.isBlank() || value.equals("null")) {
			done = true;
			return;
		}
		boolean url = looksLikeUrl(value);
		String previous = url ? nextUrl : nextToken;
		if (url) {
			HttpUrl base = HttpUrl.parse(last.url());
			HttpUrl resolved = base == null ? null : base.resolve(value);
			value = resolved == null ? value : resolved.toString();
		}
		if (value.equals(previous) || url && value.equals(last.url())) {
			done = true;
			return;
		}
		if (url) {
			nextUrl = value;
		} else {
			nextToken = value;
		}
	}

	private boolean looksLikeUrl(String v) {
		String l = v.toLowerCase(Locale.ROOT);
		return l.startsWith("http://") || l.startsWith("https://") || v.startsWith("/") && plan.nextParam == null
				&& plan.nextRequestHeader == null;
	}

	/** {@code Link: <url>; rel="next"} (RFC 8288) or a plain header holding the token. */
	static String headerToken(Page page, String header) {
		List<String> values = page.headers(header);
		if (values.isEmpty()) {
			return null;
		}
		if (!header.equalsIgnoreCase("Link")) {
			return values.get(0).trim();
		}
		for (String v : values) {
			Matcher m = LINK.matcher(v);
			while (m.find()) {
				Matcher rel = REL.matcher(m.group(2));
				while (rel.find()) {
					for (String r : rel.group(1).trim().split("\\s+")) {
						if (r.equalsIgnoreCase("next")) {
							return m.group(1).trim();
						}
					}
				}
			}
		}
		return null;
	}

	private static boolean isFalse(String v) {
		if (v == null) {
			return false;
		}
		String s = v.trim().toLowerCase(Locale.ROOT);
		return s.equals("false") || s.equals("0") || s.equals("no");
	}

	private static Long number(String v) {
		if (v == null) {
			return null;
		}
		try {
			return (long) Double.parseDouble(v.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	boolean isDone() {
		return done;
	}
}
