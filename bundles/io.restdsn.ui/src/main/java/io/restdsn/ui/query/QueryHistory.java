package io.restdsn.ui.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.restdsn.core.io.AtomicFiles;

/**
 * The statements a user ran on a DSN, most recent first, kept across restarts in one small file per DSN under the
 * plugin's state location (never with the DSN's secrets: SQL is not secret, and odbc.ini stays untouched).
 * <p>
 * File format, chosen so a statement of any text survives: one header line per entry,
 * {@code #entry <epoch-millis> <char-count>}, then exactly that many characters of SQL and a line break. Unknown or
 * damaged content ends the reading (the entries before it are kept). Blocking file I/O: call it off the UI thread.
 */
public final class QueryHistory {

	/** One statement run at a time. */
	public record Entry(Instant at, String sql) {
	}

	/** Entries kept per DSN. */
	public static final int MAX_ENTRIES = 100;

	private static final String HEADER = "#entry ";
	/** Windows of one DSN may save at the same moment: one read-modify-write at a time. */
	private static final Object LOCK = new Object();

	private final Path directory;

	/** @param directory where the files live, e.g. {@code <state location>/history} */
	public QueryHistory(Path directory) {
		this.directory = directory;
	}

	/** The file of a DSN: its name hex-encoded (DSN names may hold any character, file names may not). */
	Path file(String dsnName) {
		byte[] utf8 = dsnName.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		return directory.resolve(HexFormat.of().formatHex(utf8) + ".sqlhistory");
	}

	/** The DSN's history, most recent first; empty when there is none. */
	public List<Entry> load(String dsnName) throws IOException {
		String text;
		try {
			text = Files.readString(file(dsnName), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		int i = 0;
		while (i < text.length() && text.startsWith(HEADER, i)) {
			int eol = text.indexOf('\n', i);
			if (eol < 0) {
				break;
			}
			String[] parts = text.substring(i + HEADER.length(), eol).trim().split(" ");
			if (parts.length != 2) {
				break;
			}
			long millis;
			int length;
			try {
				millis = Long.parseLong(parts[0]);
				length = Integer.parseInt(parts[1]);
			} catch (NumberFormatException e) {
				break;
			}
			int start = eol + 1;
			if (length < 0 || start + length > text.length()) {
				break;
			}
			entries.add(new Entry(Instant.ofEpochMilli(millis), text.substring(start, start + length)));
			i = start + length;
			if (i < text.length() && text.charAt(i) == '\n') {
				i++;
			}
		}
		return entries;
	}

	/**
	 * Records a statement as the most recent one (an identical earlier entry moves up rather than repeating) and
	 * keeps the newest {@link #MAX_ENTRIES}.
	 *
	 * @return the history after the change
	 */
	public List<Entry> add(String dsnName, String sql, Instant at) throws IOException {
		synchronized (LOCK) {
			return addLocked(dsnName, sql, at);
		}
	}

	private List<Entry> addLocked(String dsnName, String sql, Instant at) throws IOException {
		String s = sql.strip();
		List<Entry> entries = new ArrayList<>(load(dsnName));
		entries.removeIf(e -> e.sql().equals(s));
		entries.add(0, new Entry(at, s));
		while (entries.size() > MAX_ENTRIES) {
			entries.remove(entries.size() - 1);
		}
		save(dsnName, entries);
		return List.copyOf(entries);
	}

	/** Forgets a DSN's history. */
	public void clear(String dsnName) throws IOException {
		synchronized (LOCK) {
			Files.deleteIfExists(file(dsnName));
		}
	}

	private void save(String dsnName, List<Entry> entries) throws IOException {
		StringBuilder sb = new StringBuilder();
		for (Entry e : entries) {
			sb.append(HEADER).append(e.at().toEpochMilli()).append(' ').append(e.sql().length()).append('\n');
			sb.append(e.sql()).append('\n');
		}
		Files.createDirectories(directory);
		AtomicFiles.replace(file(dsnName), sb.toString().getBytes(StandardCharsets.UTF_8), null);
	}
}
