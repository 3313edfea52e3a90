package io.restdsn.core.ini;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The odbc.ini file changed on disk after it was read, so saving would overwrite someone else's change (another
 * program, {@code odbcinst -i}, another window). Checked: the caller must decide to reload and reapply.
 */
public final class IniChangedOnDiskException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path path;

	public IniChangedOnDiskException(Path path) {
		super(path + " changed on disk since it was read (another program or window edited it); nothing was written. "
				+ "Reload the file and apply the change again.");
		this.path = path;
	}

	public Path path() {
		return path;
	}
}
