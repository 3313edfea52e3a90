package io.restdsn.ui.query;

import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.fieldassist.IControlContentAdapter2;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import io.restdsn.ui.query.sql.SqlCompletion;

/**
 * JFace field assist for a {@link StyledText} (JFace ships adapters for Text and Combo only). Inserting a proposal
 * replaces the partial word before the caret, so a completed name keeps the schema's spelling rather than the case
 * the user started typing in.
 */
final class StyledTextContentAdapter implements IControlContentAdapter, IControlContentAdapter2 {

	@Override
	public String getControlContents(Control control) {
		return ((StyledText) control).getText();
	}

	@Override
	public void setControlContents(Control control, String contents, int cursorPosition) {
		StyledText t = (StyledText) control;
		t.setText(contents);
		t.setSelection(cursorPosition);
	}

	@Override
	public void insertControlContents(Control control, String contents, int cursorPosition) {
		StyledText t = (StyledText) control;
		int caret = t.getCaretOffset();
		Point sel = t.getSelection();
		int start;
		int end;
		if (sel.x != sel.y) {
			start = sel.x;
			end = sel.y;
		} else {
			start = SqlCompletion.wordAt(t.getText(), caret).start();
			end = caret;
		}
		t.replaceTextRange(start, end - start, contents);
		t.setSelection(start + Math.min(cursorPosition, contents.length()));
		t.showSelection();
	}

	@Override
	public int getCursorPosition(Control control) {
		return ((StyledText) control).getCaretOffset();
	}

	@Override
	public Rectangle getInsertionBounds(Control control) {
		StyledText t = (StyledText) control;
		int caret = t.getCaretOffset();
		Point p = t.getLocationAtOffset(caret);
		return new Rectangle(p.x, p.y + 2, 1, t.getLineHeight(caret));
	}

	@Override
	public void setCursorPosition(Control control, int index) {
		((StyledText) control).setSelection(index);
	}

	@Override
	public Point getSelection(Control control) {
		return ((StyledText) control).getSelection();
	}

	@Override
	public void setSelection(Control control, Point range) {
		((StyledText) control).setSelection(range);
	}
}
