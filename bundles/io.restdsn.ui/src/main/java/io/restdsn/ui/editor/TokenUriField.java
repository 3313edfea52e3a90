package io.restdsn.ui.editor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;

/**
 * TokenURI as the editor shows it: the HTTP method in a selector of its own, the URL in a text field. The option
 * stores the method as a {@code POST } prefix and GET as no prefix (the connector's default), so the pair is kept in
 * step with the one option in both directions (the Advanced grid may edit the raw value).
 */
final class TokenUriField {

	static final String GET = "GET";
	static final String POST = "POST";
	private static final Pattern PREFIX = Pattern.compile("(?is)\\s*(GET|POST)\\s+(.*)");

	private final IObservableValue<String> option;
	private final WritableValue<String> method;
	private final WritableValue<String> url;
	private boolean syncing;

	/** A new endpoint defaults to POST, the method RFC 6749 requires. */
	TokenUriField(IObservableValue<String> option) {
		this.option = option;
		this.method = new WritableValue<>(option.getRealm(), POST, String.class);
		this.url = new WritableValue<>(option.getRealm(), "", String.class);
		split(option.getValue());
		option.addValueChangeListener(e -> {
			if (!syncing) {
				split(e.diff.getNewValue());
			}
		});
		method.addValueChangeListener(e -> write());
		url.addValueChangeListener(e -> write());
	}

	IObservableValue<String> method() {
		return method;
	}

	IObservableValue<String> url() {
		return url;
	}

	private void split(String value) {
		syncing = true;
		try {
			String v = value == null ? "" : value;
			Matcher m = PREFIX.matcher(v);
			if (v.isBlank()) {
				url.setValue("");
			} else if (m.matches()) {
				method.setValue(m.group(1).toUpperCase(Locale.ROOT));
				url.setValue(m.group(2));
			} else {
				method.setValue(GET);
				url.setValue(v);
			}
		} finally {
			syncing = false;
		}
	}

	private void write() {
		if (syncing) {
			return;
		}
		syncing = true;
		try {
			String u = url.getValue();
			option.setValue(u.isEmpty() ? "" : POST.equals(method.getValue()) ? POST + " " + u : u);
		} finally {
			syncing = false;
		}
	}

	void dispose() {
		method.dispose();
		url.dispose();
	}
}
