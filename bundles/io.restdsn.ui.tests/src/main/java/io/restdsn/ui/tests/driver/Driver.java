package io.restdsn.ui.tests.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The in-house widget driver for UI tests (SWTBot cannot be fetched for our build).
 * <p>
 * Runs on the UI thread of the real workbench (tycho-surefire {@code useUIThread}). Widgets are found by the id
 * the product sets with {@code setData("id", …)}; input goes through real SWT events ({@code notifyListeners}), so
 * listeners, validators and data binding react as they do for a user; waiting spins the event loop, so jobs that
 * {@code asyncExec} back to the UI get to run. Page objects (package {@code pages}) build on this; tests should
 * not touch widgets directly.
 */
public final class Driver {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private final Display display;

	public Driver() {
		this.display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("the driver must run on the UI thread (useUIThread=true)");
		}
	}

	public Display display() {
		return display;
	}

	/** All controls below {@code root} (inclusive) matching the predicate, in tree order. */
	public static List<Control> findAll(Control root, Predicate<Control> p) {
		List<Control> found = new ArrayList<>();
		collect(root, p, found);
		return found;
	}

	private static void collect(Control c, Predicate<Control> p, List<Control> found) {
		if (c.isDisposed()) {
			return;
		}
		if (p.test(c)) {
			found.add(c);
		}
		if (c instanceof Composite comp) {
			for (Control child : comp.getChildren()) {
				collect(child, p, found);
			}
		}
	}

	/** The control with {@code id} below any open shell, waiting until it exists. */
	public <T extends Control> T byId(String id, Class<T> type) {
		Control[] holder = new Control[1];
		waitUntil("control '" + id + "' to appear", () -> {
			for (Shell shell : display.getShells()) {
				List<Control> hits = findAll(shell, c -> id.equals(c.getData("id")));
				if (!hits.isEmpty()) {
					holder[0] = hits.get(0);
					return true;
				}
			}
			return false;
		});
		return type.cast(holder[0]);
	}

	/** Types into a text field as a user would: focus, set text, Modify event, then default selection if asked. */
	public void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
		processEvents();
	}

	public void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("button '" + button.getText() + "' is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection() || (button.getStyle() & SWT.RADIO) != 0);
		}
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Runs the event loop until nothing is pending. */
	public void processEvents() {
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Spins the event loop until the condition holds, failing with a readable message after the timeout. */
	public void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, DEFAULT_TIMEOUT);
	}

	public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wake up */ });
				display.sleep();
			}
		}
	}

	/** Waits until no job of the family is running or scheduled, then lets their asyncExecs run. */
	public void joinJobs(Object family) {
		waitUntil("jobs of " + family + " to finish", () -> Job.getJobManager().find(family).length == 0);
		processEvents();
	}

	public static void require(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(Objects.requireNonNull(message));
		}
	}
}
