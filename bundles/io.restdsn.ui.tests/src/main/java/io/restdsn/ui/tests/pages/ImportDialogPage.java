package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.importexport.ImportDialog;
import io.restdsn.ui.tests.driver.Driver;

/** File &gt; Import: the source (string or file), the candidates with their tick and plan, the preview, Import. */
public final class ImportDialogPage {

	/** One candidate row: ticked, name, what the import will do, authentication, secrets. */
	public record Row(boolean checked, String name, String action, String authentication, String secrets) {
	}

	private final Driver driver;
	private final Shell shell;

	private ImportDialogPage(Driver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	public static ImportDialogPage find(Driver driver) {
		return new ImportDialogPage(driver, driver.shellById("import.shell"));
	}

	private ImportDialog dialog() {
		return (ImportDialog) shell.getData();
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	/** Pastes a connection string (the string source is the default). */
	public ImportDialogPage paste(String connectionString) {
		driver.click(driver.byId(shell, "import.fromString", Button.class));
		driver.type(driver.byId(shell, "import.string", Text.class), connectionString);
		return this;
	}

	/** Chooses the odbc.ini source and types a file's path, then waits for it to be read. */
	public ImportDialogPage file(String path) {
		driver.click(driver.byId(shell, "import.fromFile", Button.class));
		driver.type(driver.byId(shell, "import.file", Text.class), path);
		driver.joinJobs(ImportDialog.JOB_FAMILY);
		return this;
	}

	public List<Row> rows() {
		Table t = driver.byId(shell, "import.table", Table.class);
		List<Row> rows = new ArrayList<>();
		for (TableItem i : t.getItems()) {
			rows.add(new Row(i.getChecked(), i.getText(0), i.getText(1), i.getText(2), i.getText(3)));
		}
		return rows;
	}

	private int rowOf(String originalName) {
		List<io.restdsn.ui.importexport.ImportCandidate> cs = dialog().candidates();
		for (int i = 0; i < cs.size(); i++) {
			if (cs.get(i).originalName().equals(originalName)) {
				return i;
			}
		}
		throw new AssertionError("no candidate '" + originalName + "' in " + rows());
	}

	/** Selects the row of the DSN with that name in the input, as a click does. */
	public ImportDialogPage select(String originalName) {
		driver.select(driver.byId(shell, "import.table", Table.class), rowOf(originalName));
		return this;
	}

	/** Ticks or unticks a row, as a click on its check box does. */
	public ImportDialogPage tick(String originalName, boolean checked) {
		Table t = driver.byId(shell, "import.table", Table.class);
		TableItem item = t.getItem(rowOf(originalName));
		if (item.getChecked() != checked) {
			item.setChecked(checked);
			Event e = new Event();
			e.item = item;
			e.detail = SWT.CHECK;
			t.notifyListeners(SWT.Selection, e);
			driver.processEvents();
		}
		return this;
	}

	/** Types the name of the selected row. */
	public ImportDialogPage name(String name) {
		driver.type(driver.byId(shell, "import.name", Text.class), name);
		return this;
	}

	/** For the selected row whose name is taken: rename, replace or skip. */
	public ImportDialogPage resolve(String how) {
		driver.click(driver.byId(shell, "import." + how, Button.class));
		return this;
	}

	public String preview() {
		return driver.byId(shell, "import.preview", Text.class).getText();
	}

	public String notes() {
		return driver.byId(shell, "import.notes", Label.class).getText();
	}

	public String errorMessage() {
		return dialog().errorMessage();
	}

	public boolean canImport() {
		return driver.byId(shell, "import.ok", Button.class).isEnabled();
	}

	public void importNow() {
		driver.click(driver.byId(shell, "import.ok", Button.class));
		driver.waitUntil("the import dialog to close", () -> shell.isDisposed() || errorMessage() != null);
	}

	public void cancel() {
		driver.click(driver.byId(shell, "import.cancel", Button.class));
		driver.waitUntil("the import dialog to close", shell::isDisposed);
	}
}
