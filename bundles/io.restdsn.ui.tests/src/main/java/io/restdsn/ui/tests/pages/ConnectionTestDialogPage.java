package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.dialogs.ConnectionTestDialog;
import io.restdsn.ui.tests.driver.Driver;

/**
 * The Test Connection dialog: its stage rows as the user reads them (stage, result word, time, message, whether an
 * icon shows), the selected stage's full text, the transcript, Copy, Cancel/Close and Test Again.
 */
public final class ConnectionTestDialogPage {

	/** One row of the stage table. */
	public record StageRow(String stage, String result, String time, String message, boolean hasIcon) {
	}

	private final Driver driver;
	private final Shell shell;

	private ConnectionTestDialogPage(Driver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/** The test dialog that is open (waits for it). */
	public static ConnectionTestDialogPage find(Driver driver) {
		return new ConnectionTestDialogPage(driver, driver.shellById("testDialog.shell"));
	}

	public Shell shell() {
		return shell;
	}

	private ConnectionTestDialog dialog() {
		return (ConnectionTestDialog) shell.getData();
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	public boolean running() {
		return dialog().running();
	}

	/** Waits until the test has finished and its result is on screen. */
	public ConnectionTestDialogPage finished() {
		driver.waitUntil("the connection test to finish", () -> !running());
		driver.joinJobs(ConnectionTestDialog.JOB_FAMILY);
		return this;
	}

	public List<StageRow> stages() {
		Table t = driver.byId(shell, "testDialog.stages", Table.class);
		List<StageRow> rows = new ArrayList<>();
		for (TableItem i : t.getItems()) {
			rows.add(new StageRow(i.getText(0), i.getText(1), i.getText(2), i.getText(3), i.getImage(0) != null));
		}
		return rows;
	}

	/** The result word of a stage: Waiting, Running…, Passed, Failed, Skipped. */
	public String result(String stage) {
		return stages().stream().filter(r -> r.stage().equals(stage)).map(StageRow::result).findFirst()
				.orElseThrow(() -> new AssertionError("no stage '" + stage + "' in " + stages()));
	}

	/** Selects a stage's row, as a click does. */
	public ConnectionTestDialogPage select(String stage) {
		Table t = driver.byId(shell, "testDialog.stages", Table.class);
		int row = Driver.rowOf(t, 0, stage);
		Driver.require(row >= 0, "no stage '" + stage + "'");
		driver.select(t, row);
		return this;
	}

	/** The heading and the full text shown under the table for the selected stage. */
	public String stageText() {
		return driver.byId(shell, "testDialog.stageHeading", Label.class).getText() + "\n"
				+ driver.byId(shell, "testDialog.message", Text.class).getText();
	}

	/** What the message area says. */
	public String status() {
		return dialog().statusMessage();
	}

	public ConnectionTestDialogPage toggleDetails() {
		driver.click(driver.byId(shell, "testDialog.toggleDetails", Button.class));
		return this;
	}

	public boolean detailsShown() {
		return driver.byId(shell, "testDialog.details", Text.class).isVisible();
	}

	public String details() {
		return driver.byId(shell, "testDialog.details", Text.class).getText();
	}

	/** Copy Report, then what the clipboard holds. */
	public String copyReport() {
		driver.click(driver.byId(shell, "testDialog.copy", Button.class));
		Clipboard cb = new Clipboard(driver.display());
		try {
			return (String) cb.getContents(TextTransfer.getInstance());
		} finally {
			cb.dispose();
		}
	}

	/** The Cancel (while running) / Close button's label. */
	public String closeLabel() {
		return driver.byId(shell, "testDialog.close", Button.class).getText().replace("&", "");
	}

	/** Cancel while the test runs: the dialog stays open. */
	public ConnectionTestDialogPage cancel() {
		Button b = driver.byId(shell, "testDialog.close", Button.class);
		Driver.require(running(), "no test is running to cancel");
		driver.click(b);
		return this;
	}

	public ConnectionTestDialogPage testAgain() {
		driver.click(driver.byId(shell, "testDialog.again", Button.class));
		return this;
	}

	public void close() {
		driver.click(driver.byId(shell, "testDialog.close", Button.class));
		driver.waitUntil("the test dialog to close", shell::isDisposed);
	}
}
