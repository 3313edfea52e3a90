package io.restdsn.ui.query;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a query window is opened on: a DSN, by name. Every New Query opens another window (a second one on the same
 * DSN is titled "Name (2)"), so inputs are equal only to themselves. Not persisted: windows do not come back after a
 * restart, their statements do (the history).
 */
public final class QueryEditorInput implements IEditorInput {

	private final String dsnName;
	private final int number;

	/** @param number 1 for the first window on the DSN, 2 for a second one open at the same time… */
	public QueryEditorInput(String dsnName, int number) {
		this.dsnName = dsnName;
		this.number = number;
	}

	public String dsnName() {
		return dsnName;
	}

	public int number() {
		return number;
	}

	@Override
	public String getName() {
		return number == 1 ? dsnName : dsnName + " (" + number + ")";
	}

	@Override
	public String getToolTipText() {
		return "Query on the data source " + dsnName;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null; // the tab shows the editor's own icon
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
