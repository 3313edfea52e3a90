package io.restdsn.ui.query;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Gives the editor area room when the first query window of a session opens. The perspective keeps the Data Sources
 * view wide while the editor area is empty; a query window (SQL, schema, grid) needs the width more, so its first
 * opening moves the sash to {@value #EDITOR_SHARE}% for the editors, once per window: a user who drags it back is
 * not overruled again. On a small screen the views keep the width their tool bar needs, up to half the window.
 */
final class EditorAreaSpace {

	static final int EDITOR_SHARE = 66;
	/** What the Data Sources view's tool bar needs to show all its buttons. */
	static final int VIEWS_MIN_WIDTH = 440;
	private static final String DONE = EditorAreaSpace.class.getName();

	private EditorAreaSpace() {
	}

	static void widen(IWorkbenchWindow window) {
		try {
			MWindow w = window.getService(MWindow.class);
			EModelService models = window.getService(EModelService.class);
			if (w == null || models == null || w.getTransientData().containsKey(DONE)) {
				return;
			}
			w.getTransientData().put(DONE, Boolean.TRUE);
			MPerspective p = models.getActivePerspective(w);
			MUIElement area = p == null ? null : models.find(IPageLayout.ID_EDITOR_AREA, p);
			if (area == null || area.getParent() == null) {
				return;
			}
			List<MUIElement> siblings = area.getParent().getChildren();
			if (siblings.size() != 2) {
				return; // a layout the user rearranged: leave it alone
			}
			double total = 0;
			double editor = 0;
			for (MUIElement e : siblings) {
				double weight = weight(e);
				total += weight;
				if (e == area) {
					editor = weight;
				}
			}
			// the views keep the width their tool bars need (on a small screen up to half the window)
			int width = window.getShell().getClientArea().width;
			int viewsShare = Math.max(100 - EDITOR_SHARE, Math.min(50, width <= 0 ? 0 : VIEWS_MIN_WIDTH * 100 / width));
			int editorShare = 100 - viewsShare;
			if (total <= 0 || editor / total * 100 >= editorShare - 5) {
				return;
			}
			for (MUIElement e : siblings) {
				e.setContainerData(Integer.toString(e == area ? editorShare * 100 : viewsShare * 100));
			}
		} catch (RuntimeException e) {
			// cosmetic: the window works at any width
		}
	}

	private static double weight(MUIElement e) {
		try {
			return e.getContainerData() == null ? 0 : Double.parseDouble(e.getContainerData());
		} catch (NumberFormatException x) {
			return 0;
		}
	}
}
