package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.restdsn.ui.query.QueryEditor;
import io.restdsn.ui.tests.pages.QueryEditorPage;

/**
 * Instrumented: the UI thread stays responsive while a large result streams into the grid.
 * <p>
 * A probe re-arms {@code Display.timerExec} every {@value #PROBE_MS} ms on the UI thread and records how late each
 * tick runs; a tick late by more than 100 ms means the UI thread was blocked that long (a user would see a frozen
 * window). The demo's events table (120,000 rows, 120 pages of next-token paging) streams through the real engine
 * and HTTP stack; a cross join of it in the local SQL engine gives 1,080,000 rows. Also measured: the time to the
 * first page (the engine's {@code execute()} returns once the first page is parsed, or once H2 has the result)
 * versus the time until the grid first painted rows. Figures are printed as {@code QUERY-BENCH:}.
 * <p>
 * The JVM runs with ZGC as the product does: with G1 (even with a 50 ms pause target) young collections while a
 * million rows were kept took up to 240 ms here, a pause of every thread including the UI's.
 * <p>
 * Besides the wall-clock lateness of each tick (what a user sees), the probe measures what the UI thread did between
 * two ticks: the CPU it used and the time it was blocked on a monitor or waiting (wait, park, join). Both, and the
 * wall-clock lateness, are held to the limit without exception. What made that possible on two cores: the reader
 * runs at a lower priority (nice 10), and rows that land below the visible part are taken in every 500 ms instead of
 * repainting the grid ten times a second. On a loaded machine (another build beside this one) a tick may also wait
 * for a free processor; when a tick is 40 ms late the probe prints where the UI thread was.
 */
// A benchmark, not a unit test: its figures depend on what else the machine does, so it runs only from
// ./run-benchmarks (RESTDSN_UI_BENCH=true), never in ./run-tests.
@EnabledIfEnvironmentVariable(named = "RESTDSN_UI_BENCH", matches = "true")
class QueryStreamingTest extends UiTestBase {

	private static final int PROBE_MS = 10;
	private static final long BLOCKED_LIMIT_MS = 100;

	/**
	 * The UI-thread probe: how late each timer tick runs (wall clock: the user's view), and how much CPU the UI thread
	 * itself used between two ticks (our work on it). A late tick with little UI-thread CPU means the thread was not
	 * busy but waiting: for a processor (other processes on a loaded machine) or a GC pause.
	 */
	private static final class Probe implements Runnable {
		private final Display display;
		private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
				.getThreadMXBean();
		private final long uiThread = Thread.currentThread().getId();
		private volatile long expected;
		private long startNanos;
		private final Thread ui = Thread.currentThread();
		private volatile String whereWhenLate;
		private Thread watchdog;
		private long lastCpu;
		private long lastWaits;
		private volatile boolean stop;
		long maxLateMs;
		long maxBusyMs;
		long maxLockedMs;
		int ticks;
		int lateOver50;
		final java.util.List<Long> late = new java.util.ArrayList<>();

		Probe(Display display) {
			this.display = display;
		}

		/** Milliseconds the UI thread spent blocked on monitors or waiting (wait/park/join) so far. */
		private long waits() {
			java.lang.management.ThreadInfo i = threads.getThreadInfo(uiThread);
			return Math.max(0, i.getBlockedTime()) + Math.max(0, i.getWaitedTime());
		}

		void start() {
			if (threads.isThreadContentionMonitoringSupported()) {
				threads.setThreadContentionMonitoringEnabled(true);
			}
			lastWaits = waits();
			lastCpu = threads.getCurrentThreadCpuTime();
			startNanos = System.nanoTime();
			// where the UI thread is when a tick is 40 ms overdue: printed with the late tick, to tell our code from
			// the toolkit or the X server
			watchdog = new Thread(() -> {
				long sampledFor = 0;
				while (!stop) {
					long e = expected;
					if (e != sampledFor && System.nanoTime() - e > 40_000_000L) {
						sampledFor = e;
						StringBuilder sb = new StringBuilder();
						StackTraceElement[] st = ui.getStackTrace();
						for (int i = 0; i < Math.min(14, st.length); i++) {
							sb.append("\n      at ").append(st[i]);
						}
						whereWhenLate = sb.toString();
					}
					try {
						Thread.sleep(2);
					} catch (InterruptedException x) {
						return;
					}
				}
			}, "ui-probe-watchdog");
			watchdog.setDaemon(true);
			watchdog.start();
			System.out.println("QUERY-BENCH: probe started at JVM uptime "
					+ java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
			expected = startNanos + PROBE_MS * 1_000_000L;
			display.timerExec(PROBE_MS, this);
		}

		@Override
		public void run() {
			if (stop) {
				return; // the last tick, armed before the measurement ended
			}
			long now = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			long lateMs = Math.max(0, (now - expected) / 1_000_000);
			long busyMs = (cpu - lastCpu) / 1_000_000;
			long w = waits();
			long lockedMs = w - lastWaits;
			maxLateMs = Math.max(maxLateMs, lateMs);
			maxBusyMs = Math.max(maxBusyMs, busyMs);
			maxLockedMs = Math.max(maxLockedMs, lockedMs);
			late.add(lateMs);
			if (lateMs > 50) {
				lateOver50++;
				System.out.println("QUERY-BENCH: at " + (now - startNanos) / 1_000_000 + " ms the UI thread was late by "
						+ lateMs + " ms, of which it ran " + busyMs
						+ " ms and waited on locks " + lockedMs + " ms (the rest: no processor free, or a JVM pause)"
						+ (whereWhenLate == null ? "" : "; 40 ms late it was here:" + whereWhenLate));
			}
			ticks++;
			whereWhenLate = null;
			if (!stop) {
				lastWaits = waits();
				lastCpu = threads.getCurrentThreadCpuTime();
				expected = System.nanoTime() + PROBE_MS * 1_000_000L;
				display.timerExec(PROBE_MS, this);
			}
		}

		long percentile(double p) {
			java.util.List<Long> sorted = new java.util.ArrayList<>(late);
			java.util.Collections.sort(sorted);
			return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
		}
	}

