package io.restdsn.cli;

/**
 * One {@code KEY=VALUE} of {@code restdsn set}, with the value already read (from {@code @-} or {@code @FILE}).
 *
 * @param key    as typed
 * @param value  the value; empty means "remove the option"
 * @param secret whether the option is a secret (it then goes to secure storage)
 * @param origin where the value came from, for messages
 */
record Assignment(String key, String value, boolean secret, Origin origin) {

	enum Origin {
		/** Typed on the command line (visible in process lists and shell history). */
		COMMAND_LINE,
		/** {@code @-}. */
		STDIN,
		/** {@code @FILE}. */
		FILE
	}

	boolean removes() {
		return value.isEmpty();
	}

	/** Never shows a secret's value. */
	@Override
	public String toString() {
		return key + "=" + (secret ? "****" : value);
	}
}
