package io.restdsn.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an export does with secret options ({@code --secrets}). Omitting is the default because an export usually
 * ends up in a file, a ticket or a chat; a placeholder keeps the option visible so the reader knows to fill it in.
 */
public enum SecretPolicy {
	/** Leave secret options out. */
	OMIT("omit"),
	/** Write {@code <OptionName>} instead of the value. */
	PLACEHOLDER("placeholder"),
	/** Write the real values; only on the user's explicit request. */
	INCLUDE("include");

	private final String cliName;

	SecretPolicy(String cliName) {
		this.cliName = cliName;
	}

	public String cliName() {
		return cliName;
	}

	/** The value written in place of a secret under {@link #PLACEHOLDER}. */
	public static String placeholder(String key) {
		return "<" + key + ">";
	}

	/** @throws IllegalArgumentException listing the accepted names */
	public static SecretPolicy fromCliName(String name) {
		for (SecretPolicy p : values()) {
			if (p.cliName.equals(name.toLowerCase(Locale.ROOT))) {
				return p;
			}
		}
		throw new IllegalArgumentException("unknown secrets policy '" + name + "'; use one of "
				+ Arrays.stream(values()).map(SecretPolicy::cliName).collect(Collectors.joining(", ")));
	}
}
