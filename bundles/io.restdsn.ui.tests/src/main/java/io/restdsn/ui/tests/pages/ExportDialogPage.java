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

import io.restdsn.ui.importexport.ExportDialog;
import io.restdsn.ui.tests.driver.Driver;

/** File &gt; Export: which DSNs, format, secrets, preview, destination, Export. */
public final class ExportDialogPage {

	private final Driver driver;
	private final Shell shell;

	private ExportDialogPage(Driver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	public static ExportDialogPage find(Driver driver) {
		return new ExportDialogPage(driver, driver.shellById("export.shell"));
	}

	private ExportDialog dialog() {
		return (ExportDialog) shell.getData();
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	/** Names of the ticked DSNs. */
	public List<String> ticked() {
		List<String> out = new ArrayList<>();
		for (TableItem i : driver.byId(shell, "export.table", Table.class).getItems()) {
			if (i.getChecked()) {
				out.add(i.getText(0));
			}
		}
		return out;
	}

	public ExportDialogPage tick(String name, boolean checked) {
		Table t = driver.byId(shell, "export.table", Table.class);
		int row = Driver.rowOf(t, 0, name);
		Driver.require(row >= 0, "no DSN '" + name + "' to export");
		TableItem item = t.getItem(row);
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

	/** ini, string, jdbc or cdata. */
	public ExportDialogPage format(String cliName) {
		driver.click(driver.byId(shell, "export.format." + cliName, Button.class));
		return this;
	}

	/** omit, placeholder or include. */
	public ExportDialogPage secrets(String cliName) {
		driver.click(driver.byId(shell, "export.secrets." + cliName, Button.class));
		return this;
	}

	public ExportDialogPage toClipboard() {
		driver.click(driver.byId(shell, "export.toClipboard", Button.class));
		return this;
	}

	public ExportDialogPage toFile(String path) {
		driver.click(driver.byId(shell, "export.toFile", Button.class));
		driver.type(driver.byId(shell, "export.file", Text.class), path);
		return this;
	}

	public String preview() {
		return driver.byId(shell, "export.preview", Text.class).getText();
	}

	public String notes() {
		return driver.byId(shell, "export.notes", Label.class).getText();
	}

	public String errorMessage() {
		return dialog().errorMessage();
	}

	public boolean canExport() {
		return driver.byId(shell, "export.ok", Button.class).isEnabled();
	}

	/** Export; returns once the dialog closed or says why it cannot. */
	public void export() {
		driver.click(driver.byId(shell, "export.ok", Button.class));
		driver.waitUntil("the export dialog to close", () -> shell.isDisposed() || errorMessage() != null);
	}

	/** Clicks Export without waiting (a confirmation is expected to open and be answered). */
	public void pressExport() {
		driver.click(driver.byId(shell, "export.ok", Button.class));
	}

	public void cancel() {
		driver.click(driver.byId(shell, "export.cancel", Button.class));
		driver.waitUntil("the export dialog to close", shell::isDisposed);
	}
}
