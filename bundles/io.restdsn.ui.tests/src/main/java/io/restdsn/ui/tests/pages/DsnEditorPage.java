package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.editor.DsnEditorDialog;
import io.restdsn.ui.tests.driver.Driver;

/** The DSN editor dialog: its page list, message area, Save and Cancel, the Advanced grid and the Preview. */
public final class DsnEditorPage extends OptionFields {

	private DsnEditorPage(Driver driver, Shell shell) {
		super(driver, shell);
	}

	/** The editor that is open (waits for it). */
	public static DsnEditorPage find(Driver driver) {
		return new DsnEditorPage(driver, driver.shellById("editor.shell"));
	}

	public DsnEditorDialog dialog() {
		return (DsnEditorDialog) shell.getData();
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	/** Switches to a page by its title in the list, as a click does. */
	public DsnEditorPage page(String title) {
		Table pages = control("editor.pages", Table.class);
		int row = Driver.rowOf(pages, 0, title);
		Driver.require(row >= 0, "no page '" + title + "'");
		driver.select(pages, row);
		return this;
	}

	public List<String> pageTitles() {
		List<String> titles = new ArrayList<>();
		for (TableItem i : control("editor.pages", Table.class).getItems()) {
			titles.add(i.getText());
		}
		return titles;
	}

	/** Whether the page list marks that page with a problem icon. */
	public boolean pageMarked(String title) {
		Table pages = control("editor.pages", Table.class);
		return pages.getItem(Driver.rowOf(pages, 0, title)).getImage() != null;
	}

	public String errorMessage() {
		return dialog().errorMessage();
	}

	public String message() {
		return dialog().message();
	}

	public boolean saveEnabled() {
		return control("editor.save", Button.class).isEnabled();
	}

	public void save() {
		click("editor.save");
		driver.waitUntil("the editor to close after saving", () -> shell.isDisposed() || errorMessage() != null);
	}

	public void cancel() {
		click("editor.cancel");
		driver.waitUntil("the editor to close", shell::isDisposed);
	}

	/** Rows of the Advanced grid as option / value / about. */
	public List<List<String>> advancedRows() {
		Table t = control("advanced.table", Table.class);
		List<List<String>> rows = new ArrayList<>();
		for (TableItem i : t.getItems()) {
			rows.add(List.of(i.getText(0), i.getText(1), i.getText(2)));
		}
		return rows;
	}

	/** Add… in the Advanced grid, answering its dialog. */
	public DsnEditorPage addOption(String name, String value) {
		var answer = driver.whenShellOpens("Add Option", s -> {
			driver.type((Combo) find(s, "add.name"), name);
			driver.type((Text) find(s, "add.value"), value);
			driver.click((Button) find(s, "add.ok"));
		});
		click("advanced.add");
		answer.requireAnswered();
		return this;
	}

	/** Selects the grid row of an option and presses Remove. */
	public DsnEditorPage removeOption(String name) {
		Table t = control("advanced.table", Table.class);
		int row = Driver.rowOf(t, 0, name);
		Driver.require(row >= 0, "no row '" + name + "' in the Advanced grid");
		driver.select(t, row);
		click("advanced.remove");
		return this;
	}

	public String preview(String which) {
		return control("preview." + which, Text.class).getText();
	}

	private static org.eclipse.swt.widgets.Control find(Shell s, String id) {
		var hits = Driver.findAll(s, c -> id.equals(c.getData("id")));
		Driver.require(!hits.isEmpty(), "no '" + id + "' in " + s.getText());
		return hits.get(0);
	}
}
