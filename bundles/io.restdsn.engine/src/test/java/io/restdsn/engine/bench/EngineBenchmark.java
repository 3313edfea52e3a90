package io.restdsn.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineOptions;
import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.RestEngine;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.StatementStats;
import io.restdsn.engine.model.ModelReader;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Engine throughput against its floor. Not a unit test: run it by hand (see the class comment of the report or
 * below) with {@code -Xmx1g}.
 * <p>
 * A JDK HTTP server on 127.0.0.1 generates {@code rows} JSON rows of ten columns on the fly, in pages of 1,000
 * (offset paging; the page after the last is empty). In one JVM it measures:
 * <ol>
 * <li>the floor: the same pages fetched with OkHttp and parsed with Jackson's streaming parser, every scalar
 * decoded (text or number), nothing stored;</li>
 * <li>the engine streaming every row of {@code SELECT * FROM t} through the cursor into a null sink;</li>
 * <li>the engine answering {@code SELECT COUNT(*), AVG(x) FROM t};</li>
 * <li>for honesty, a query that must go through H2 ({@code GROUP BY}): all rows loaded into the local
 * database.</li>
 * </ol>
 * and for each phase the peak heap (sum of the heap pools' peak usage, reset before the phase: includes garbage),
 * the largest heap occupancy right after a GC (the live set), GC count and time. The page cache is off so every
 * phase fetches every page. The three fast phases run {@code rounds} times, interleaved, after a warm-up; the
 * medians are reported, because a shared machine is noisy.
 * <p>
 * Run it with {@code ./run-benchmarks [rows [rounds]]} from the repository root (through surefire, with -Xmx1g).
 * Defaults: 1,000,000 rows, 3 rounds.
 */
public final class EngineBenchmark {

	private static final int PAGE = 1000;
	private static final String[] CATEGORIES = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
			"hotel" };
	private static final String MODEL = """
			{"t": {"#path": "/rows /data", "#maximumPageSize": 1000, "#pageSizeParameter": "limit",
			  "#rowOffsetParameter": "offset",
			  "id": "Integer,#key", "code": "VarChar(12)", "name": "VarChar(16)", "x": "Double", "qty": "Integer",
			  "big": "BigInt", "flag": "Boolean", "created": "Timestamp(0)", "day": "Date", "category": "VarChar(10)"}}
			""";

	private static volatile Object sink;

	private EngineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		HttpServer server = server(rows);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build();
		AfterGc afterGc = new AfterGc();
		try {
			System.out.printf(Locale.ROOT, "EngineBenchmark: %,d rows x 10 columns, pages of %,d, max heap %,d MB, "
					+ "%d rounds (median reported), %d CPUs%n", rows, PAGE, Runtime.getRuntime().maxMemory() >> 20,
					rounds, Runtime.getRuntime().availableProcessors());
			int warm = Math.min(rows, 200_000);
			for (int i = 0; i < 2; i++) {
				floor(client, base, warm, afterGc);
				engine(client, base, "SELECT * FROM t", warm, true, afterGc);
				engine(client, base, "SELECT COUNT(*), AVG(x) FROM t", warm, false, afterGc);
			}
			engine(client, base, "SELECT category, COUNT(*) FROM t GROUP BY category", Math.min(rows, 20_000), false,
					afterGc);
			List<Phase> floors = new ArrayList<>();
			List<Phase> streams = new ArrayList<>();
			List<Phase> aggs = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				floors.add(floor(client, base, rows, afterGc));
				streams.add(engine(client, base, "SELECT * FROM t", rows, true, afterGc));
				aggs.add(engine(client, base, "SELECT COUNT(*), AVG(x) FROM t", rows, false, afterGc));
				System.out.printf(Locale.ROOT, "  round %d: floor %,d ms, SELECT * %,d ms, COUNT/AVG %,d ms%n", r + 1,
						floors.get(r).millis, streams.get(r).millis, aggs.get(r).millis);
			}
			Phase grouped = engine(client, base, "SELECT category, COUNT(*), AVG(x) FROM t GROUP BY category", rows,
					false, afterGc);
			if (rounds < 1) {
				return;
			}
			Phase floor = median(floors);
			Phase stream = median(streams);
			Phase agg = median(aggs);
			List<String[]> table = new ArrayList<>();
			table.add(floor.row("floor: OkHttp + Jackson streaming, nothing stored", floor));
			table.add(stream.row("engine: SELECT * FROM t, every value through the cursor", floor));
			table.add(agg.row("engine: SELECT COUNT(*), AVG(x) FROM t", floor));
			table.add(grouped.row("engine via H2 temp file: SELECT category, COUNT(*), AVG(x) ... GROUP BY (1 run)",
					floor));
			print(table);
			System.out.println();
			System.out.println("answers: COUNT/AVG = " + agg.answer + "; streamed rows = " + stream.answer
					+ "; groups = " + grouped.answer);
			System.out.println("execution paths: " + stream.path + ", " + agg.path + ", " + grouped.path);
			System.out.println("peak heap = sum of the heap pools' peaks during the phase (includes garbage not yet"
					+ " collected); after GC = largest heap occupancy right after any collection (young collections"
					+ " leave old garbage, so an upper bound of the live set); live at end = heap after a full GC at the"
					+ " end of the phase, session still open");
		} finally {
			server.stop(0);
			client.dispatcher().executorService().shutdown();
			client.connectionPool().evictAll();
		}
	}

	private static Phase median(List<Phase> phases) {
		List<Phase> sorted = new ArrayList<>(phases);
		sorted.sort(java.util.Comparator.comparingLong(p -> p.millis));
		return sorted.get(sorted.size() / 2);
	}

	/** Largest heap occupancy right after any GC since {@link #reset()}: the live set, not garbage. */
	private static final class AfterGc {
		private volatile long max;

		AfterGc() {
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				if (gc instanceof javax.management.NotificationEmitter emitter) {
					emitter.addNotificationListener((n, handback) -> {
						if (n.getType().equals(
								com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
							com.sun.management.GarbageCollectionNotificationInfo info =
									com.sun.management.GarbageCollectionNotificationInfo.from(
											(javax.management.openmbean.CompositeData) n.getUserData());
							long used = 0;
							for (java.lang.management.MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc()
									.values()) {
								used += u.getUsed();
							}
							// non-heap pools (metaspace, code cache) are in the map too: subtract them
							long nonHeap = 0;
							for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
								if (p.getType() == MemoryType.NON_HEAP) {
									java.lang.management.MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc()
											.get(p.getName());
									nonHeap += u == null ? 0 : u.getUsed();
								}
							}
							max = Math.max(max, used - nonHeap);
						}
					}, null, null);
				}
			}
		}

		void reset() {
			max = 0;
		}

		long max() {
			return max;
		}
	}

	/** Measured result of one phase. */
	private static final class Phase {
		long millis;
		long peakHeap;
		long afterGc;
		long retained;
		long gcCount;
		long gcMillis;
		long requests;
		String answer = "";
		String path = "";

		String[] row(String name, Phase floor) {
			return new String[] { name, String.format(Locale.ROOT, "%,d", millis), String.format(Locale.ROOT, "%.2f",
					(double) millis / floor.millis), String.format(Locale.ROOT, "%,d", peakHeap >> 20), String.format(Locale.ROOT, "%,d",
							afterGc >> 20), String.format(Locale.ROOT, "%,d", retained >> 20), String.format(
							Locale.ROOT, "%d / %,d", gcCount, gcMillis), String.format(Locale.ROOT, "%,d", requests) };
		}
	}

	private static Phase floor(OkHttpClient client, String base, int rows, AfterGc afterGc) throws IOException {
		JsonFactory json = new JsonFactory();
		Meter m = Meter.start(afterGc);
		long values = 0;
		long requests = 0;
		for (int offset = 0;; offset += PAGE) {
			Request req = new Request.Builder().url(base + "/rows?limit=" + PAGE + "&offset=" + offset + "&max=" + rows)
					.build();
			requests++;
			int pageRows = 0;
			try (Response r = client.newCall(req).execute(); InputStream in = r.body().byteStream();
					JsonParser p = json.createParser(in)) {
				JsonToken t;
				while ((t = p.nextToken()) != null) {
					switch (t) {
						case VALUE_STRING -> sink = p.getText();
						case VALUE_NUMBER_INT -> values += p.getLongValue();
						case VALUE_NUMBER_FLOAT -> values += (long) p.getDoubleValue();
						case START_OBJECT -> pageRows++;
						default -> {
						}
					}
				}
			}
			if (pageRows <= 1) {
				break; // only the wrapper object: the empty page after the last
			}
		}
		sink = values;
		Phase phase = m.stop();
		phase.retained = liveHeap();
		phase.requests = requests;
		return phase;
	}

	private static Phase engine(OkHttpClient client, String base, String sql, int rows, boolean readAll,
			AfterGc afterGc) {
		Dsn dsn = Dsn.empty("bench").with("HostName", base);
		String model = MODEL.replace("/rows /data", "/rows?max=" + rows + " /data");
		EngineOptions opts = EngineOptions.defaults().withCacheTtl(Duration.ZERO).withModel(ModelReader.read(model));
		Meter m = Meter.start(afterGc);
		Phase phase;
		try (RestSession s = RestEngine.open(dsn, client, opts)) {
			QueryStatement st = s.prepare(sql);
			long count = 0;
			StringBuilder answer = new StringBuilder();
			try (ResultCursor c = st.execute()) {
				int n = c.columnCount();
				while (c.next()) {
					count++;
					for (int i = 0; i < n; i++) {
						Object v = c.getObject(i);
						sink = v;
						if (!readAll && answer.length() < 200) {
							answer.append(i == 0 && answer.length() > 0 ? "; " : i > 0 ? " " : "").append(v);
						}
					}
				}
			}
			phase = m.stop();
			phase.retained = liveHeap(); // session still open: its H2 database and caches count
			StatementStats stats = st.stats();
			phase.requests = stats.httpCalls();
			phase.path = stats.executionPath();
			phase.answer = readAll ? String.format(Locale.ROOT, "%,d", count) : answer.toString().trim();
		}
		return phase;
	}

	/** Heap in use after a full collection. */
	private static long liveHeap() {
		System.gc();
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	/** Wall time, heap peak (pools reset at start), GC count and time of one phase. */
	private static final class Meter {
		long t0;
		long gc0;
		long gcTime0;
		AfterGc afterGc;

		static Meter start(AfterGc afterGc) {
			System.gc();
			Meter m = new Meter();
			m.afterGc = afterGc;
			afterGc.reset();
			for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
				p.resetPeakUsage();
			}
			for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
				m.gc0 += g.getCollectionCount();
				m.gcTime0 += g.getCollectionTime();
			}
			m.t0 = System.nanoTime();
			return m;
		}

		Phase stop() {
			Phase p = new Phase();
			p.millis = (System.nanoTime() - t0) / 1_000_000;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					p.peakHeap += pool.getPeakUsage().getUsed();
				}
			}
			for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
				p.gcCount += g.getCollectionCount();
				p.gcMillis += g.getCollectionTime();
			}
			p.gcCount -= gc0;
			p.gcMillis -= gcTime0;
			p.afterGc = afterGc.max();
			return p;
		}
	}

	private static void print(List<String[]> rows) {
		String[] head = { "phase", "ms", "x floor", "peak heap MB", "after GC MB", "live at end MB", "GCs / GC ms", "HTTP calls" };
		int[] w = new int[head.length];
		for (int i = 0; i < head.length; i++) {
			w[i] = head[i].length();
			for (String[] r : rows) {
				w[i] = Math.max(w[i], r[i].length());
			}
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < head.length; i++) {
			line.append(i == 0 ? "+" : "").append("-".repeat(w[i] + 2)).append('+');
		}
		System.out.println(line);
		System.out.println(format(head, w));
		System.out.println(line);
		for (String[] r : rows) {
			System.out.println(format(r, w));
		}
		System.out.println(line);
	}

	private static String format(String[] r, int[] w) {
		StringBuilder b = new StringBuilder("|");
		for (int i = 0; i < r.length; i++) {
			String cell = i == 0 ? String.format("%-" + w[i] + "s", r[i]) : String.format("%" + w[i] + "s", r[i]);
			b.append(' ').append(cell).append(" |");
		}
		return b.toString();
	}

	// ---- the data service ----

	private static HttpServer server(int rows) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "bench-server");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(pool);
		server.createContext("/rows", ex -> serve(ex, rows));
		server.start();
		return server;
	}

	private static void serve(HttpExchange ex, int rows) throws IOException {
		String q = ex.getRequestURI().getRawQuery();
		int offset = param(q, "offset", 0);
		int limit = param(q, "limit", PAGE);
		int max = param(q, "max", rows);
		byte[] body = page(offset, Math.min(offset + limit, max)).getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().add("Content-Type", "application/json");
		ex.sendResponseHeaders(200, body.length);
		try (OutputStream out = ex.getResponseBody()) {
			out.write(body);
		}
	}

	private static int param(String query, String name, int dflt) {
		if (query == null) {
			return dflt;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return Integer.parseInt(pair.substring(name.length() + 1));
			}
		}
		return dflt;
	}

	static String page(int from, int to) {
		StringBuilder b = new StringBuilder(Math.max(64, (to - from) * 230));
		b.append("{\"total\": null, \"data\": [");
		for (int i = from; i < to; i++) {
			if (i > from) {
				b.append(',');
			}
			int day = 1 + i % 28;
			String dd = day < 10 ? "0" + day : Integer.toString(day);
			b.append("{\"id\":").append(i)
					.append(",\"code\":\"C-").append(1_000_000 + i)
					.append("\",\"name\":\"name ").append(i % 997)
					.append("\",\"x\":").append((i % 1000) * 0.5 + 0.25)
					.append(",\"qty\":").append(i % 100)
					.append(",\"big\":").append(i * 1_000_003L)
					.append(",\"flag\":").append(i % 3 == 0)
					.append(",\"created\":\"2024-01-").append(dd).append("T10:").append(dd).append(":00Z\"")
					.append(",\"day\":\"2024-02-").append(dd).append('"')
					.append(",\"category\":\"").append(CATEGORIES[i % CATEGORIES.length]).append("\"}");
		}
		return b.append("]}").toString();
	}
}
