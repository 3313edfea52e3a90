package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.testing.Corpus;

/** Every corpus file reads losslessly, and bad files get the problems unixODBC would have, on the right lines. */
class CorpusTest {

	/** Expected problems per file, as "line SEVERITY fragment-of-message". */
	private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
			Map.entry("bad-headers.ini", List.of("1 WARNING no closing ']'", "4 WARNING text after ']'",
					"6 ERROR no option name", "8 WARNING has no name")),
			Map.entry("bom.ini", List.of("1 ERROR byte order mark")),
			Map.entry("comments-everywhere.ini", List.of()),
			Map.entry("crlf.ini", List.of()),
			Map.entry("duplicates.ini", List.of("4 WARNING option 'scope' appears again in [Twice] (first at line 3)",
					"5 WARNING option 'SCOPE' appears again in [Twice] (first at line 3)",
					"6 WARNING no '=' on this line", "12 WARNING section [twice] appears again (first at line 1)")),
			Map.entry("empty-values-tabs.ini", List.of()),
			Map.entry("empty.ini", List.of()),
			Map.entry("keys-before-section.ini", List.of("2 ERROR before the first [section]",
					"3 ERROR before the first [section]")),
			Map.entry("latin1.ini", List.of("1 WARNING not valid UTF-8")),
			Map.entry("long-lines.ini", List.of("3 ERROR 1265 bytes long")),
			Map.entry("mixed-eol-no-final-newline.ini", List.of()),
			Map.entry("non-ascii.ini", List.of()),
			Map.entry("only-comments.ini", List.of()),
			Map.entry("unknown-sections.ini", List.of()));

	static Stream<String> files() {
		return Corpus.FILES.stream();
	}

	@Test
	void corpusListMatchesTheFolder() throws URISyntaxException, IOException {
		URL url = CorpusTest.class.getResource("/ini-corpus/comments-everywhere.ini");
		Path folder = url != null && url.getProtocol().equals("file") ? Path.of(url.toURI()).getParent()
				: Path.of("src/test/resources/ini-corpus");
		if (Files.isDirectory(folder)) {
			try (Stream<Path> s = Files.list(folder)) {
				assertEquals(new TreeSet<>(Corpus.FILES),
						s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		assertEquals(new TreeSet<>(Corpus.FILES), new TreeSet<>(EXPECTED.keySet()));
	}

	@ParameterizedTest
	@MethodSource("files")
	void bytesSurviveUnchanged(String file) {
		byte[] bytes = Corpus.bytes(file);
		OdbcIniDocument doc = OdbcIniDocument.parse(bytes);
		assertArrayEquals(bytes, doc.bytes());
		if (!file.equals("latin1.ini")) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertEquals(text, OdbcIniDocument.parse(text).text());
		}
	}

	@ParameterizedTest
	@MethodSource("files")
	void problemsNameTheirLines(String file) {
		List<IniProblem> problems = OdbcIniDocument.parse(Corpus.bytes(file)).problems();
		List<String> expected = EXPECTED.get(file);
		assertEquals(expected.size(), problems.size(), () -> file + ": " + problems);
		for (int i = 0; i < expected.size(); i++) {
			String[] parts = expected.get(i).split(" ", 3);
			IniProblem p = problems.get(i);
			assertEquals(Integer.parseInt(parts[0]), p.line(), () -> file + ": " + p);
			assertEquals(parts[1], p.severity().name(), () -> file + ": " + p);
			assertTrue(p.message().contains(parts[2]), () -> file + ": '" + parts[2] + "' not in " + p);
			assertTrue(p.toString().startsWith("line " + p.line() + ": "), p::toString);
		}
	}

	@Test
	void readsWhatUnixOdbcReads() {
		OdbcIniDocument dup = OdbcIniDocument.parse(Corpus.bytes("duplicates.ini"));
		assertEquals(List.of("Twice", "Other"), dup.dsnNames());
		Dsn twice = dup.dsn("TWICE").orElseThrow();
		assertEquals("Twice", twice.name());
		assertEquals("/lib/first.so", twice.value("Driver"), "first section wins");
		assertEquals("first", twice.value("scope"), "first key wins");
		assertEquals("", twice.value("NoEqualsHere"), "a line without '=' is a key with an empty value");
		assertEquals(List.of("Driver", "Scope", "NoEqualsHere", "Kept"),
				twice.options().stream().map(Dsn.Option::key).toList());

		OdbcIniDocument tabs = OdbcIniDocument.parse(Corpus.bytes("empty-values-tabs.ini"));
		Dsn t = tabs.dsn("Tabs").orElseThrow();
		assertEquals("/lib/tabs.so", t.value("Driver"));
		assertEquals("", t.value("Scope"));
		assertEquals("spaced out", t.value("Description"));
		assertEquals("#not-a-comment", t.value("HashValue"));
		assertEquals(";not-a-comment", t.value("Semi"));

		OdbcIniDocument unknown = OdbcIniDocument.parse(Corpus.bytes("unknown-sections.ini"));
		assertEquals(List.of("Rest", "Legacy"), unknown.dsnNames(), "[ODBC] and [ODBC Data Sources] are not DSNs");
		assertEquals("value with spaces inside", unknown.dsn("rest").orElseThrow().value("X-Custom Header Name"));
		assertEquals("Some Other Driver", unknown.dataSourceDescription("legacy").orElseThrow());
		assertTrue(unknown.dsn("ODBC").isEmpty());

		OdbcIniDocument mixed = OdbcIniDocument.parse(Corpus.bytes("mixed-eol-no-final-newline.ini"));
		assertEquals("no newline at the end", mixed.dsn("B").orElseThrow().value("Last"));
		assertEquals("one", mixed.dsn("A").orElseThrow().value("Key1"), "CR of a CRLF is not part of the value");

		OdbcIniDocument latin1 = OdbcIniDocument.parse(Corpus.bytes("latin1.ini"));
		assertEquals(StandardCharsets.ISO_8859_1, latin1.charset());
		assertEquals("Déjà vu", latin1.dsn("Café").orElseThrow().value("Description"));

		OdbcIniDocument bad = OdbcIniDocument.parse(Corpus.bytes("bad-headers.ini"));
		assertEquals(List.of("Open", "Closed"), bad.dsnNames(), "a nameless section is no DSN");
		assertEquals(List.of("Driver"), bad.dsn("Closed").orElseThrow().options().stream().map(Dsn.Option::key).toList());
		assertEquals(Map.of("Open", 1, "Closed", 4), bad.dsnLines());

		assertTrue(OdbcIniDocument.parse(Corpus.bytes("bom.ini")).hasErrors());
		assertEquals(List.of("Bom"), OdbcIniDocument.parse(Corpus.bytes("bom.ini")).dsnNames());
	}
}
