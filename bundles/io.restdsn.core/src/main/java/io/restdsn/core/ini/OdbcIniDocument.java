package io.restdsn.core.ini;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniProblem.Severity;

/**
 * An odbc.ini file that can be edited without losing anything of it.
 * <p>
 * unixODBC's own writer drops comments and spacing; this one does not. The document keeps every line exactly as read
 * (comments, blank lines, unknown sections and keys, order, CRLF/LF per line, a missing final line break, a BOM), and
 * an edit touches only the lines it must: a changed value rewrites that one line keeping its key spelling and spacing,
 * a removed option deletes its line, a new option goes after the section's last option, a new DSN goes at the end.
 * Everything else keeps its bytes, so {@link #text()} of an unedited document is the text it was parsed from.
 * <p>
 * Reading follows unixODBC: names compare case-insensitively, the first of two equal keys wins, the first of two equal
 * sections wins. {@link #problems()} lists what unixODBC would reject or misread, with line numbers. Writing refuses
 * (with {@link IniValueException}) any name or value that would read back differently. {@code [ODBC Data Sources]} is
 * kept in step with the DSN sections.
 * <p>
 * Immutable: every edit returns a new document. Secrets are written as given; keeping them out of files is the
 * caller's job (the DSN registry strips them before {@link #put(Dsn)}).
 */
public final class OdbcIniDocument {

	/**
	 * What {@code [ODBC Data Sources]} says for a new DSN whose {@code Driver} is a library path rather than an
	 * odbcinst.ini driver name.
	 */
	public static final String DEFAULT_DRIVER_DESCRIPTION = "DataDirect 8.0 Autonomous REST Connector";

	private static final String BOM = "\uFEFF";

	private final boolean bom;
	private final Charset charset;
	private final List<IniLine> lines;
	private final List<IniProblem> decodeProblems;
	private final List<IniSection> sections;
	private final List<IniProblem> problems;

	private OdbcIniDocument(boolean bom, Charset charset, List<IniLine> lines, List<IniProblem> decodeProblems) {
		this.bom = bom;
		this.charset = charset;
		this.lines = List.copyOf(lines);
		this.decodeProblems = decodeProblems;
		this.sections = index(this.lines);
		List<IniProblem> p = new ArrayList<>(decodeProblems);
		p.addAll(IniChecker.check(bom, charset, this.lines));
		p.sort((a, b) -> Integer.compare(a.line(), b.line()));
		this.problems = List.copyOf(p);
	}

	/** An empty file. */
	public static OdbcIniDocument empty() {
		return parse("");
	}

	/** Reads text as it would be in a UTF-8 file. */
	public static OdbcIniDocument parse(String text) {
		boolean bom = text.startsWith(BOM);
		return new OdbcIniDocument(bom, StandardCharsets.UTF_8, IniLines.split(bom ? text.substring(1) : text),
				List.of());
	}

	/**
	 * Reads a file's bytes. UTF-8 is expected; a file that is not valid UTF-8 is read as ISO-8859-1 (which maps every
	 * byte to a character and back) with a warning, so that saving it never changes bytes the user did not edit.
	 */
	public static OdbcIniDocument parse(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult r = decoder.decode(in, out, true);
		if (!r.isError()) {
			r = decoder.flush(out);
		}
		if (r.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			IniProblem p = new IniProblem(line, Severity.WARNING, "the file is not valid UTF-8 (first bad byte on "
					+ "this line); it is read as ISO-8859-1 and unedited bytes are kept as they are; save it as UTF-8 "
					+ "if it holds non-ASCII names");
			return new OdbcIniDocument(false, StandardCharsets.ISO_8859_1,
					IniLines.split(new String(bytes, StandardCharsets.ISO_8859_1)), List.of(p));
		}
		out.flip();
		String text = out.toString();
		boolean bom = text.startsWith(BOM);
		return new OdbcIniDocument(bom, StandardCharsets.UTF_8, IniLines.split(bom ? text.substring(1) : text),
				List.of());
	}

	public static OdbcIniDocument parse(Path file) throws IOException {
		return parse(Files.readAllBytes(file));
	}

	/** The whole document, including a BOM if the file had one. */
	public String text() {
		String body = IniLines.join(lines);
		return bom ? BOM + body : body;
	}

