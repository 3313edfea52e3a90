package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.restdsn.ui.tests.driver.Driver;

/**
 * The workbench Preferences dialog (what Window > Preferences opens), opened without blocking so the test keeps the
 * UI thread: the same {@code WorkbenchPreferenceDialog} and preference nodes, only not modal-blocking.
 */
public final class PreferencesPage {

	private final Driver driver;
	private final PreferenceDialog dialog;

	private PreferencesPage(Driver driver, PreferenceDialog dialog) {
		this.driver = driver;
		this.dialog = dialog;
	}

	/** Opens the dialog on a page, as a link to a preference page does. */
	public static PreferencesPage openOn(Driver driver, Shell parent, String pageId) {
		PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(parent, pageId, null, null);
		if (d == null) {
			throw new AssertionError("the Preferences dialog does not open");
		}
		d.setBlockOnOpen(false);
		d.open();
		driver.processEvents();
		return new PreferencesPage(driver, d);
	}

	/** Ids of every page the dialog offers, in tree order. */
	public List<String> pageIds() {
		List<String> ids = new ArrayList<>();
		for (IPreferenceNode n : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
			ids.add(n.getId());
		}
		return ids;
	}

	/** Labels from the tree's root to the selected page, e.g. [General, Security, Secure Storage]. */
	public List<String> selectedPath() {
		TreeItem[] selection = dialog.getTreeViewer().getTree().getSelection();
		List<String> path = new ArrayList<>();
		for (TreeItem i = selection.length == 0 ? null : selection[0]; i != null; i = i.getParentItem()) {
			path.add(i.getText());
		}
		Collections.reverse(path);
		return path;
	}

	/** The title of the page shown, once its controls exist. */
	public String currentPageTitle() {
		IPreferencePage page = (IPreferencePage) dialog.getSelectedPage();
		driver.waitUntil("a preference page to show", () -> page != null && page.getControl() != null);
		return page.getTitle();
	}

	public void close() {
		dialog.close();
		driver.processEvents();
	}
}
