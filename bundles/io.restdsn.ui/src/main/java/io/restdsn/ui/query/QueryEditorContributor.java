package io.restdsn.ui.query;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Hands the Edit menu's Copy, Select All and Find (and their keys) to the active query window. Editors of one type
 * share their action bars, so the window's handlers are installed each time one becomes active rather than once.
 */
public class QueryEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof QueryEditor editor) {
			editor.contributeTo(getActionBars());
		}
	}
}
