package io.restdsn.ui.dialogs;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/**
 * The product's title-area dialogs (editor, test, import, export, master password): resizable and maximisable, no
 * help button, a window title and an {@code id} the UI tests find it by, and a first size of at least a comfortable
 * minimum that still fits the screen ({@link DialogSizes}).
 */
public abstract class StudioDialog extends TitleAreaDialog {

	private final String shellTitle;
	private final String shellId;
	private final int minWidth;
	private final int minHeight;

	protected StudioDialog(Shell parent, String shellTitle, String shellId, int minWidth, int minHeight) {
		super(parent);
		this.shellTitle = shellTitle;
		this.shellId = shellId;
		this.minWidth = minWidth;
		this.minHeight = minHeight;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(shellTitle);
		if (shellId != null) {
			shell.setData("id", shellId);
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		return DialogSizes.fit(getShell(), super.getInitialSize(), minWidth, minHeight);
	}
}
