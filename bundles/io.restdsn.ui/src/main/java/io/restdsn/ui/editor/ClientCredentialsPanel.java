package io.restdsn.ui.editor;

import static io.restdsn.core.options.OptionNames.CLIENT_CREDENTIALS_MODE;
import static io.restdsn.core.options.OptionNames.CLIENT_ID;
import static io.restdsn.core.options.OptionNames.CLIENT_SECRET;
import static io.restdsn.core.options.OptionNames.SCOPE;

import java.util.concurrent.CancellationException;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.SelectObservableValue;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.ClientCredentialsMode;
import io.restdsn.ui.checks.CheckFailedException;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.TokenSummary;

/**
 * The fields of OAuth 2.0 client credentials (AuthenticationMethod 53), the product's main flow.
 *
 * <pre>
 * Client ID          ! [_____________________________________]
 * Client secret      ! [•••••••••••••••••••••••••••] [ ] Show
 * Token endpoint       [POST v] ! [https://login.example.com/token]
 *                      (!) GET: RFC 6749 requires POST …           (only while GET is chosen)
 * Send credentials   ! (•) Default (0): HTTP Basic header …
 *   as                 ( ) HTTP Basic header (1)
 *                      ( ) Query parameters of the token URL (2)
 *                          (!) RFC 6749 forbids this: …
 *                      ( ) Form fields in a POST body (3)
 * Scope              ! [_____________________________________]
 *                      [Get token now]  type, expiry, scope granted, or why it is disabled
 * Custom header (optional)
 * Header name        ! [_____________________________________]
 * Header value       ! [•••••••••••••••••••••••••••] [ ] Show
 * </pre>
 */
final class ClientCredentialsPanel {

	/** Jobs of "Get token now", so tests can wait for them. */
	static final Object TOKEN_JOB_FAMILY = new Object();

	private final Form form;
	private final ConnectionChecks checks;
	private final TokenUriField tokenUri;
	private final Label tokenResult;

	ClientCredentialsPanel(Composite parent, FieldBinder binder, ConnectionChecks checks, int labelWidth) {
		this.checks = checks;
		form = new Form(parent, binder).labelWidth(labelWidth);
		form.text(CLIENT_ID).setMessage(Messages.Auth_clientIdHint);
		form.secret(CLIENT_SECRET);

		tokenUri = AuthenticationSection.tokenUriRow(form);
		Composite getWarning = warning(form.body(), Messages.Auth_getWarning, "auth.getWarning");
		IObservableValue<String> method = tokenUri.method();
		Runnable showGetWarning = () -> {
			boolean get = TokenUriField.GET.equals(method.getValue());
			for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { getWarning,
					(org.eclipse.swt.widgets.Control) getWarning.getData("filler") }) {
				((GridData) c.getLayoutData()).exclude = !get;
				c.setVisible(get);
			}
			getWarning.getParent().layout(true, true);
		};
		method.addValueChangeListener(e -> showGetWarning.run());
		showGetWarning.run();

		modeRadios(binder);
		form.text(SCOPE).setMessage(Messages.Auth_scopeHint);

