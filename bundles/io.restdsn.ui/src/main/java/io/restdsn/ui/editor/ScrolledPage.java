package io.restdsn.ui.editor;

import java.util.function.BiFunction;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A page body that scrolls instead of clipping when the window is small: it takes the available width (wrapping
 * labels re-flow) down to {@link #MIN_WIDTH}, below which it scrolls sideways too.
 */
public final class ScrolledPage {

	static final int MIN_WIDTH = 420;

	private final ScrolledComposite scroller;
	private final Composite inner;

	public ScrolledPage(Composite parent, BiFunction<Composite, Runnable, Control> content) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		inner = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(inner);
		Control c = content.apply(inner, this::reflow);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setContent(inner);
		scroller.addListener(SWT.Resize, e -> reflow());
		scroller.getVerticalBar().setIncrement(16);
	}

	public Control control() {
		return scroller;
	}

	/** Re-computes the scrolling after the content changed size (another method's panel, a warning shown). */
	public void reflow() {
		if (scroller.isDisposed() || scroller.getContent() == null) {
			return;
		}
		int width = Math.max(scroller.getClientArea().width, MIN_WIDTH);
		Point size = inner.computeSize(width, SWT.DEFAULT);
		scroller.setMinSize(MIN_WIDTH, size.y);
		inner.layout(true, true);
	}
}
