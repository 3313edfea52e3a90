package io.restdsn.core.ini;

/**
 * Where one section lies in the line list.
 *
 * @param name   the name as unixODBC reads it (trimmed, up to the first {@code ]})
 * @param header index of the {@code [name]} line
 * @param end    index after the section's last line (the next header, or the end of the file)
 */
record IniSection(String name, int header, int end) {

	boolean named(String other) {
		return IniValueRules.fold(name).equals(IniValueRules.fold(other));
	}
}
