package io.restdsn.ui.tests.pages;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.restdsn.ui.preferences.StudioPreferencePage;
import io.restdsn.ui.tests.driver.Driver;

/**
 * Window &gt; Preferences on the RestDSN Studio page: the workbench's Preferences dialog opened on that page, without
 * blocking (the same dialog and page; only not modal-blocking, so the test keeps the UI thread).
 */
public final class StudioPreferencesPage {

	private final Driver driver;
	private final PreferenceDialog dialog;

	private StudioPreferencesPage(Driver driver, PreferenceDialog dialog) {
		this.driver = driver;
		this.dialog = dialog;
	}

	public static StudioPreferencesPage open(Driver driver, Shell parent) {
		PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(parent, StudioPreferencePage.ID, null, null);
		Driver.require(d != null, "the Preferences dialog does not open");
		d.setBlockOnOpen(false);
		d.open();
		driver.processEvents();
		return new StudioPreferencesPage(driver, d);
	}

	private Shell shell() {
		return dialog.getShell();
	}

	/** The title of the page shown. */
	public String pageTitle() {
		return dialog.getSelectedPage() == null ? "" : ((org.eclipse.jface.preference.IPreferencePage) dialog
				.getSelectedPage()).getTitle();
	}

	public String odbcIni() {
		return driver.byId(shell(), "prefs.odbcini", Text.class).getText();
	}

	public StudioPreferencesPage odbcIni(String path) {
		driver.type(driver.byId(shell(), "prefs.odbcini", Text.class), path);
		return this;
	}

	public String maxRows() {
		return driver.byId(shell(), "prefs.maxRows", Text.class).getText();
	}

	public StudioPreferencesPage maxRows(String rows) {
		driver.type(driver.byId(shell(), "prefs.maxRows", Text.class), rows);
		return this;
	}

	public String inUse() {
		return driver.byId(shell(), "prefs.effective", Label.class).getText();
	}

	public String systemFile() {
		return driver.byId(shell(), "prefs.system", Label.class).getText();
	}

	public String errorMessage() {
		return dialog.getSelectedPage() == null ? null
				: ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getErrorMessage();
	}

	/** Apply and Close (OK). */
	public void ok() {
		Button ok = dialog.getShell() == null ? null : findButton(IDialogConstants.OK_ID);
		Driver.require(ok != null && ok.isEnabled(), "OK is not available: " + errorMessage());
		driver.click(ok);
		driver.waitUntil("the Preferences dialog to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	public boolean okEnabled() {
		Button ok = findButton(IDialogConstants.OK_ID);
		return ok != null && ok.isEnabled();
	}

	private Button findButton(int id) {
		for (Control c : Driver.findAll(shell(), c -> c instanceof Button b && Integer.valueOf(id).equals(b.getData()))) {
			return (Button) c;
		}
		return null;
	}

	public boolean isOpen() {
		return dialog.getShell() != null && !dialog.getShell().isDisposed();
	}

	public void cancel() {
		dialog.close();
		driver.processEvents();
	}
}
