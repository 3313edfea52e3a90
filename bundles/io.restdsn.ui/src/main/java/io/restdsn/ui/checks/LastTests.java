package io.restdsn.ui.checks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;

/**
 * The last connection-test result of each DSN, in memory for the session, for the Data Sources view's "Last test"
 * column. A canceled test proves nothing and is not recorded.
 * <p>
 * Each entry remembers the DSN's non-secret options as tested, so that a DSN changed since (in the editor, or by
 * another program) can be told apart from the one that was tested. Secrets are never kept here.
 * <p>
 * Thread-safe; listeners are called on the thread that made the change.
 */
public final class LastTests {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

	/**
	 * One recorded result.
	 *
	 * @param failedStage id of the first failed stage ({@code token}), empty when passed
	 * @param summary     one line: the first failure with what to change, or empty
	 */
	public record Entry(String name, Instant at, boolean passed, String failedStage, String summary,
			Map<String, String> fingerprint) {

		/** What the view shows, e.g. "passed 14:02" or "failed: token" (short: the column is narrow). */
		public String label() {
			return passed ? Messages.bind(Messages.LastTest_passed, time()) : Messages.bind(Messages.LastTest_failed, failedStage);
		}

		/** When, e.g. "14:02". */
		public String time() {
			return CLOCK.format(at);
		}

		/** The longer story for a tooltip: when, and for a failure what to change. */
		public String description() {
			return passed ? Messages.bind(Messages.LastTest_passedAt, time())
					: Messages.bind(Messages.LastTest_failedAt, time(), summary);
		}

		/** Whether {@code dsn} has other (non-secret) options than the DSN that was tested. */
		public boolean changedSince(Dsn dsn) {
			return !fingerprint.equals(fingerprintOf(dsn));
		}
	}

	private final Map<String, Entry> byName = new HashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private static String key(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	/** Records the result of testing {@code dsn} (under its name); canceled results are ignored. */
	public void record(Dsn dsn, CheckResult result) {
		if (result.canceled() || dsn.name().isBlank()) {
			return;
		}
		Entry e = new Entry(dsn.name(), Instant.now(), result.passed(),
				result.failedStage().map(CheckResult.Stage::id).orElse(""), result.firstFailure(), fingerprintOf(dsn));
		synchronized (this) {
			byName.put(key(dsn.name()), e);
		}
		changed();
	}

	public synchronized Optional<Entry> get(String name) {
		return Optional.ofNullable(byName.get(key(name)));
	}

	/** The DSN was renamed: its result goes with it. */
	public void rename(String oldName, String newName) {
		synchronized (this) {
			Entry e = byName.remove(key(oldName));
			if (e == null) {
				return;
			}
			byName.put(key(newName), new Entry(newName, e.at(), e.passed(), e.failedStage(), e.summary(),
					e.fingerprint()));
		}
		changed();
	}

	/** The DSN was deleted, or changed in a way the result does not describe. */
	public void forget(String name) {
		boolean had;
		synchronized (this) {
			had = byName.remove(key(name)) != null;
		}
		if (had) {
			changed();
		}
	}

	/** Forgets every result (tests start from a clean session with it). */
	public void clear() {
		synchronized (this) {
			byName.clear();
		}
		changed();
	}

	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	/** Non-secret options, keys folded, order ignored: what odbc.ini would hold for the DSN. */
	static Map<String, String> fingerprintOf(Dsn dsn) {
		OptionCatalog catalog = OptionCatalog.standard();
		Map<String, String> m = new TreeMap<>();
		for (Dsn.Option o : dsn.options()) {
			if (!catalog.isSecret(o.key())) {
				m.put(o.key().trim().toLowerCase(Locale.ROOT), o.value());
			}
		}
		return Map.copyOf(m);
	}
}
