package io.restdsn.ui.dialogs;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** The first size of the product's resizable dialogs: at least a comfortable size, never larger than the screen. */
public final class DialogSizes {

	private static final int SCREEN_MARGIN = 40;

	private DialogSizes() {
	}

	/** {@code preferred}, grown to {@code minWidth} × {@code minHeight} and shrunk to fit the shell's monitor. */
	public static Point fit(Shell shell, Point preferred, int minWidth, int minHeight) {
		Rectangle screen = shell.getMonitor().getClientArea();
		return new Point(Math.min(Math.max(preferred.x, minWidth), screen.width - SCREEN_MARGIN),
				Math.min(Math.max(preferred.y, minHeight), screen.height - SCREEN_MARGIN));
	}
}