		// right after the token request's fields, so it is in view without scrolling
		new Label(form.body(), SWT.NONE);
		Composite tokenRow = new Composite(form.body(), SWT.NONE);
		tokenRow.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.indent(Form.DECORATION_INDENT, 2).hint(260, SWT.DEFAULT).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(tokenRow);
		Button getToken = new Button(tokenRow, SWT.PUSH);
		getToken.setText(Messages.Auth_getToken);
		getToken.setData("id", "auth.getToken");
		getToken.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		tokenResult = new Label(tokenRow, SWT.WRAP);
		tokenResult.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).create());
		tokenResult.setData("id", "auth.tokenResult");
		if (checks.available()) {
			getToken.setToolTipText(Messages.Auth_getTokenTip);
			getToken.addListener(SWT.Selection, e -> fetchToken(binder.draft().current(), getToken));
			// a result describes the options it was fetched with: once they change it would mislead
			binder.draft().dsn().addValueChangeListener(e -> {
				if (!tokenResult.isDisposed() && !tokenResult.getText().isEmpty() && getToken.isEnabled()) {
					tokenResult.setText("");
				}
			});
		} else {
			getToken.setEnabled(false);
			getToken.setToolTipText(checks.unavailableReason());
			tokenResult.setText(checks.unavailableReason());
			tokenResult.setForeground(Form.DIM);
		}

		AuthenticationSection.customHeader(form);
	}

	Composite control() {
		return form.body();
	}

	/** Four radio buttons with their one-line explanations; the RFC warning sits right under URL mode. */
	private void modeRadios(FieldBinder binder) {
		form.topLabel(Messages.Auth_sendCredentials, form.def(CLIENT_CREDENTIALS_MODE).help() + " ("
				+ CLIENT_CREDENTIALS_MODE + ")");
		Composite radios = new Composite(form.body(), SWT.NONE);
		radios.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.indent(Form.DECORATION_INDENT, 0).hint(260, SWT.DEFAULT).create());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(radios);
		SelectObservableValue<String> selected = new SelectObservableValue<>(binder.context().getValidationRealm(), String.class);
		Button first = null;
		for (ClientCredentialsMode m : ClientCredentialsMode.values()) {
			// WRAP: the explanations are long and must never be cut off in a narrow window
			Button b = new Button(radios, SWT.RADIO | SWT.WRAP);
			b.setText(Messages.bind(Messages.Auth_modeRadio, m.explanation(), m.code()));
			b.setData("id", Form.id(CLIENT_CREDENTIALS_MODE) + "." + m.code());
			b.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).create());
			selected.addOption(m.value(), WidgetProperties.buttonSelection().observe(b));
			if (first == null) {
				first = b;
			}
			if (m == ClientCredentialsMode.URL) {
				Composite w = warning(radios, Messages.Auth_urlWarning, "auth.urlWarning");
				((GridData) w.getLayoutData()).horizontalIndent = 22;
			}
		}
		IObservableValue<String> mode = new DsnLens<>(binder.draft().dsn(),
				d -> d.get(CLIENT_CREDENTIALS_MODE).filter(v -> !v.isBlank()).map(String::trim).orElse("0"),
				(d, v) -> "0".equals(v) || v == null ? d.without(CLIENT_CREDENTIALS_MODE)
						: d.with(d.spelling(CLIENT_CREDENTIALS_MODE).orElse(CLIENT_CREDENTIALS_MODE), v),
				String.class);
		binder.context().bindValue(selected, mode);
		binder.decorate(CLIENT_CREDENTIALS_MODE, first);
	}

	/** A warning icon and a wrapping line of text. */
	static Composite warning(Composite parent, String text, String id) {
		Composite row = new Composite(parent, SWT.NONE);
		boolean inForm = parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout g && g.numColumns == 3;
		if (inForm) {
			Label filler = new Label(parent, SWT.NONE);
			filler.setLayoutData(new GridData());
			filler.moveAbove(row);
			row.setData("filler", filler);
		}
		row.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(inForm ? 2 : 1, 1)
				.indent(inForm ? Form.DECORATION_INDENT : 0, 0).hint(260, SWT.DEFAULT).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(row);
		Label icon = new Label(row, SWT.NONE);
		icon.setImage(org.eclipse.jface.resource.JFaceResources.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_WARNING));
		icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label l = new Label(row, SWT.WRAP);
		l.setText(text);
		l.setData("id", id);
		l.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).create());
		return row;
	}

	/** Runs "Get token now" in a user job; the result (never the token) shows beside the button. */
	private void fetchToken(Dsn dsn, Button button) {
		button.setEnabled(false);
		tokenResult.setText(Messages.Auth_tokenRunning);
		Job job = new Job(Messages.Auth_tokenJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String text;
				try {
					TokenSummary t = checks.fetchToken(dsn, monitor);
					text = Messages.bind(Messages.Auth_tokenResult, new Object[] { t.tokenType(), t.expiry(),
							t.grantedScope().isEmpty() ? Messages.Auth_tokenNoScope : t.grantedScope() });
					if (!t.notes().isEmpty()) {
						text += "\n" + String.join("\n", t.notes());
					}
				} catch (CheckFailedException e) {
					text = e.getMessage();
				} catch (CancellationException e) {
					text = Messages.Auth_tokenCanceled;
				}
				String shown = text;
				if (!tokenResult.isDisposed()) {
					tokenResult.getDisplay().asyncExec(() -> {
						if (!tokenResult.isDisposed()) {
							tokenResult.setText(shown);
							button.setEnabled(true);
							tokenResult.getParent().getParent().layout(true, true);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == TOKEN_JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	void dispose() {
		tokenUri.dispose();
	}
}