	/** The file's bytes, in the encoding it was read with. */
	public byte[] bytes() {
		return text().getBytes(charset);
	}

	/** UTF-8, or ISO-8859-1 for a file that was not valid UTF-8. */
	public Charset charset() {
		return charset;
	}

	/** Everything unixODBC would reject or misread, in line order. */
	public List<IniProblem> problems() {
		return problems;
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(IniProblem::isError);
	}

	/**
	 * The DSN sections in file order, each name once (first spelling), without {@code [ODBC Data Sources]} and
	 * {@code [ODBC]}.
	 */
	public List<String> dsnNames() {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (IniSection s : sections) {
			if (!s.name().isEmpty() && !IniValueRules.isReservedSection(s.name())
					&& seen.add(IniValueRules.fold(s.name()))) {
				names.add(s.name());
			}
		}
		return List.copyOf(names);
	}

	public boolean contains(String name) {
		return !IniValueRules.isReservedSection(name) && firstSection(name).isPresent();
	}

	/**
	 * The DSN as unixODBC reads it: the first section of that name (ignoring case), the first value of each key.
	 * A line without {@code =} is an option with an empty value, as unixODBC reads it.
	 */
	public Optional<Dsn> dsn(String name) {
		if (IniValueRules.isReservedSection(name)) {
			return Optional.empty();
		}
		return firstSection(name).map(s -> {
			List<Dsn.Option> options = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = s.header() + 1; i < s.end(); i++) {
				IniLine l = lines.get(i);
				if (l.isOption() && seen.add(IniValueRules.fold(l.name))) {
					options.add(new Dsn.Option(l.name, l.value));
				}
			}
			return Dsn.of(s.name(), options);
		});
	}

	/** What {@code [ODBC Data Sources]} says about a DSN (usually its driver's name), if it lists it. */
	public Optional<String> dataSourceDescription(String name) {
		return firstSection(IniValueRules.DATA_SOURCES_SECTION).flatMap(s -> {
			int i = findOption(lines, s, name);
			return i < 0 ? Optional.empty() : Optional.of(lines.get(i).value);
		});
	}

	/**
	 * Adds or updates a DSN with exactly the given options, and lists it in {@code [ODBC Data Sources]}.
	 * <p>
	 * An existing DSN is edited in place: options whose value is unchanged keep their line untouched; a changed value
	 * rewrites only that line, keeping the key spelling and spacing found in the file; an option not in {@code dsn}
	 * loses its line (and so does any later duplicate of a changed or removed key, which would otherwise surface);
	 * new options are appended after the section's last option line. A new DSN is appended at the end of the file,
	 * after one blank line. Its {@code [ODBC Data Sources]} entry is added when missing (the section is created, listing
	 * every DSN, at the top of the file when a new DSN is added to a file without one); an existing entry is left
	 * alone.
	 *
	 * @throws IniValueException when a name, key or value would not read back unchanged
	 */
	public OdbcIniDocument put(Dsn dsn) {
		return put(dsn, null);
	}

	/**
	 * As {@link #put(Dsn)}, with the {@code [ODBC Data Sources]} description to write (replacing an existing one);
	 * {@code null} derives it from the {@code Driver} option for a new entry and keeps an existing one.
	 */
	public OdbcIniDocument put(Dsn dsn, String driverDescription) {
		IniValueRules.requireWritable(dsn);
		requireEncodable(dsn);
		String desc = driverDescription == null ? null : cleanDescription(driverDescription);
		List<IniLine> out = new ArrayList<>(lines);
		Optional<IniSection> existing = contains(dsn.name()) ? firstSection(dsn.name()) : Optional.empty();
		if (existing.isPresent()) {
			editSection(out, existing.get(), dsn);
		} else {
			appendSection(out, dsn);
		}
		return derive(out).listDataSource(dsn, desc, existing.isEmpty());
	}

	/**
	 * Renames a DSN: every section of that name (so that a shadowed duplicate does not surface under the old name)
	 * and its {@code [ODBC Data Sources]} entry. Only the names change on those lines.
	 *
	 * @throws NoSuchElementException   when there is no such DSN
	 * @throws IllegalArgumentException when another DSN already has the new name
	 * @throws IniValueException        when the new name cannot be written (or not in this file's encoding)
	 */
	public OdbcIniDocument rename(String oldName, String newName) {
		if (!contains(oldName)) {
			throw new NoSuchElementException("no DSN named '" + oldName + "' in this file");
		}
		IniValueRules.nameProblem(newName).ifPresent(m -> {
			throw new IniValueException(newName, null, "DSN '" + newName + "': " + m);
		});
		requireEncodable(Dsn.empty(newName));
		if (!IniValueRules.fold(oldName).equals(IniValueRules.fold(newName)) && contains(newName)) {
			throw new IllegalArgumentException("a DSN named '" + newName + "' already exists; delete or rename it first");
		}
		List<IniLine> out = new ArrayList<>(lines);
		for (IniSection s : sections) {
			if (s.named(oldName)) {
				out.set(s.header(), out.get(s.header()).withSectionName(newName));
			} else if (s.named(IniValueRules.DATA_SOURCES_SECTION)) {
				for (int i = s.header() + 1; i < s.end(); i++) {
					IniLine l = out.get(i);
					if (l.isOption() && IniValueRules.fold(l.name).equals(IniValueRules.fold(oldName))) {
						out.set(i, l.withKey(newName));
					}
				}
			}
		}
		return derive(out);
	}

	/**
	 * Deletes every section of that name and its {@code [ODBC Data Sources]} entries. The section's own lines go
	 * (header through its last option, with comments among them, and the blank lines after it); comment lines after
	 * its last option stay, since they usually introduce the next section. Returns this document when there is no
	 * such DSN.
	 */
	public OdbcIniDocument delete(String name) {
		if (!contains(name)) {
			return this;
		}
		int n = lines.size();
		boolean[] gone = new boolean[n];
		int keptFrom = n; // every line from here on is deleted
		List<IniSection> reversed = new ArrayList<>(sections);
		Collections.reverse(reversed);
		for (IniSection s : reversed) {
			if (s.named(name)) {
				int last = s.header();
				for (int i = s.header() + 1; i < s.end(); i++) {
					if (lines.get(i).kind == IniLine.Kind.ENTRY || lines.get(i).kind == IniLine.Kind.BARE) {
						last = i;
					}
				}
				int to = last + 1;
				while (to < s.end() && lines.get(to).kind == IniLine.Kind.BLANK) {
					to++;
				}
				int from = s.header();
				if (to >= keptFrom) {
					// nothing follows: the blank lines that separated it go too
					while (from > 0 && lines.get(from - 1).kind == IniLine.Kind.BLANK) {
						from--;
					}
				}
				for (int i = from; i < to; i++) {
					gone[i] = true;
				}
			} else if (s.named(IniValueRules.DATA_SOURCES_SECTION)) {
				for (int i = s.header() + 1; i < s.end(); i++) {
					IniLine l = lines.get(i);
					if (l.isOption() && IniValueRules.fold(l.name).equals(IniValueRules.fold(name))) {
						gone[i] = true;
					}
				}
			}
			while (keptFrom > 0 && gone[keptFrom - 1]) {
				keptFrom--;
			}
		}
		List<IniLine> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (!gone[i]) {
				out.add(lines.get(i));
			}
		}
		return derive(out);
	}

	/**
	 * The {@code [ODBC Data Sources]} description for a DSN: its {@code Driver} when that names an odbcinst.ini
	 * driver, else {@link #DEFAULT_DRIVER_DESCRIPTION}.
	 */
	public static String defaultDescription(Dsn dsn) {
		String driver = dsn.get("Driver").map(IniValueRules::trim).orElse("");
		if (driver.isEmpty() || driver.indexOf('/') >= 0 || driver.indexOf('\\') >= 0) {
			return DEFAULT_DRIVER_DESCRIPTION;
		}
		return cleanDescription(driver);
	}

	// --- editing helpers ---

	private void editSection(List<IniLine> out, IniSection s, Dsn dsn) {
		Map<String, String> wanted = new HashMap<>();
		dsn.options().forEach(o -> wanted.put(IniValueRules.fold(o.key()), o.value()));
		Map<String, Boolean> keptAsIs = new HashMap<>();
		List<IniLine> body = new ArrayList<>();
		int insertAt = 0;
		for (int i = s.header() + 1; i < s.end(); i++) {
			IniLine l = lines.get(i);
			if (!l.isOption()) {
				body.add(l);
				continue;
			}
			String k = IniValueRules.fold(l.name);
			Boolean kept = keptAsIs.get(k);
			if (kept == null) {
				String v = wanted.get(k);
				if (v == null) {
					keptAsIs.put(k, false);
					continue;
				}
				if (v.equals(l.value)) {
					keptAsIs.put(k, true);
					body.add(l);
				} else {
					keptAsIs.put(k, false);
					body.add(checkedLine(dsn, l.name, l.withValue(v)));
				}
				insertAt = body.size();
			} else if (kept) {
				body.add(l); // a shadowed duplicate stays shadowed: the first line is unchanged
				insertAt = body.size();
			}
		}
		String eol = IniLines.dominantEol(lines);
		List<IniLine> added = new ArrayList<>();
		for (Dsn.Option o : dsn.options()) {
			if (!keptAsIs.containsKey(IniValueRules.fold(o.key()))) {
				added.add(new IniLine(o.key() + "=" + o.value(), eol));
			}
		}
		body.addAll(insertAt, added);
		List<IniLine> region = out.subList(s.header() + 1, s.end());
		region.clear();
		region.addAll(body);
		terminateAllButLast(out, eol);
	}

	private void appendSection(List<IniLine> out, Dsn dsn) {
		String eol = IniLines.dominantEol(out);
		if (!out.isEmpty()) {
			terminate(out, out.size() - 1, eol);
			if (out.get(out.size() - 1).kind != IniLine.Kind.BLANK) {
				out.add(new IniLine("", eol));
			}
		}
		out.add(new IniLine("[" + dsn.name() + "]", eol));
		for (Dsn.Option o : dsn.options()) {
			out.add(new IniLine(o.key() + "=" + o.value(), eol));
		}
	}

	/** Lists a DSN in [ODBC Data Sources] (see {@link #put(Dsn)} for when the section is created). */
	private OdbcIniDocument listDataSource(Dsn dsn, String explicitDesc, boolean newDsn) {
		String eol = IniLines.dominantEol(lines);
		Optional<IniSection> found = firstSection(IniValueRules.DATA_SOURCES_SECTION);
		List<IniLine> out = new ArrayList<>(lines);
		if (found.isEmpty()) {
			if (!newDsn) {
				return this;
			}
			List<IniLine> head = new ArrayList<>();
			head.add(new IniLine("[" + IniValueRules.DATA_SOURCES_SECTION + "]", eol));
			for (String n : dsnNames()) {
				if (IniValueRules.nameProblem(n).isPresent()) {
					continue; // cannot be listed (e.g. '=' in the name); it is reported on its own line
				}
				String d = IniValueRules.fold(n).equals(IniValueRules.fold(dsn.name()))
						? (explicitDesc != null ? explicitDesc : defaultDescription(dsn))
						: defaultDescription(dsn(n).orElseThrow());
				head.add(new IniLine(n + "=" + d, eol));
			}
			head.add(new IniLine("", eol));
			out.addAll(listPosition(), head);
			terminateAllButLast(out, eol);
			return derive(out);
		}
		IniSection s = found.get();
		int entry = findOption(lines, s, dsn.name());
		if (entry >= 0) {
			IniLine l = lines.get(entry);
			if (explicitDesc == null || explicitDesc.equals(l.value)) {
				return this;
			}
			out.set(entry, l.withValue(explicitDesc));
			return derive(out);
		}
		int insertAt = s.header() + 1;
		for (int i = s.header() + 1; i < s.end(); i++) {
			if (lines.get(i).isOption()) {
				insertAt = i + 1;
			}
		}
		out.add(insertAt, new IniLine(dsn.name() + "=" + (explicitDesc != null ? explicitDesc : defaultDescription(dsn)),
				eol));
		terminateAllButLast(out, eol);
		return derive(out);
	}

	/**
	 * Where a new {@code [ODBC Data Sources]} goes: at the top, so that comments stay with the sections they precede;
	 * but after stray lines before the first section, which would otherwise become entries of the list.
	 */
	private int listPosition() {
		for (int i = 0; i < lines.size(); i++) {
			IniLine.Kind k = lines.get(i).kind;
			if (k == IniLine.Kind.SECTION) {
				return 0;
			}
			if (k == IniLine.Kind.ENTRY || k == IniLine.Kind.BARE) {
				return sections.isEmpty() ? lines.size() : sections.get(0).header();
			}
		}
		return 0;
	}

	private IniLine checkedLine(Dsn dsn, String key, IniLine line) {
		int bytes = line.text.getBytes(charset).length;
		if (bytes > IniValueRules.MAX_LINE_BYTES) {
			throw new IniValueException(dsn.name(), key, "DSN '" + dsn.name() + "', option '" + key + "': the line "
					+ "would be " + bytes + " bytes; unixODBC reads only " + IniValueRules.MAX_LINE_BYTES
					+ " bytes of a line; shorten the value");
		}
		return line;
	}

	private void requireEncodable(Dsn dsn) {
		if (charset.equals(StandardCharsets.UTF_8)) {
			return;
		}
		var enc = charset.newEncoder();
		if (!enc.canEncode(dsn.name())) {
			throw new IniValueException(dsn.name(), null, "DSN '" + dsn.name() + "': the name has characters this "
					+ charset + " file cannot hold; convert the file to UTF-8 first");
		}
		for (Dsn.Option o : dsn.options()) {
			if (!enc.canEncode(o.key()) || !enc.canEncode(o.value())) {
				throw new IniValueException(dsn.name(), o.key(), "DSN '" + dsn.name() + "', option '" + o.key()
						+ "': characters this " + charset + " file cannot hold; convert the file to UTF-8 first");
			}
		}
	}

	private static String cleanDescription(String s) {
		String one = s.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
		return IniValueRules.trim(one);
	}

	/** Once a line is no longer the last, it needs a line break (a file may have ended without one). */
	private static void terminateAllButLast(List<IniLine> out, String eol) {
		for (int i = 0; i < out.size() - 1; i++) {
			terminate(out, i, eol);
		}
	}

	private static void terminate(List<IniLine> out, int i, String eol) {
		if (out.get(i).eol.isEmpty()) {
			out.set(i, out.get(i).withEol(eol));
		}
	}

	private static int findOption(List<IniLine> lines, IniSection s, String key) {
		String k = IniValueRules.fold(key);
		for (int i = s.header() + 1; i < s.end(); i++) {
			IniLine l = lines.get(i);
			if (l.isOption() && IniValueRules.fold(l.name).equals(k)) {
				return i;
			}
		}
		return -1;
	}

	private Optional<IniSection> firstSection(String name) {
		for (IniSection s : sections) {
			if (s.named(name)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	private OdbcIniDocument derive(List<IniLine> newLines) {
		return new OdbcIniDocument(bom, charset, newLines, decodeProblems);
	}

	private static List<IniSection> index(List<IniLine> lines) {
		List<IniSection> out = new ArrayList<>();
		int header = -1;
		String name = null;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).kind == IniLine.Kind.SECTION) {
				if (header >= 0) {
					out.add(new IniSection(name, header, i));
				}
				header = i;
				name = lines.get(i).name;
			}
		}
		if (header >= 0) {
			out.add(new IniSection(name, header, lines.size()));
		}
		return List.copyOf(out);
	}

	/** Text equality (plus encoding): two documents are equal when they would write the same bytes. */
	@Override
	public boolean equals(Object o) {
		return o instanceof OdbcIniDocument d && d.bom == bom && d.charset.equals(charset) && d.lines.size() == lines.size()
				&& d.text().equals(text());
	}

	@Override
	public int hashCode() {
		return text().hashCode();
	}

	/** Never prints the text: it may hold secrets. */
	@Override
	public String toString() {
		return "OdbcIniDocument[" + lines.size() + " lines, " + dsnNames().size() + " DSNs, " + problems.size()
				+ " problems]";
	}

	/** Each DSN name (first spelling) with the 1-based line of its first section header, for messages. */
	public Map<String, Integer> dsnLines() {
		Map<String, Integer> m = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (IniSection s : sections) {
			if (!s.name().isEmpty() && !IniValueRules.isReservedSection(s.name())
					&& seen.add(IniValueRules.fold(s.name()))) {
				m.put(s.name(), s.header() + 1);
			}
		}
		return Collections.unmodifiableMap(m);
	}
}
