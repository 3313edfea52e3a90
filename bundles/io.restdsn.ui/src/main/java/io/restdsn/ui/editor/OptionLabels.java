package io.restdsn.ui.editor;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.restdsn.core.options.OptionDef;

/**
 * The label a field shows for an option: from {@code options.properties} ({@code ProxyHost = Proxy host}), so
 * translators can reword it, else derived from the option name ("HostNameInCertificate" becomes "Host name in
 * certificate"). The option name itself is always in the field's tooltip: it is what the connector's documentation
 * and odbc.ini use.
 */
public final class OptionLabels {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.restdsn.ui.editor.options", java.util.Locale.getDefault(),
			OptionLabels.class.getClassLoader());

	private OptionLabels() {
	}

	public static String label(String optionName) {
		try {
			return BUNDLE.getString(optionName);
		} catch (MissingResourceException e) {
			return derive(optionName);
		}
	}

	public static String label(OptionDef def) {
		return label(def.name());
	}

	/** Tooltip: the help line and the name as written in odbc.ini. */
	public static String tooltip(OptionDef def) {
		return def.help().isEmpty() ? def.name() : def.help() + " (" + def.name() + ")";
	}

	/** Splits camel case, keeping runs of capitals (URI, JSON, WS) as words. */
	static String derive(String name) {
		StringBuilder out = new StringBuilder();
		int n = name.length();
		for (int i = 0; i < n; i++) {
			char c = name.charAt(i);
			boolean upper = Character.isUpperCase(c);
			boolean wordStart = i > 0 && upper && (Character.isLowerCase(name.charAt(i - 1))
					|| i + 1 < n && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)));
			if (wordStart) {
				out.append(' ');
			}
			boolean acronym = upper && (i + 1 < n && Character.isUpperCase(name.charAt(i + 1))
					|| i > 0 && Character.isUpperCase(name.charAt(i - 1)) && (i + 1 == n || !Character.isLowerCase(name.charAt(i + 1))));
			out.append(out.length() > 1 && upper && !acronym ? Character.toLowerCase(c) : c);
		}
		return out.toString();
	}
}