	@AfterEach
	void closeQueryWindows() {
		workbench.window().getActivePage().closeAllEditors(false);
		driver.joinJobs(QueryEditor.JOB_FAMILY);
	}

	private QueryEditorPage openDemo(String name) throws Exception {
		Path model = demo().writeModelFile(dir.resolve("demo.rest"));
		store().save(null, demo().dsn(name, model));
		dataSources().select(name);
		workbench.runCommand("io.restdsn.ui.newQuery");
		return QueryEditorPage.active(driver, workbench).schemaLoaded();
	}

	/** Runs the statement under the probe, scrolls to the last row, prints and checks the figures. */
	private QueryEditor.Timings measure(QueryEditorPage q, String label, String sql, int expectedRows,
			Duration timeout) {
		q.type(sql);
		Probe probe = new Probe(driver.display());
		probe.start();
		q.pressRun();
		driver.waitUntil(expectedRows + " rows", () -> !q.editor().isRunning(), timeout);
		// keep probing while the grid jumps to the end, as a user dragging the scroll bar would
		q.grid().reveal(q.grid().rowCount() - 1, 0);
		driver.processEvents();
		q.grid().reveal(q.grid().rowCount() / 2, 0);
		driver.processEvents();
		probe.stop = true;
		driver.processEvents();

		QueryEditor.Timings t = q.editor().lastTimings();
		assertEquals(expectedRows, q.grid().rowCount(), q.status());
		String figures = String.format(Locale.ROOT,
				"%s: rows=%d total=%d ms first-page-received=%d ms first-row-read=%d ms first-rows-visible=%d ms "
						+ "ui-probe: ticks=%d late max=%d ms p99=%d ms >50ms=%d, ui-thread between ticks: running max=%d ms "
						+ "waiting-on-locks max=%d ms (limit %d ms) http-calls=%d path=%s",
				label, t.rows(), t.totalMs(), t.firstPageMs(), t.firstRowMs(), t.firstVisibleMs(), probe.ticks,
				probe.maxLateMs, probe.percentile(0.99), probe.lateOver50, probe.maxBusyMs, probe.maxLockedMs,
				BLOCKED_LIMIT_MS,
				q.editor().lastStats().httpCalls(), q.editor().lastStats().executionPath());
		System.out.println("QUERY-BENCH: " + figures);
		assertTrue(t.firstVisibleMs() >= 0, "rows were painted: " + figures);
		assertTrue(probe.ticks > 10, figures);
		// what our code controls: the UI thread never computes, nor waits for a lock, longer than the limit
		assertTrue(probe.maxBusyMs <= BLOCKED_LIMIT_MS, "work on the UI thread blocked it: " + figures);
		assertTrue(probe.maxLockedMs <= BLOCKED_LIMIT_MS, "the UI thread waited for a lock: " + figures);
		// what the user sees: every tick within the limit (run it on an otherwise idle machine: another build on the
		// same two cores makes ticks wait for a processor, which no code in this process can prevent)
		assertTrue(probe.maxLateMs <= BLOCKED_LIMIT_MS, "the UI thread was blocked: " + figures);
		assertTrue(t.firstVisibleMs() - t.firstPageMs() < 500, "rows show as soon as they are read: " + figures);
		return t;
	}

	@Test
	void theUiThreadIsNeverBlockedWhileALargeResultStreamsIn() throws Exception {
		QueryEditorPage q = openDemo("Demo Stream");
		// warm-up: class loading and JIT of the path, as a user's second query would have
		q.type("SELECT * FROM EVENTS LIMIT 2000").pressRun().finished();
		QueryEditor.Timings t = measure(q, "events streamed", "SELECT * FROM EVENTS", 120_000, Duration.ofSeconds(120));
		// 120 pages arrive within a second or so: the first must be on screen well before the last is read
		assertTrue(t.firstVisibleMs() < t.totalMs() / 2, "the first page shows long before the last arrives");
	}

	@Test
	void aMillionRowsFromTheLocalSqlEngine() throws Exception {
		QueryEditorPage q = openDemo("Demo Million");
		q.type("SELECT * FROM EVENTS LIMIT 2000").pressRun().finished();
		// the 120,000 events joined with 9 numbers: 1,080,000 rows out of H2, read lazily into the grid
		measure(q, "a million rows", "SELECT E.ID, E.TYPE, E.AT, E.AMOUNT, N.X FROM EVENTS E CROSS JOIN "
				+ "SYSTEM_RANGE(1, 9) N", 1_080_000, Duration.ofSeconds(300));
	}
}
