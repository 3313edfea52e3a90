package io.restdsn.engine;

import static io.restdsn.engine.MockApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Every paging kind of §4, asserting the exact requests the engine sends. */
class PagingTest {

	private static final String COLUMNS = "\"id\": \"Integer,#key\", \"name\": \"VarChar(10)\"";

	static String rows(int from, int to) {
		return IntStream.range(from, to).mapToObj(i -> "{\"id\": " + i + ", \"name\": \"n" + i + "\"}").collect(
				Collectors.joining(",", "[", "]"));
	}

	static int param(RecordedRequest r, String name, int dflt) {
		String v = r.getUrl().queryParameter(name);
		return v == null ? dflt : Integer.parseInt(v);
	}

	private static List<Object> ids(RestSession s) {
		return MockApi.rows(s, "SELECT id FROM items").stream().map(r -> r.get(0)).toList();
	}

	private static List<Object> range(int from, int to) {
		return IntStream.range(from, to).boxed().map(Object.class::cast).toList();
	}

	@Test
	void offsetPagingStopsAtTheShortPage() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "offset", 0);
			int lim = param(r, "limit", 100);
			return json(rows(off, Math.min(off + lim, 5)));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, "
				+ "\"#pageSizeParameter\": \"limit\", \"#rowOffsetParameter\": \"offset\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 5), ids(s));
			assertEquals(List.of("/items?limit=2&offset=0", "/items?limit=2&offset=2", "/items?limit=2&offset=4"), api
					.targets());
		}
	}

	@Test
	void offsetPagingFromRowOneStopsAtTheEmptyPage() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "offset", 1) - 1;
			return json(rows(off, Math.min(off + 2, 4)));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, "
				+ "\"#pageSizeParameter\": \"limit\", \"#rowOffsetParameter\": \"offset\", \"#firstRowNumber\": 1, "
				+ COLUMNS + "}}")) {
			assertEquals(range(0, 4), ids(s));
			assertEquals(List.of("/items?limit=2&offset=1", "/items?limit=2&offset=3", "/items?limit=2&offset=5"), api
					.targets());
		}
	}

	@Test
	void templatesInParameterValues() throws Exception {
		try (MockApi api = new MockApi(r -> {
			String[] range = r.getUrl().queryParameter("range").split("-");
			int off = Integer.parseInt(range[0]);
			return json(rows(off, Math.min(off + Integer.parseInt(range[1]), 3)));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, "
				+ "\"#rowOffsetParameter\": \"range={OFFSET}-{LIMIT}\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 3), ids(s));
			assertEquals(List.of("/items?range=0-2", "/items?range=2-2"), api.targets());
		}
	}

	@Test
	void templatesInThePath() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int page = Integer.parseInt(r.getUrl().pathSegments().get(2));
			return json(rows((page - 1) * 2, Math.min(page * 2, 3)));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items/page/{PAGE}?size={LIMIT}\", "
				+ "\"#maximumPageSize\": 2, " + COLUMNS + "}}")) {
			assertEquals(range(0, 3), ids(s));
			assertEquals(List.of("/items/page/1?size=2", "/items/page/2?size=2"), api.targets());
		}
	}

	@Test
	void pageNumberPaging() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int page = param(r, "page", 1);
			return json("{\"data\": " + rows((page - 1) * 2, Math.min(page * 2, 5)) + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#maximumPageSize\": 2, "
				+ "\"#pageSizeParameter\": \"per_page\", \"#pageNumberParameter\": \"page\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 5), ids(s));
			assertEquals(List.of("/items?per_page=2&page=1", "/items?per_page=2&page=2", "/items?per_page=2&page=3"),
					api.targets());
		}
	}

	@Test
	void pageNumberPagingStopsAtTotalPages() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int page = param(r, "p", 0);
			return json("{\"meta\": {\"pages\": 2}, \"data\": " + rows(page * 2, page * 2 + 2) + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#maximumPageSize\": 2, "
				+ "\"#pageNumberParameter\": \"p\", \"#firstPageNumber\": 0, \"#totalPagesElement\": \"/meta/pages\", "
				+ COLUMNS + "}}")) {
			assertEquals(range(0, 4), ids(s));
			assertEquals(List.of("/items?p=0", "/items?p=1"), api.targets());
		}
	}

	@Test
	void nextTokenInTheBody() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int at = param(r, "cursor", 0);
			String next = at + 2 < 5 ? "\"" + (at + 2) + "\"" : "null";
			return json("{\"data\": " + rows(at, Math.min(at + 2, 5)) + ", \"paging\": {\"next\": " + next + "}}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", "
				+ "\"#nextPageElement\": \"/paging/next\", \"#nextPageParameter\": \"cursor\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 5), ids(s));
			assertEquals(List.of("/items", "/items?cursor=2", "/items?cursor=4"), api.targets());
		}
	}

	@Test
	void nextUrlInTheBodyAndShortPagesDoNotStopTokenPaging() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int at = param(r, "after", 0);
			String next = at < 4 ? "\"/items?after=" + (at + 2) + "\"" : "\"\"";
			return json("{\"data\": " + rows(at, at + 1) + ", \"next\": " + next + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#maximumPageSize\": 2, "
				+ "\"#nextPageElement\": \"next\", " + COLUMNS + "}}")) {
			assertEquals(List.of(0, 2, 4), ids(s));
			assertEquals(List.of("/items", "/items?after=2", "/items?after=4"), api.targets());
		}
	}

	@Test
	void linkHeaderNext() throws Exception {
		MockApi[] self = new MockApi[1];
		try (MockApi api = new MockApi(r -> {
			int page = param(r, "page", 1);
			MockResponse.Builder b = new MockResponse.Builder().code(200).body(rows((page - 1) * 2, Math.min(page * 2,
					5)));
			if (page < 3) {
				b.addHeader("Link", "<" + self[0].base() + "/items?page=1>; rel=\"first\", <" + self[0].base()
						+ "/items?page=" + (page + 1) + ">; rel=\"next\"");
			}
			return b.build();
		})) {
			self[0] = api;
			try (RestSession s = api.session("{\"items\": {\"#path\": \"/items\", "
					+ "\"#nextPageResponseHeader\": \"Link\", " + COLUMNS + "}}")) {
				assertEquals(range(0, 5), ids(s));
				assertEquals(List.of("/items", "/items?page=2", "/items?page=3"), api.targets());
			}
		}
	}

	@Test
	void tokenInHeaders() throws Exception {
		try (MockApi api = new MockApi(r -> {
			String c = r.getHeaders().get("X-Cursor");
			int at = c == null ? 0 : Integer.parseInt(c);
			MockResponse.Builder b = new MockResponse.Builder().code(200).body(rows(at, Math.min(at + 2, 5)));
			if (at + 2 < 5) {
				b.addHeader("X-Next", Integer.toString(at + 2));
			}
			return b.build();
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#nextPageResponseHeader\": \"X-Next\", "
				+ "\"#nextPageRequestHeader\": \"X-Cursor\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 5), ids(s));
			assertEquals(List.of("/items", "/items", "/items"), api.targets());
			assertEquals(null, api.requests.get(0).getHeaders().get("X-Cursor"));
			assertEquals("2", api.requests.get(1).getHeaders().get("X-Cursor"));
			assertEquals("4", api.requests.get(2).getHeaders().get("X-Cursor"));
		}
	}

	@Test
	void hasMoreFalseStops() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "offset", 0);
			return json("{\"has_more\": " + (off + 2 < 4) + ", \"data\": " + rows(off, off + 2) + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#maximumPageSize\": 2, "
				+ "\"#rowOffsetParameter\": \"offset\", \"#hasMoreElement\": \"/has_more\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 4), ids(s));
			assertEquals(List.of("/items?offset=0", "/items?offset=2"), api.targets());
		}
	}

	@Test
	void totalRowsReachedStops() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "skip", 0);
			return json("{\"total\": 3, \"data\": " + rows(off, off + 2) + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#rowOffsetParameter\": \"skip\", "
				+ "\"#totalRowsElement\": \"total\", " + COLUMNS + "}}")) {
			ids(s);
			assertEquals(List.of("/items?skip=0", "/items?skip=2"), api.targets(),
					"no page size known: the offset advances by the rows received");
		}
	}

	@Test
	void serverRepeatingItsLastPageDoesNotLoop() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int page = param(r, "page", 1);
			int p = Math.min(page, 2);
			return json("{\"page\": " + page + ", \"data\": " + rows((p - 1) * 2, p * 2) + "}");
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items /data\", \"#maximumPageSize\": 2, "
				+ "\"#pageNumberParameter\": \"page\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 4), ids(s));
			assertEquals(List.of("/items?page=1", "/items?page=2", "/items?page=3"), api.targets(),
					"page 3 repeats page 2's rows (only its page number differs): dropped, paging ends");
		}
	}

	@Test
	void statementCallLimit() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "offset", 0);
			return json(rows(off, off + 2));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, "
				+ "\"#rowOffsetParameter\": \"offset\", " + COLUMNS + "}}", "StmtCallLimit", "3")) {
			QueryStatement st = s.prepare("SELECT id FROM items");
			try (ResultCursor c = st.execute()) {
				assertEquals(6, MockApi.rows(c).size());
				assertTrue(c.stats().callLimitReached());
				assertEquals(3, c.stats().httpCalls());
			}
			assertEquals(3, api.targets().size());
		}
	}

	@Test
	void fetchSizeOverridesThePageSizeButNotTheMaximum() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "offset", 0);
			int lim = param(r, "limit", 100);
			return json(rows(off, Math.min(off + lim, 3)));
		}); RestSession s = api.session("{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, "
				+ "\"#pageSizeParameter\": \"limit\", \"#rowOffsetParameter\": \"offset\", " + COLUMNS + "}}",
				"WSFetchSize", "1"); RestSession big = api.session("{\"items\": {\"#path\": \"/items\", "
						+ "\"#maximumPageSize\": 2, \"#pageSizeParameter\": \"limit\", \"#rowOffsetParameter\": \"offset\", "
						+ COLUMNS + "}}", "WSFetchSize", "50")) {
			assertEquals(range(0, 3), ids(s));
			assertEquals(List.of("/items?limit=1&offset=0", "/items?limit=1&offset=1", "/items?limit=1&offset=2",
					"/items?limit=1&offset=3"), api.targets());
			api.requests.clear();
			assertEquals(range(0, 3), ids(big));
			assertTrue(api.targets().get(0).startsWith("/items?limit=2"), api.targets().toString());
		}
	}

	@Test
	void noPagingKeysMeansOneRequest() throws Exception {
		try (MockApi api = new MockApi(r -> json(rows(0, 3))); RestSession s = api.session(
				"{\"items\": {\"#path\": \"/items\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 3), ids(s));
			assertEquals(List.of("/items"), api.targets());
			assertFalse(s.prepare("SELECT id FROM items").execute().stats().callLimitReached());
		}
	}

	@Test
	void globalPagingDefaultsApplyToEveryTable() throws Exception {
		try (MockApi api = new MockApi(r -> {
			int off = param(r, "o", 0);
			return json(rows(off, Math.min(off + 2, 3)));
		}); RestSession s = api.session("{\"#maximumPageSize\": 2, \"#rowOffsetParameter\": \"o\", "
				+ "\"items\": {\"#path\": \"/items\", " + COLUMNS + "}}")) {
			assertEquals(range(0, 3), ids(s));
			assertEquals(List.of("/items?o=0", "/items?o=2"), api.targets());
		}
	}
}
