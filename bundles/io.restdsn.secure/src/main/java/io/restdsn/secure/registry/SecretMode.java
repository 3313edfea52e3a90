package io.restdsn.secure.registry;

/** Whether {@link DsnRegistry#load} returns a DSN with its secret values. */
public enum SecretMode {
	/** The secret values, decrypted from secure storage (needs the master password). */
	INCLUDE,
	/** No secret options at all; needs no password. */
	OMIT
}
