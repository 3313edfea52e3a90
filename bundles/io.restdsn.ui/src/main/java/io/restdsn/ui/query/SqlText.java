package io.restdsn.ui.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.fieldassist.ContentAssistCommandAdapter;

import io.restdsn.engine.SchemaInfo;
import io.restdsn.ui.query.sql.SqlCompletion;
import io.restdsn.ui.query.sql.SqlScanner;
import io.restdsn.ui.query.sql.SqlStatements;

/**
 * The SQL area of a query window: a {@link StyledText} (JFace Text is not in the product) with keyword, string,
 * number and comment colouring, Ctrl+Enter to run the statement at the caret (or the selection), Ctrl+Space for
 * table and column names from the engine's schema, and a red underline where the last SQL error is.
 * <p>
 * Colouring re-scans the whole text on every change: query texts are small, and a full scan cannot get out of step
 * with multi-line comments and strings the way line-by-line styling can.
 */
final class SqlText {

	/** The statement to run and where it starts in the text (for error positions). */
	record Runnable(String sql, int offset) {
	}

	private static final int KEYWORD_RGB = 0x7F0055;
	private static final int STRING_RGB = 0x2A00FF;
	private static final int COMMENT_RGB = 0x3F7F5F;
	private static final int NUMBER_RGB = 0x125F8F;

	private final StyledText text;
	private final Color keyword;
	private final Color string;
	private final Color comment;
	private final Color number;
	private StyleRange errorMark;

