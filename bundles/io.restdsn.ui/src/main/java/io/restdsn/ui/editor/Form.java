package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionType;

/**
 * Builds the label / field / extra rows every editor page is made of, and binds each field to its option.
 *
 * <pre>
 * +--------------+----------------------------------+-----------+
 * | Label        | ! [field, grabs the width      ] | [Browse…] |   ! = decoration (error/warning)
 * |              |   help line, dim, wraps          |           |
 * +--------------+----------------------------------+-----------+
 * </pre>
 *
 * Widget ids ({@code setData("id", …)}) are {@code option.<OptionName>} for the field, {@code .reveal} and
 * {@code .browse} for the extras, so UI tests find fields by the option they edit.
 */
public final class Form {

	/** Help lines and notes: readable, but quieter than labels and values. */
	public static final org.eclipse.swt.graphics.Color DIM = new org.eclipse.swt.graphics.Color(0x5f, 0x63, 0x68);

	/** Room left of each field for its decoration. */
	public static final int DECORATION_INDENT = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth() + 2;
	/** Fields wrap their help lines at this width instead of widening the dialog. */
	private static final int FIELD_WIDTH_HINT = 260;

	private final Composite body;
	private final FieldBinder binder;
	private final OptionCatalog catalog = OptionCatalog.standard();
	private int labelWidth = SWT.DEFAULT;
	private Button lastButton;

	public Form(Composite parent, FieldBinder binder) {
		this.body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 5;
		body.setLayout(layout);
		this.binder = binder;
	}

	public Composite body() {
		return body;
	}

	public FieldBinder binder() {
		return binder;
	}

	public static String id(String option) {
		return "option." + option;
	}

