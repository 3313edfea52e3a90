package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;
import io.restdsn.core.testing.Corpus;
import io.restdsn.core.testing.RandomDsns;

/**
 * The real reader agrees: unixODBC's {@code odbcinst -q -s -n NAME} (Debian package {@code odbcinst}) shows the same
 * keys and values for what we write and for what we read. Skipped where {@code odbcinst} is not on the PATH.
 */
class OdbcinstInteropTest {

	private static Path odbcinst;

	@TempDir
	Path dir;

	@BeforeAll
	static void findOdbcinst() {
		odbcinst = onPath("odbcinst").orElse(null);
		assumeTrue(odbcinst != null, "odbcinst is not on the PATH (Debian: apt-get install odbcinst)");
	}

	private static Optional<Path> onPath(String exe) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String d : path.split(File.pathSeparator)) {
			Path p = Path.of(d, exe);
			if (Files.isExecutable(p)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	@Test
	void exportedIniReadsTheSame() throws Exception {
		List<Dsn> dsns = new ArrayList<>();
		dsns.add(Dsn.empty("Ventes Europe")
				.with("Driver", "DataDirect 8.0 Autonomous REST Connector")
				.with("Description", "Sales # EMEA ; not a comment")
				.with("AuthenticationMethod", "53")
				.with("ClientID", "id=with=equals")
				.with("ClientSecret", "{braces};semi\"quote'")
				.with("TokenURI", "POST https://login.example.com/token?a=1&b=[2]")
				.with("Scope", "read:sales write:sales")
				.with("Empty", "")
				.with("Tabs", "a\tb")
				.with("X-Custom Header", "Umsätze 日本 😀")
				.with("lowercasekey", "#starts with hash")
				.with("Semi", ";starts with semicolon"));
		dsns.add(Dsn.empty("Données").with("Driver", "/opt/lib/ivautorest28.so").with("JSONRoot", "/events"));
		RandomDsns gen = new RandomDsns(99);
		Set<String> names = new HashSet<>();
		dsns.forEach(d -> names.add(d.name().toLowerCase(Locale.ROOT)));
		while (dsns.size() < 40) {
			// hostile values under ASCII names, so that every one can be named on odbcinst's command line
			String n = dsns.size() % 4 == 0 ? gen.iniName() : "Random " + dsns.size() + " {x};y #z";
			Dsn d = gen.dsn(n, 10, k -> true, true);
			if (names.add(d.name().trim().toLowerCase(Locale.ROOT))) {
				dsns.add(d);
			}
		}
		String text = new DsnExporter(k -> false).export(dsns, ExportFormat.INI, SecretPolicy.INCLUDE).text();
		Path file = dir.resolve("exported.ini");
		Files.writeString(file, text, StandardCharsets.UTF_8);

		List<String> listed = new ArrayList<>();
		for (String line : run(file, StandardCharsets.UTF_8, "-q", "-s").split("\n")) {
			if (!line.isEmpty()) {
				listed.add(line.substring(1, line.length() - 1));
			}
		}
		assertEquals(dsns.stream().map(Dsn::name).toList(), listed);
		int shown = 0;
		for (Dsn d : dsns) {
			// odbcinst -n fails on a section without keys (it finds no key list); the listing covers those
			if (canPass(d.name(), StandardCharsets.UTF_8) && !d.options().isEmpty()) {
				assertEquals(asMap(d), show(file, d.name(), StandardCharsets.UTF_8), d.name());
				shown++;
			}
		}
		assertTrue(shown >= 25, "enough DSNs could be named on the command line: " + shown);
	}

	@Test
	void ourReadingOfTheCorpusIsUnixOdbcsAndSoIsAfterEditing() throws Exception {
		for (String name : Corpus.FILES) {
			OdbcIniDocument doc = OdbcIniDocument.parse(Corpus.bytes(name));
			Path file = dir.resolve(name);
			Files.write(file, doc.bytes());
			boolean unreadable = doc.problems().stream().anyMatch(p -> p.isError()
					&& (p.message().contains("before the first") || p.message().contains("byte order mark")));
			if (unreadable) {
				assertNotEquals(0, exitCode(file), name + ": unixODBC rejects what we call an error");
				continue;
			}
			boolean misread = doc.hasErrors();
			for (String dsn : doc.dsnNames()) {
				if (!canPass(dsn, doc.charset()) || doc.dsn(dsn).orElseThrow().options().isEmpty()) {
					continue;
				}
				Map<String, String> theirs = show(file, dsn, doc.charset());
				if (misread && dsn.equals("Long")) {
					assertNotEquals(asMap(doc.dsn(dsn).orElseThrow()), theirs, name + ": the over-long line is misread");
				} else if (!misread) {
					assertEquals(asMap(doc.dsn(dsn).orElseThrow()), theirs, name + " [" + dsn + "]");
				}
			}
			if (misread || doc.dsnNames().isEmpty()) {
				continue;
			}
			String first = doc.dsnNames().get(0);
			Dsn edited = doc.dsn(first).orElseThrow().with("Added Key", "v#1;{x}").with("Driver", "/new/path.so");
			OdbcIniDocument after = doc.put(edited);
			Files.write(file, after.bytes());
			for (String dsn : after.dsnNames()) {
				if (!canPass(dsn, after.charset()) || after.dsn(dsn).orElseThrow().options().isEmpty()) {
					continue;
				}
				assertEquals(asMap(after.dsn(dsn).orElseThrow()), show(file, dsn, after.charset()),
						name + " after edit [" + dsn + "]");
			}
			if (canPass(first, after.charset())) {
				assertEquals(asMap(edited), show(file, first, after.charset()));
			}
		}
	}

	/**
	 * Whether a name reaches odbcinst's command line as the bytes in the file: always for ASCII, else only when the
	 * JVM encodes arguments (sun.jnu.encoding, from the locale) the way the file is encoded.
	 */
	private static boolean canPass(String name, Charset fileCharset) {
		if (name.chars().allMatch(c -> c < 0x80)) {
			return true;
		}
		String jnu = System.getProperty("sun.jnu.encoding", "");
		return Charset.isSupported(jnu) && Charset.forName(jnu).equals(fileCharset);
	}

	/** Options as unixODBC shows them: first value of each key (ignoring case), in file order. */
	private static Map<String, String> asMap(Dsn d) {
		Map<String, String> m = new LinkedHashMap<>();
		d.options().forEach(o -> m.put(o.key(), o.value()));
		return m;
	}

	private Map<String, String> show(Path file, String name, Charset cs) throws Exception {
		String out = run(file, cs, "-q", "-s", "-n", name);
		String[] lines = out.split("\n");
		assertTrue(lines.length > 0 && lines[0].equalsIgnoreCase("[" + name + "]"), () -> name + ": " + out);
		Map<String, String> m = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < lines.length; i++) {
			int eq = lines[i].indexOf('=');
			String k = lines[i].substring(0, eq);
			if (seen.add(k.toLowerCase(Locale.ROOT))) {
				m.put(k, lines[i].substring(eq + 1));
			}
		}
		return m;
	}

	private String run(Path file, Charset cs, String... args) throws IOException, InterruptedException {
		Process p = start(file, args);
		byte[] out = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "odbcinst finished");
		assertEquals(0, p.exitValue(), () -> "odbcinst " + String.join(" ", args) + " failed on " + file);
		return new String(out, cs);
	}

	private int exitCode(Path file) throws IOException, InterruptedException {
		Process p = start(file, "-q", "-s");
		p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "odbcinst finished");
		return p.exitValue();
	}

	private Process start(Path file, String... args) throws IOException {
		Path sys = Files.createDirectories(dir.resolve("sys"));
		if (!Files.exists(sys.resolve("odbc.ini"))) {
			Files.createFile(sys.resolve("odbc.ini"));
			Files.createFile(sys.resolve("odbcinst.ini"));
		}
		List<String> cmd = new ArrayList<>();
		cmd.add(odbcinst.toString());
		cmd.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
		pb.environment().put("ODBCSYSINI", sys.toString());
		pb.environment().put("ODBCINI", file.toString());
		pb.environment().put("HOME", dir.toString());
		return pb.start();
	}
}