	/**
	 * @param run    called on Ctrl+Enter
	 * @param schema the schema for completion, or {@code null} while it is not loaded
	 */
	SqlText(Composite parent, java.lang.Runnable run, Supplier<SchemaInfo> schema) {
		text = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		text.setData("id", "query.sql");
		text.setFont(JFaceResources.getTextFont());
		text.setTabs(4);
		text.setLeftMargin(4);
		text.setTopMargin(2);
		keyword = rgb(KEYWORD_RGB);
		string = rgb(STRING_RGB);
		comment = rgb(COMMENT_RGB);
		number = rgb(NUMBER_RGB);
		text.addModifyListener(e -> {
			errorMark = null;
			restyle();
		});
		text.addVerifyKeyListener(e -> {
			if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				run.run();
			}
		});
		installCompletion(schema);
	}

	private Color rgb(int rgb) {
		return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	/** Ctrl+Space through the workbench's content assist command (so key bindings and menus agree); '.' too. */
	private void installCompletion(Supplier<SchemaInfo> schema) {
		IContentProposalProvider provider = (contents, position) -> {
			SchemaInfo s = schema.get();
			if (s == null) {
				return new IContentProposal[0];
			}
			List<IContentProposal> out = new ArrayList<>();
			for (SqlCompletion.Proposal p : new SqlCompletion(s).propose(contents, position)) {
				out.add(new Proposal(p));
			}
			return out.toArray(new IContentProposal[0]);
		};
		ContentProposalAdapter adapter;
		try {
			adapter = new ContentAssistCommandAdapter(text, new StyledTextContentAdapter(), provider, null,
					new char[] { '.' }, false);
		} catch (RuntimeException | LinkageError e) {
			// outside a workbench (no handler service): a plain key stroke does the same
			adapter = new ContentProposalAdapter(text, new StyledTextContentAdapter(), provider,
					KeyStroke.getInstance(SWT.CTRL, ' '), new char[] { '.' });
		}
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
		adapter.setPropagateKeys(true);
		adapter.setPopupSize(new Point(420, 240));
		adapter.setAutoActivationDelay(300);
	}

	private record Proposal(SqlCompletion.Proposal p) implements IContentProposal {
		@Override
		public String getContent() {
			return p.replacement();
		}

		@Override
		public int getCursorPosition() {
			return p.replacement().length();
		}

		@Override
		public String getLabel() {
			return p.label() + "  —  " + p.detail();
		}

		@Override
		public String getDescription() {
			return null;
		}
	}

	StyledText control() {
		return text;
	}

	String getText() {
		return text.getText();
	}

	void setText(String sql) {
		text.setText(sql);
		text.setSelection(sql.length());
	}

	/** The selection when there is one, else the statement at the caret; {@code null} when there is nothing. */
	Runnable toRun() {
		Point sel = text.getSelection();
		String all = text.getText();
		if (sel.x != sel.y) {
			String s = all.substring(sel.x, sel.y);
			int lead = 0;
			while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
				lead++;
			}
			String sql = stripSemicolon(s.strip());
			return sql.isEmpty() ? null : new Runnable(sql, sel.x + lead);
		}
		SqlStatements.Statement st = SqlStatements.at(all, text.getCaretOffset());
		return st == null ? null : new Runnable(stripSemicolon(st.sql()), st.start());
	}

	private static String stripSemicolon(String s) {
		String t = s;
		while (t.endsWith(";")) {
			t = t.substring(0, t.length() - 1).stripTrailing();
		}
		return t;
	}

	/** Underlines {@code length} characters at {@code offset} in red and puts the caret there. */
	void markError(int offset, int length) {
		int n = text.getCharCount();
		int start = Math.max(0, Math.min(offset, n));
		int len = Math.max(0, Math.min(Math.max(length, 1), n - start));
		errorMark = new StyleRange();
		errorMark.start = start;
		errorMark.length = len;
		errorMark.underline = true;
		errorMark.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
		errorMark.underlineColor = text.getDisplay().getSystemColor(SWT.COLOR_RED);
		restyle();
		text.setSelection(start);
		text.showSelection();
	}

	/** Inserts a statement on its own (after a blank line) and selects it, ready for Ctrl+Enter. */
	void insertStatement(String sql) {
		String all = text.getText();
		String prefix = all.isBlank() ? "" : all.endsWith("\n\n") ? "" : all.endsWith("\n") ? "\n" : "\n\n";
		int start = all.isBlank() ? 0 : all.length() + prefix.length();
		if (all.isBlank()) {
			text.setText(sql);
		} else {
			text.replaceTextRange(all.length(), 0, prefix + sql);
		}
		text.setSelection(start, start + sql.length());
		text.showSelection();
		text.setFocus();
	}

	/** Inserts text at the caret (replacing the selection). */
	void insertAtCaret(String s) {
		text.insert(s);
		text.setSelection(text.getSelection().x + s.length());
		text.setFocus();
	}

	private void restyle() {
		String sql = text.getText();
		List<StyleRange> ranges = new ArrayList<>();
		StyleRange err = errorMark;
		for (SqlScanner.Token t : SqlScanner.scan(sql)) {
			Color fg = switch (t.kind()) {
				case KEYWORD -> keyword;
				case STRING, QUOTED_IDENTIFIER -> t.kind() == SqlScanner.Kind.STRING ? string : null;
				case COMMENT -> comment;
				case NUMBER -> number;
				default -> null;
			};
			int fontStyle = t.kind() == SqlScanner.Kind.KEYWORD ? SWT.BOLD
					: t.kind() == SqlScanner.Kind.COMMENT ? SWT.ITALIC : SWT.NORMAL;
			boolean marked = err != null && t.kind() != SqlScanner.Kind.WHITESPACE && t.start() < err.start + err.length
					&& t.end() > err.start;
			if (fg == null && !marked) {
				continue;
			}
			StyleRange r = new StyleRange(t.start(), t.length(), fg, null, fontStyle);
			if (marked) {
				r.underline = true;
				r.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				r.underlineColor = err.underlineColor;
			}
			ranges.add(r);
		}
		text.setStyleRanges(ranges.toArray(new StyleRange[0]));
	}

	/** Colours of the current text, for tests: the style at an offset ({@code null} for plain text). */
	StyleRange styleAt(int offset) {
		return text.getStyleRangeAtOffset(offset);
	}
}
