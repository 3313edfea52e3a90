package io.restdsn.secure.registry;

/**
 * What a delete did.
 *
 * @param dsnDeleted     whether the odbc.ini had the DSN (and no longer has it)
 * @param secretsRemoved how many secrets of that name were removed from secure storage
 */
public record DeleteResult(boolean dsnDeleted, int secretsRemoved) {

	/** Whether there was anything of that name at all. */
	public boolean found() {
		return dsnDeleted || secretsRemoved > 0;
	}
}
