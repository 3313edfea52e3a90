package io.restdsn.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.restdsn.ui.views.DataSourcesView;

/**
 * Data Sources on the left, editors (query windows) in the middle.
 *
 * <pre>
 * +----------------+------------------------------+
 * | Data Sources   |  (query editors)             |
 * |                |                              |
 * +----------------+------------------------------+
 * </pre>
 */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "io.restdsn.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.45f, layout.getEditorArea());
		left.addView(DataSourcesView.ID);
		layout.getViewLayout(DataSourcesView.ID).setCloseable(false);
	}
}
