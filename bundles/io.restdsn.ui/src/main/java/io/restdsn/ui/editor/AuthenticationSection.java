package io.restdsn.ui.editor;

import static io.restdsn.core.options.OptionNames.AUTHENTICATION_METHOD;
import static io.restdsn.core.options.OptionNames.AUTH_HEADER;
import static io.restdsn.core.options.OptionNames.SECURITY_TOKEN;
import static io.restdsn.core.options.OptionNames.TOKEN_URI;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionNames;
import io.restdsn.ui.checks.ConnectionChecks;

/**
 * The authentication options: a drop-down of named methods (client credentials first, the legacy 24 labelled as the
 * alias it is) and below it exactly the fields of the chosen method. Used by the editor's Authentication page and by
 * the wizard's second page.
 *
 * <pre>
 * Method          [OAuth 2.0 client credentials (53)       v]
 *                 what the method does (dim)
 * ---------------------------------------------------------------
 * (the method's panel: {@link ClientCredentialsPanel} for 53, a generated form for the others; a note first for 24)
 * </pre>
 */
public final class AuthenticationSection {

	private final FieldBinder binder;
	private final ConnectionChecks checks;
	private final Composite body;
	private final Composite stack;
	private final StackLayout stackLayout = new StackLayout();
	private final Map<AuthMethod, Composite> panels = new EnumMap<>(AuthMethod.class);
	private final Label methodNote;
	private final Runnable relayout;
	private final int labelWidth;
	private final List<Runnable> disposers = new ArrayList<>();

