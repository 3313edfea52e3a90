package io.restdsn.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.restdsn.core.ini.OdbcIniLocator;

/** The UI bundle's activator: preferences and the odbc.ini location the views work on. */
public class UiPlugin extends AbstractUIPlugin {

	public static final String ID = "io.restdsn.ui";
	/** Preference: explicit user odbc.ini path; empty means $ODBCINI, else ~/.odbc.ini. */
	public static final String PREF_ODBCINI = "odbcIniPath";

	private static UiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static UiPlugin getDefault() {
		return instance;
	}

	/** The user odbc.ini the Data Sources view shows and edits. */
	public Path userOdbcIni() {
		String explicit = getPreferenceStore().getString(PREF_ODBCINI);
		return OdbcIniLocator.fromSystem()
				.userFile(explicit == null || explicit.isBlank() ? Optional.empty() : Optional.of(Path.of(explicit)));
	}
}
