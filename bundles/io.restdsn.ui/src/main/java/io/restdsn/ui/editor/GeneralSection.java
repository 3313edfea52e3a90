package io.restdsn.ui.editor;

import static io.restdsn.core.options.OptionNames.DESCRIPTION;
import static io.restdsn.core.options.OptionNames.HEALTH_URI;
import static io.restdsn.core.options.OptionNames.HOST_NAME;
import static io.restdsn.core.options.OptionNames.JSON_ROOT;
import static io.restdsn.core.options.OptionNames.REST_CONFIG_FILE;
import static io.restdsn.core.options.OptionNames.REST_SAMPLE_PATH;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;


/**
 * Name, description and where the tables come from: a Model file, or one sample endpoint. The editor's General page
 * adds HostName, JSONRoot and HealthURI; the wizard's first page shows the first part only.
 *
 * <pre>
 * Name              ! [Analytics_______________________]
 * Description       ! [________________________________]
 * Tables from         (•) Model file   ( ) Sample endpoint
 * Model file        ! [~/ga.rest_________________] [Browse…]
 * Sample endpoint   ! [https://api.example.com/v1/events]   (the one not chosen is disabled and empty)
 * Host name         ! [https://api.example.com_________]
 *                     base URL, so Model paths may be relative (dim)
 * JSON root         ! [/events_________________________]
 * Health check URI  ! [/health_________________________]
 * </pre>
 */
public final class GeneralSection {

	/** Options the full section shows (the name is not an option). */
	public static final List<String> OPTIONS = List.of(DESCRIPTION, REST_CONFIG_FILE, REST_SAMPLE_PATH, HOST_NAME,
			JSON_ROOT, HEALTH_URI);

	private final Form form;
	private final Text name;
	private String stashedConfig = "";
	private String stashedSample = "";

	/**
	 * @param full with HostName, JSONRoot and HealthURI (the editor); without (the wizard's first page)
	 */
	public GeneralSection(Composite parent, FieldBinder binder, boolean full) {
		form = new Form(parent, binder);
		form.labelWidth(Form.widest(parent, Messages.General_name, Messages.General_tablesFrom,
				OptionLabels.label(REST_SAMPLE_PATH), OptionLabels.label(HEALTH_URI), OptionLabels.label(HOST_NAME)));
		form.label(Messages.General_name, Messages.General_nameTip);
		name = new Text(form.body(), SWT.BORDER | SWT.SINGLE);
		name.setLayoutData(Form.fieldData(false));
		name.setData("id", "dsn.name");
		name.setToolTipText(Messages.General_nameTip);
		binder.name(name);
		form.text(DESCRIPTION);

		form.label(Messages.General_tablesFrom, Messages.General_tablesFromTip);
		Composite radios = new Composite(form.body(), SWT.NONE);
		radios.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).indent(Form.DECORATION_INDENT, 0).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(radios);
		Button useConfig = new Button(radios, SWT.RADIO);
		useConfig.setText(Messages.General_fromModel);
		useConfig.setData("id", "source.model");
		Button useSample = new Button(radios, SWT.RADIO);
		useSample.setText(Messages.General_fromSample);
		useSample.setData("id", "source.sample");

		Text config = form.path(REST_CONFIG_FILE, "*.rest");
		config.setMessage(Messages.General_modelHint);
		Button browse = form.lastButton();
		Text sample = form.text(REST_SAMPLE_PATH);
		sample.setMessage("https://api.example.com/v1/items");

		DsnDraft draft = binder.draft();
		boolean sampleChosen = draft.value(REST_CONFIG_FILE).isBlank() && !draft.value(REST_SAMPLE_PATH).isBlank();
		useConfig.setSelection(!sampleChosen);
		useSample.setSelection(sampleChosen);
		Runnable apply = () -> {
			boolean s = useSample.getSelection();
			config.setEnabled(!s);
			browse.setEnabled(!s);
			sample.setEnabled(s);
		};
		apply.run();
		// switching keeps the other value aside, so the DSN names one source and switching back restores it
		useConfig.addListener(SWT.Selection, e -> {
			if (useConfig.getSelection() && !config.isEnabled()) {
				stashedSample = draft.value(REST_SAMPLE_PATH);
				draft.option(REST_SAMPLE_PATH).setValue("");
				draft.option(REST_CONFIG_FILE).setValue(stashedConfig);
				apply.run();
				config.setFocus();
			}
		});
		useSample.addListener(SWT.Selection, e -> {
			if (useSample.getSelection() && !sample.isEnabled()) {
				stashedConfig = draft.value(REST_CONFIG_FILE);
				draft.option(REST_CONFIG_FILE).setValue("");
				draft.option(REST_SAMPLE_PATH).setValue(stashedSample);
				apply.run();
				sample.setFocus();
			}
		});

		form.text(HOST_NAME).setMessage("https://api.example.com");
		form.help(form.def(HOST_NAME).help());
		if (full) {
			form.text(JSON_ROOT).setMessage("/events");
			form.help(form.def(JSON_ROOT).help());
			form.text(HEALTH_URI).setMessage("/health");
			form.help(form.def(HEALTH_URI).help());
		}
	}

	public Composite control() {
		return form.body();
	}

	public Text nameField() {
		return name;
	}

	/** The options on the wizard's first page. */
	public static Set<String> wizardOptions() {
		Set<String> s = new LinkedHashSet<>(List.of(DESCRIPTION, REST_CONFIG_FILE, REST_SAMPLE_PATH, HOST_NAME));
		s.add(DraftProblems.NAME);
		return s;
	}
}
