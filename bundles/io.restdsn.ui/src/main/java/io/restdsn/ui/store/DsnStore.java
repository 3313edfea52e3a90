package io.restdsn.ui.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.restdsn.core.dsn.Dsn;

/**
 * Where the UI loads and saves DSNs: options in odbc.ini, secrets somewhere safer.
 * <p>
 * The UI depends only on this interface; {@link RegistryDsnStore} implements it over the DSN registry the command
 * line uses too.
 * <p>
 * Every method may block on the file system or on secure storage: call them from a Job or a forked runnable, never
 * on the UI thread.
 */
public interface DsnStore {

	/** Family of the jobs that run store operations, so tests (and the view) can wait for them. */
	Object JOB_FAMILY = new Object();

	/** The odbc.ini this store edits, for messages. */
	Path location();

	/** DSN names in file order. */
	List<String> names() throws IOException;

	/**
	 * The DSN with its secrets filled in from wherever they are kept (an editor needs them to show "reveal" and to
	 * save unchanged). A secret written into odbc.ini in plain text by another tool is returned as found there (it is
	 * what the connector uses); the next save moves it out of the file.
	 *
	 * @throws java.util.NoSuchElementException when there is no such DSN
	 */
	Dsn load(String name) throws IOException;

	/**
	 * Writes a DSN: its non-secret options to odbc.ini, its secrets to the secret keeper (secrets absent from
	 * {@code dsn} are deleted there). When {@code previousName} is given and differs from {@code dsn.name()}, the DSN
	 * is renamed first.
	 *
	 * @param previousName the name the DSN had when it was loaded, or {@code null} for a new DSN (which must not exist)
	 */
	void save(String previousName, Dsn dsn) throws IOException;

	/** Renames the DSN's section and moves its secrets. */
	void rename(String oldName, String newName) throws IOException;

	/** Removes the DSN's section and its secrets; no-op when there is no such DSN. */
	void delete(String name) throws IOException;

	/** Whether the keeper holds a value for a secret option of a DSN. */
	boolean hasSecret(String dsnName, String option);

	/** Called (on any thread) after every successful change. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