	/**
	 * @param relayout called after the panel changed size (the page re-computes its scrolling)
	 */
	public AuthenticationSection(Composite parent, FieldBinder binder, ConnectionChecks checks, Runnable relayout) {
		this.binder = binder;
		this.checks = checks;
		this.relayout = relayout;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(body);

		Form top = new Form(body, binder);
		top.body().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		labelWidth = Form.widest(body, Messages.Auth_method, Messages.Auth_sendCredentials,
				OptionLabels.label(OptionNames.AUTH_URI), OptionLabels.label(OptionNames.JWT_CERT_PASSWORD),
				OptionLabels.label(OptionNames.CLAIMS_SUBJECT), OptionLabels.label(OptionNames.JWT_CERT_STORE));
		top.labelWidth(labelWidth);
		top.label(Messages.Auth_method, OptionLabels.tooltip(top.def(AUTHENTICATION_METHOD)));
		ComboViewer methods = new ComboViewer(top.body(), SWT.READ_ONLY | SWT.DROP_DOWN);
		Combo combo = methods.getCombo();
		combo.setLayoutData(Form.fieldData(false));
		combo.setData("id", Form.id(AUTHENTICATION_METHOD));
		combo.setVisibleItemCount(AuthMethod.values().length);
		methods.setContentProvider(ArrayContentProvider.getInstance());
		methods.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return methodLabel((AuthMethod) element);
			}
		});
		methods.setInput(AuthMethod.displayOrder());
		IObservableValue<AuthMethod> method = method(binder.draft());
		var selection = ViewerProperties.singleSelection(AuthMethod.class).observe(methods);
		binder.context().bindValue(selection, method);
		binder.decorate(AUTHENTICATION_METHOD, selection);

		new Label(top.body(), SWT.NONE);
		methodNote = new Label(top.body(), SWT.WRAP);
		methodNote.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.indent(Form.DECORATION_INDENT, 0).hint(260, SWT.DEFAULT).create());
		methodNote.setForeground(Form.DIM);
		methodNote.setData("id", "auth.methodNote");

		Label line = new Label(body, SWT.SEPARATOR | SWT.HORIZONTAL);
		line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		stack = new Composite(body, SWT.NONE);
		stack.setLayout(stackLayout);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		show(method.getValue());
		method.addValueChangeListener(e -> show(e.diff.getNewValue()));
	}

	public Composite control() {
		return body;
	}

	/** The draft's method: {@code null} while AuthenticationMethod holds a value the connector does not know. */
	static IObservableValue<AuthMethod> method(DsnDraft draft) {
		return new DsnLens<>(draft.dsn(), AuthenticationSection::methodOf,
				(d, m) -> m == null ? d : d.with(d.spelling(AUTHENTICATION_METHOD).orElse(AUTHENTICATION_METHOD), m.value()),
				AuthMethod.class);
	}

	static AuthMethod methodOf(Dsn d) {
		String v = d.get(AUTHENTICATION_METHOD).orElse("");
		return v.isBlank() ? AuthMethod.DEFAULT : AuthMethod.fromValue(v).orElse(null);
	}

	static String methodLabel(AuthMethod m) {
		return m.label() + " (" + m.code() + ")";
	}

	/**
	 * The options the Authentication page shows for a DSN: the method and the fields of its grant. Everything else
	 * with a value appears in the Advanced grid.
	 */
	public static Set<String> shownOptions(Dsn dsn) {
		Set<String> shown = new LinkedHashSet<>();
		shown.add(AUTHENTICATION_METHOD);
		AuthMethod m = methodOf(dsn);
		if (m != null) {
			AuthMethod grant = m.grantFor(k -> !dsn.get(k).orElse("").isBlank());
			shown.addAll(grant.uses());
		}
		return shown;
	}

	private void show(AuthMethod m) {
		if (body.isDisposed()) {
			return;
		}
		if (m == null) {
			methodNote.setText(Messages.Auth_unknownMethod);
			stackLayout.topControl = null;
		} else {
			methodNote.setText(note(m));
			stackLayout.topControl = panels.computeIfAbsent(m, this::createPanel);
		}
		stack.layout(true, true);
		body.layout(true, true);
		relayout.run();
	}

	private String note(AuthMethod m) {
		if (m == AuthMethod.OAUTH2) {
			Dsn d = binder.draft().current();
			AuthMethod grant = m.grantFor(k -> !d.get(k).orElse("").isBlank());
			return Messages.bind(Messages.Auth_legacyNote, grant.label(), grant.code());
		}
		String key = "Auth_note_" + m.name();
		return Messages.note(key);
	}

	private Composite createPanel(AuthMethod m) {
		if (m == AuthMethod.OAUTH2_CLIENT_CREDENTIALS) {
			ClientCredentialsPanel p = new ClientCredentialsPanel(stack, binder, checks, labelWidth);
			disposers.add(p::dispose);
			return p.control();
		}
		AuthMethod grant = m;
		if (m == AuthMethod.OAUTH2) {
			Dsn d = binder.draft().current();
			grant = m.grantFor(k -> !d.get(k).orElse("").isBlank());
			if (grant == AuthMethod.OAUTH2_CLIENT_CREDENTIALS) {
				ClientCredentialsPanel p = new ClientCredentialsPanel(stack, binder, checks, labelWidth);
				disposers.add(p::dispose);
				return p.control();
			}
		}
		return genericPanel(grant);
	}

	/** The fields of a method in its {@link AuthMethod#uses()} order; OAuth methods put the custom header last. */
	private Composite genericPanel(AuthMethod m) {
		Form f = new Form(stack, binder).labelWidth(labelWidth);
		boolean oauth = m.usesTokenEndpoint() || m == AuthMethod.OAUTH2_ACCESS_TOKEN;
		if (m.uses().isEmpty()) {
			f.paragraph(m == AuthMethod.CUSTOM ? Messages.Auth_customExplained : Messages.Auth_noneExplained);
		}
		for (String option : m.uses()) {
			if (oauth && (option.equals(AUTH_HEADER) || option.equals(SECURITY_TOKEN))) {
				continue;
			}
			OptionDef def = f.def(option);
			if (option.equals(TOKEN_URI)) {
				TokenUriField t = tokenUriRow(f);
				disposers.add(t::dispose);
				f.help(Messages.Auth_tokenHelp);
			} else {
				f.field(def, true);
			}
		}
		if (oauth) {
			customHeader(f);
		}
		return f.body();
	}

	/** The custom header rows of the OAuth methods: a header name and its (secret) value. */
	static void customHeader(Form f) {
		f.heading(Messages.Auth_customHeader);
		f.text(AUTH_HEADER, OptionLabels.label(AUTH_HEADER), Messages.Auth_headerNameTip);
		f.secret(SECURITY_TOKEN, OptionLabels.label(SECURITY_TOKEN), Messages.Auth_headerValueTip);
		f.help(Messages.Auth_customHeaderHelp);
	}

	/** Method selector and URL for TokenURI, in one row. */
	static TokenUriField tokenUriRow(Form f) {
		OptionDef def = f.def(TOKEN_URI);
		f.label(OptionLabels.label(def), OptionLabels.tooltip(def));
		Composite row = new Composite(f.body(), SWT.NONE);
		row.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(Form.DECORATION_INDENT, 0)
				.hint(260, SWT.DEFAULT).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(Form.DECORATION_INDENT + 4, 0).applyTo(row);
		ComboViewer method = new ComboViewer(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		method.getCombo().setData("id", Form.id(TOKEN_URI) + ".method");
		method.getCombo().setToolTipText(Messages.Auth_tokenMethodTip);
		method.setContentProvider(ArrayContentProvider.getInstance());
		method.setInput(List.of(TokenUriField.POST, TokenUriField.GET));
		Text url = new Text(row, SWT.BORDER | SWT.SINGLE);
		url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		url.setData("id", Form.id(TOKEN_URI));
		url.setToolTipText(OptionLabels.tooltip(def));
		url.setMessage("https://login.example.com/oauth2/token");
		TokenUriField field = new TokenUriField(f.binder().draft().option(TOKEN_URI));
		f.binder().context().bindValue(ViewerProperties.singleSelection(String.class).observe(method), field.method());
		var urlWidget = WidgetProperties.text(SWT.Modify).observe(url);
		f.binder().context().bindValue(urlWidget, field.url());
		f.binder().decorate(TOKEN_URI, urlWidget);
		return field;
	}

	public void dispose() {
		disposers.forEach(Runnable::run);
	}
}