	public OptionDef def(String option) {
		return catalog.find(option).orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + option));
	}

	public Label label(String text, String tooltip) {
		Label l = new Label(body, SWT.NONE);
		l.setText(text);
		l.setToolTipText(tooltip);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, false, false);
		gd.widthHint = labelWidth;
		l.setLayoutData(gd);
		return l;
	}

	/** Gives every label created from now on this width, so that stacked forms line up. */
	/** The Show or Browse… button of the last secret or path field. */
	public Button lastButton() {
		return lastButton;
	}

	public Form labelWidth(int pixels) {
		this.labelWidth = pixels;
		return this;
	}

	/** The width of the widest of {@code labels} in the form's font. */
	public static int widest(Control c, String... labels) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(c);
		try {
			gc.setFont(c.getFont());
			int w = 0;
			for (String l : labels) {
				w = Math.max(w, gc.textExtent(l).x);
			}
			return w + 4;
		} finally {
			gc.dispose();
		}
	}

	/** A label for a row whose field is taller than one line (radio groups, multi-line text). */
	public Label topLabel(String text, String tooltip) {
		Label l = label(text, tooltip);
		((GridData) l.getLayoutData()).verticalAlignment = SWT.TOP;
		((GridData) l.getLayoutData()).verticalIndent = 3;
		return l;
	}

	/** Layout data for a field in column 2, spanning to column 3 unless {@code extra}. */
	public static GridData fieldData(boolean extra) {
		return GridDataFactory.fillDefaults().grab(true, false).span(extra ? 1 : 2, 1).indent(DECORATION_INDENT, 0)
				.hint(FIELD_WIDTH_HINT, SWT.DEFAULT).create();
	}

	/** A one-line text field for an option. */
	public Text text(String option) {
		OptionDef def = def(option);
		return text(option, OptionLabels.label(def), OptionLabels.tooltip(def));
	}

	public Text text(String option, String label, String tooltip) {
		label(label, tooltip);
		Text t = new Text(body, SWT.BORDER | SWT.SINGLE);
		t.setLayoutData(fieldData(false));
		t.setToolTipText(tooltip);
		t.setData("id", id(option));
		binder.text(option, t);
		return t;
	}

	/** A masked field with a "Show" toggle: secrets are hidden until the user asks to see them. */
	public Text secret(String option) {
		OptionDef def = def(option);
		return secret(option, OptionLabels.label(def), OptionLabels.tooltip(def));
	}

	public Text secret(String option, String label, String tooltip) {
		label(label, tooltip);
		Text t = secretField(body, option, tooltip);
		t.setLayoutData(fieldData(true));
		lastButton = revealToggle(body, t, option);
		return t;
	}

	/** The masked field alone, for layouts of their own (the custom header row). */
	public Text secretField(Composite parent, String option, String tooltip) {
		Text t = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		t.setToolTipText(tooltip);
		t.setData("id", id(option));
		binder.text(option, t);
		return t;
	}

	public static Button revealToggle(Composite parent, Text secret, String option) {
		char echo = secret.getEchoChar();
		Button show = new Button(parent, SWT.CHECK);
		show.setText(Messages.Form_show);
		show.setToolTipText(Messages.Form_showTooltip);
		show.setData("id", id(option) + ".reveal");
		show.addListener(SWT.Selection, e -> secret.setEchoChar(show.getSelection() ? '\0' : echo));
		return show;
	}

	/** A path with a Browse… button; {@code extensions} filter the file chooser, e.g. {@code "*.rest"}. */
	public Text path(String option, String... extensions) {
		OptionDef def = def(option);
		String tooltip = OptionLabels.tooltip(def);
		label(OptionLabels.label(def), tooltip);
		Text t = new Text(body, SWT.BORDER | SWT.SINGLE);
		t.setLayoutData(fieldData(true));
		t.setToolTipText(tooltip);
		t.setData("id", id(option));
		binder.text(option, t);
		lastButton = browseButton(body, t, option, extensions);
		return t;
	}

	public static Button browseButton(Composite parent, Text target, String option, String... extensions) {
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Form_browse);
		browse.setData("id", id(option) + ".browse");
		browse.addListener(SWT.Selection, e -> {
			FileDialog fd = new FileDialog(parent.getShell(), SWT.OPEN);
			if (extensions.length > 0) {
				List<String> names = new ArrayList<>();
				List<String> exts = new ArrayList<>();
				for (String x : extensions) {
					exts.add(x);
					names.add(x);
				}
				exts.add("*");
				names.add(Messages.Form_allFiles);
				fd.setFilterExtensions(exts.toArray(String[]::new));
				fd.setFilterNames(names.toArray(String[]::new));
			}
			String current = target.getText().trim();
			if (!current.isEmpty()) {
				fd.setFileName(current);
			}
			String chosen = fd.open();
			if (chosen != null) {
				target.setText(chosen);
			}
		});
		return browse;
	}

	/**
	 * A drop-down of an enumerated option's values, with "Default (…)" for leaving it unset; a value the catalog does
	 * not allow (from a hand-edited file) stays listed so that it is visible, and the validator reports it.
	 */
	public ComboViewer choice(String option) {
		OptionDef def = def(option);
		String tooltip = OptionLabels.tooltip(def);
		label(OptionLabels.label(def), tooltip);
		ComboViewer viewer = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.getCombo().setLayoutData(fieldData(false));
		viewer.getCombo().setToolTipText(tooltip);
		viewer.getCombo().setData("id", id(option));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return choiceLabel(def, (String) element);
			}
		});
		List<String> values = new ArrayList<>();
		values.add("");
		def.choices().forEach(c -> values.add(c.value()));
		String current = binder.draft().value(option);
		if (!current.isEmpty() && def.choice(current).isEmpty()) {
			values.add(current);
		}
		viewer.setInput(values);
		var widget = ViewerProperties.singleSelection(String.class).observe(viewer);
		binder.context().bindValue(widget, binder.draft().option(option));
		binder.decorate(option, widget);
		return viewer;
	}

	static String choiceLabel(OptionDef def, String value) {
		if (value.isEmpty()) {
			String d = def.defaultValue();
			return d == null ? Messages.Form_default
					: Messages.bind(Messages.Form_defaultIs, def.choice(d).map(c -> c.label()).orElse(d));
		}
		return def.choice(value).map(c -> c.value().equals(c.label()) ? c.label() : c.label() + " (" + c.value() + ")")
				.orElse(Messages.bind(Messages.Form_notAllowed, value));
	}

	/** The field that suits the option's type, followed by its help line when {@code help}. */
	public Control field(OptionDef def, boolean help) {
		Control c = switch (def.type()) {
			case SECRET -> secret(def.name());
			case ENUM, BOOLEAN -> choice(def.name()).getCombo();
			case PATH -> path(def.name());
			default -> text(def.name());
		};
		if (def.type() == OptionType.INTEGER && def.defaultValue() != null) {
			((Text) c).setMessage(Messages.bind(Messages.Form_defaultHint, def.defaultValue()));
		}
		if (help && !def.help().isEmpty()) {
			help(def.help());
		}
		return c;
	}

	/** A dim line under the previous field, in columns 2 and 3. */
	public Label help(String text) {
		new Label(body, SWT.NONE); // column 1 stays empty
		Label l = new Label(body, SWT.WRAP);
		l.setText(text);
		l.setForeground(Form.DIM);
		l.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(DECORATION_INDENT, 0)
				.hint(FIELD_WIDTH_HINT, SWT.DEFAULT).create());
		return l;
	}

	/** A bold heading across the form, with some space above. */
	public Label heading(String text) {
		Label l = new Label(body, SWT.NONE);
		l.setText(text);
		l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		l.setLayoutData(GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).create());
		return l;
	}

	/** A wrapping paragraph across the form. */
	public Label paragraph(String text) {
		Label l = new Label(body, SWT.WRAP);
		l.setText(text);
		l.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(FIELD_WIDTH_HINT, SWT.DEFAULT)
				.create());
		return l;
	}
}
