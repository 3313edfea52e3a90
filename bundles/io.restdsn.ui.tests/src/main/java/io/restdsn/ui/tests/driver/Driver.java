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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.custom.StyledText;

/**
 * The in-house widget driver for UI tests (SWTBot cannot be fetched for our build).
 * <p>
 * Runs on the UI thread of the real workbench (tycho-surefire {@code useUIThread}). Widgets are found by the id
 * the product sets with {@code setData("id", …)}; input goes through real SWT events ({@code notifyListeners}), so
 * listeners, validators and data binding react as they do for a user; waiting spins the event loop, so jobs that
 * {@code asyncExec} back to the UI get to run. Page objects (package {@code pages}) build on this; tests should
 * not touch widgets directly.
 * <p>
 * Modal dialogs: the product opens its editor and wizard without blocking, so a test keeps control and drives them
 * like any shell. Dialogs that do block (confirmations, input dialogs) run their own event loop inside the call
 * that opened them; {@link #whenShellOpens} answers them from inside that loop.
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

	/**
	 * The control with {@code id} below any open shell, waiting until it exists. When several controls carry the id
	 * (a field on more than one stacked panel), the visible one wins, as it would for a user.
	 */
	public <T extends Control> T byId(String id, Class<T> type) {
		return byId(null, id, type);
	}

	/** As {@link #byId(String, Class)}, below one shell only ({@code null}: any). */
	public <T extends Control> T byId(Shell scope, String id, Class<T> type) {
		Control[] holder = new Control[1];
		waitUntil("control '" + id + "' to appear", () -> {
			Control fallback = null;
			for (Shell shell : scope != null ? new Shell[] { scope } : display.getShells()) {
				for (Control c : findAll(shell, c -> id.equals(c.getData("id")))) {
					if (c.isVisible()) {
						holder[0] = c;
						return true;
					}
					fallback = fallback == null ? c : fallback;
				}
			}
			holder[0] = fallback;
			return fallback != null;
		});
		return type.cast(holder[0]);
	}

	/** The open shell whose window title is {@code title}, waiting until there is one. */
	public Shell shell(String title) {
		Shell[] holder = new Shell[1];
		waitUntil("a window titled '" + title + "'", () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					holder[0] = s;
					return true;
				}
			}
			return false;
		});
		return holder[0];
	}

	/** The open shell whose {@code id} data is {@code id}, waiting until there is one. */
	public Shell shellById(String id) {
		Shell[] holder = new Shell[1];
		waitUntil("a window with id '" + id + "'", () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && id.equals(s.getData("id"))) {
					holder[0] = s;
					return true;
				}
			}
			return false;
		});
		return holder[0];
	}

	/**
	 * Arranges for {@code answer} to run on the next shell titled {@code title} as soon as it opens, from inside the
	 * event loop of whatever blocking call opened it (MessageDialog.open, InputDialog.open…). Call it before the
	 * action that opens the dialog. Gives up after the default timeout; {@link #answered} tells whether it ran.
	 */
	public Answer whenShellOpens(String title, java.util.function.Consumer<Shell> answer) {
		Answer a = new Answer(title);
		long end = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					a.done = true;
					answer.accept(s);
					return;
				}
			}
			if (System.nanoTime() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return a;
	}

	/** Whether a {@link #whenShellOpens} answer ran. */
	public static final class Answer {
		private final String title;
		private volatile boolean done;

		Answer(String title) {
			this.title = title;
		}

		public boolean answered() {
			return done;
		}

		public void requireAnswered() {
			require(done, "no window titled '" + title + "' opened");
		}
	}

	/** Clicks the push button labelled {@code label} (mnemonic ignored) in a shell, e.g. a dialog's "Delete". */
	public void clickButton(Shell shell, String label) {
		List<Control> hits = findAll(shell, c -> c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0
				&& b.getText().replace("&", "").equals(label));
		require(!hits.isEmpty(), "no button '" + label + "' in window '" + shell.getText() + "'");
		click((Button) hits.get(0));
	}

	/** Closes every shell but the workbench window's, e.g. dialogs a failed test left open. */
	public void closeDialogs(Shell keep) {
		for (Shell s : display.getShells()) {
			if (s != keep && !s.isDisposed() && s.getParent() != null) {
				s.close();
				if (!s.isDisposed()) {
					s.dispose();
				}
			}
		}
		processEvents();
	}

	/** Types into a text field as a user would: focus, set text, Modify event, then default selection if asked. */
	public void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
		processEvents();
	}

	/**
	 * Clicks a button as a user would. A radio button deselects its selected siblings first, each getting its own
	 * Selection event (as SWT does for a real click), so observers of either button see the change.
	 */
	/** Types into an editable combo (text, then Modify), as typing a name the list does not offer does. */
	public void type(Combo combo, String value) {
		combo.setFocus();
		combo.setText(value);
		combo.notifyListeners(SWT.Modify, new Event());
		processEvents();
	}

	public void click(Button button) {
		if (!button.isEnabled() || !button.isVisible()) {
			throw new AssertionError("button '" + button.getText() + "' is " + (button.isEnabled() ? "hidden" : "disabled"));
		}
		if ((button.getStyle() & SWT.RADIO) != 0) {
			if (button.getSelection()) {
				return;
			}
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling != button && sibling instanceof Button b && (b.getStyle() & SWT.RADIO) != 0 && b.getSelection()) {
					b.setSelection(false);
					b.notifyListeners(SWT.Selection, new Event());
				}
			}
			button.setSelection(true);
		} else if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Chooses the item with that text in a (read-only) combo, as picking it from the drop-down does. */
	public void select(Combo combo, String item) {
		int index = java.util.Arrays.asList(combo.getItems()).indexOf(item);
		require(index >= 0, "no item '" + item + "' in combo " + combo.getData("id") + ": "
				+ java.util.Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Selects a table row as a click on it does. */
	public void select(Table table, int row) {
		table.setFocus();
		table.setSelection(row);
		Event e = new Event();
		e.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, e);
		processEvents();
	}

	/** The first row whose cell in {@code column} has that text, or -1. */
	public static int rowOf(Table table, int column, String text) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (text.equals(table.getItem(i).getText(column))) {
				return i;
			}
		}
		return -1;
	}

	/** Double-click or Enter on the selected row (SWT's default selection), which opens it. */
	public void open(Table table) {
		Event e = new Event();
		e.item = table.getSelectionCount() > 0 ? table.getSelection()[0] : null;
		table.notifyListeners(SWT.DefaultSelection, e);
		processEvents();
	}

	/** The item with {@code id} (set with {@code setData("id", …)}) of a tool bar. */
	public static ToolItem toolItem(ToolBar bar, String id) {
		for (ToolItem item : bar.getItems()) {
			if (id.equals(item.getData("id"))) {
				return item;
			}
		}
		throw new AssertionError("no tool item '" + id + "' in tool bar " + bar.getData("id"));
	}

	/** Clicks a tool item as a user would (the button part of a drop-down item). */
	public void click(ToolItem item) {
		require(item.isEnabled(), "tool item '" + item.getText() + "' is disabled");
		Event e = new Event();
		e.widget = item;
		item.notifyListeners(SWT.Selection, e);
		processEvents();
	}

	/** Replaces the text of a StyledText as typing would (it fires Modify itself) and puts the caret at the end. */
	public void type(StyledText text, String value) {
		text.setFocus();
		text.setText(value);
		text.setSelection(value.length());
		processEvents();
	}

	/**
	 * A key press on a control through its listeners, e.g. Ctrl+Enter on a StyledText or Ctrl+C on a NatTable
	 * ({@code keyCode} as SWT has it: a lower-case letter, {@code SWT.CR}…; {@code modifiers} like {@code SWT.MOD1}).
	 */
	public void press(Control control, int modifiers, int keyCode) {
		control.setFocus();
		Event down = new Event();
		down.keyCode = keyCode;
		down.stateMask = modifiers;
		down.character = keyCode == SWT.CR ? '\r' : (modifiers & SWT.CTRL) != 0 && Character.isLetter(keyCode)
				? (char) (Character.toLowerCase(keyCode) - 'a' + 1) : (char) keyCode;
		down.widget = control;
		control.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.keyCode = keyCode;
		up.stateMask = modifiers;
		up.character = down.character;
		control.notifyListeners(SWT.KeyUp, up);
		processEvents();
	}

	/** The text on the clipboard, or {@code null}. */
	public String clipboardText() {
		org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(display);
		try {
			return (String) cb.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
		} finally {
			cb.dispose();
		}
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
