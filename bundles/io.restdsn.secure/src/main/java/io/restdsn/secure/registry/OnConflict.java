package io.restdsn.secure.registry;

/** What {@link DsnRegistry#importDsn} does when a DSN of that name exists already. */
public enum OnConflict {
	/** Import under a free name: {@code Name (2)}, {@code Name (3)}, ... */
	RENAME,
	/** The imported DSN replaces the existing one, options and secrets. */
	REPLACE,
	/** Keep the existing DSN; import nothing. */
	SKIP
}
