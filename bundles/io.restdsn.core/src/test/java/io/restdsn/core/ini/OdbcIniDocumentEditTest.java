package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.testing.Corpus;

/** The editing rules of {@link OdbcIniDocument}, one at a time, on small literal files. */
class OdbcIniDocumentEditTest {

	private static final String SEED = """
			[ODBC Data Sources]
			My REST=DataDirect 8.0 Autonomous REST Connector

			[My REST]
			Driver=ODBCHOME/lib/ivautorestxx.so
			Description=My Autonomous REST Data Source
			AuthenticationMethod=53
			ClientID=abc
			  ClientSecret  =  s3cr3t
			# keep me
			RestConfigFile=C:/path/to/googleanalytics.rest
			TokenURI=https://accounts.google.com/o/oauth2/token

			# the next one
			[Other]
			k=v
			""";

	private static OdbcIniDocument seed() {
		return OdbcIniDocument.parse(SEED);
	}

	@Test
	void putOfTheSameDsnChangesNothing() {
		OdbcIniDocument doc = seed();
		Dsn same = doc.dsn("my rest").orElseThrow();
		assertEquals(SEED, doc.put(same).text());
		assertEquals(SEED, doc.put(same.withName("MY REST")).text(), "names match ignoring case");
	}

	@Test
	void changedValueRewritesOnlyItsLineKeepingSpellingAndSpacing() {
		OdbcIniDocument doc = seed();
		Dsn d = doc.dsn("My REST").orElseThrow().with("CLIENTSECRET", "new#secret;x").with("clientid", "xyz");
		String text = doc.put(d).text();
		assertEquals(SEED.replace("ClientID=abc", "ClientID=xyz").replace("  ClientSecret  =  s3cr3t",
				"  ClientSecret  =  new#secret;x"), text);
	}

	@Test
	void removedOptionLosesItsLineAndNewOptionsFollowTheLastOption() {
		OdbcIniDocument doc = seed();
		Dsn d = doc.dsn("My REST").orElseThrow().without("ClientSecret").with("Scope", "read write")
				.with("WSTimeout", "30");
		String text = doc.put(d).text();
		assertEquals(SEED.replace("  ClientSecret  =  s3cr3t\n", "").replace(
				"TokenURI=https://accounts.google.com/o/oauth2/token\n",
				"TokenURI=https://accounts.google.com/o/oauth2/token\nScope=read write\nWSTimeout=30\n"), text);
	}

	@Test
	void emptyingAValueKeepsTheKey() {
		OdbcIniDocument doc = OdbcIniDocument.parse("[A]\nk = old\nz=1\n");
		assertEquals("[A]\nk =\nz=1\n", doc.put(Dsn.empty("A").with("k", "").with("z", "1")).text());
		OdbcIniDocument bare = OdbcIniDocument.parse("[A]\n  bare  \n");
		assertEquals("[A]\n  bare=now\n", bare.put(Dsn.empty("A").with("bare", "now")).text());
	}

	@Test
	void newDsnGoesToTheEndAfterOneBlankLineAndIsListed() {
		OdbcIniDocument doc = seed();
		Dsn d = Dsn.empty("Ventas").with("Driver", "DataDirect 8.0 Autonomous REST Connector").with("Scope", "a b");
		String text = doc.put(d).text();
		String expected = SEED.replace("My REST=DataDirect 8.0 Autonomous REST Connector\n",
				"My REST=DataDirect 8.0 Autonomous REST Connector\nVentas=DataDirect 8.0 Autonomous REST Connector\n")
				+ "\n[Ventas]\nDriver=DataDirect 8.0 Autonomous REST Connector\nScope=a b\n";
		assertEquals(expected, text);
		OdbcIniDocument after = OdbcIniDocument.parse(text);
		assertEquals(d, after.dsn("Ventas").orElseThrow());
		assertTrue(after.problems().isEmpty(), after.problems()::toString);
	}

	@Test
	void dataSourcesSectionIsCreatedAtTheTopWhenAddingToAFileWithout() {
		OdbcIniDocument doc = OdbcIniDocument.parse("# mine\n[Old]\nDriver=/x/lib.so\n");
		String text = doc.put(Dsn.empty("New").with("Driver", "Some Driver")).text();
		assertEquals("[ODBC Data Sources]\nOld=" + OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION
				+ "\nNew=Some Driver\n\n# mine\n[Old]\nDriver=/x/lib.so\n\n[New]\nDriver=Some Driver\n", text);
		// updating an existing DSN does not create it
		OdbcIniDocument plain = OdbcIniDocument.parse("[Old]\nDriver=/x/lib.so\n");
		assertEquals("[Old]\nDriver=/y.so\n", plain.put(Dsn.empty("Old").with("Driver", "/y.so")).text());
	}

	@Test
	void emptyDocumentGetsAListAndASection() {
		String text = OdbcIniDocument.empty().put(Dsn.empty("A").with("Driver", "/lib/a.so")).text();
		assertEquals("[ODBC Data Sources]\nA=" + OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION + "\n\n[A]\nDriver=/lib/a.so\n",
				text);
	}

	@Test
	void explicitDescriptionReplacesTheListedOne() {
		OdbcIniDocument doc = seed().put(seed().dsn("My REST").orElseThrow(), "Another\nDriver ");
		assertEquals("Another Driver", doc.dataSourceDescription("my rest").orElseThrow());
		assertEquals(SEED.replace("My REST=DataDirect 8.0 Autonomous REST Connector", "My REST=Another Driver"),
				doc.text());
	}

	@Test
	void crlfFilesGetCrlfLinesAndAMissingFinalLineBreakIsAddedOnlyWhenNeeded() {
		OdbcIniDocument crlf = OdbcIniDocument.parse("[A]\r\nk=v\r\n");
		assertEquals("[A]\r\nk=v\r\nn=1\r\n", crlf.put(Dsn.empty("A").with("k", "v").with("n", "1")).text());

		OdbcIniDocument open = OdbcIniDocument.parse("[A]\nk=v");
		assertEquals("[A]\nk=w", open.put(Dsn.empty("A").with("k", "w")).text(), "still no final line break");
		assertEquals("[A]\nk=v\nn=1\n", open.put(Dsn.empty("A").with("k", "v").with("n", "1")).text());
		assertEquals("[A]\nk=v\n\n[B]\nx=y\n",
				OdbcIniDocument.parse("[ODBC Data Sources]\nA=d\n[A]\nk=v").put(Dsn.empty("B").with("x", "y")).text()
						.replace("[ODBC Data Sources]\nA=d\nB=" + OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION + "\n",
								""));
	}

	@Test
	void changedKeyDropsItsShadowedDuplicatesButAnUnchangedOneKeepsThem() {
		String text = "[A]\nScope=first\nscope=second\nOther=1\nOTHER=2\n";
		OdbcIniDocument doc = OdbcIniDocument.parse(text);
		Dsn read = doc.dsn("A").orElseThrow();
		assertEquals(text, doc.put(read).text());
		String changed = doc.put(read.with("Scope", "new")).text();
		assertEquals("[A]\nScope=new\nOther=1\nOTHER=2\n", changed);
		String removed = doc.put(read.without("Scope")).text();
		assertEquals("[A]\nOther=1\nOTHER=2\n", removed, "the duplicate must not surface once the first is gone");
	}

	@Test
	void putEditsOnlyTheFirstOfDuplicateSections() {
		OdbcIniDocument doc = OdbcIniDocument.parse(Corpus.bytes("duplicates.ini"));
		String before = doc.text();
		Dsn d = doc.dsn("twice").orElseThrow().with("Kept", "no");
		String after = doc.put(d).text();
		assertEquals(before.replace("Kept=yes", "Kept=no"), after);
	}

	@Test
	void renameChangesHeadersAndListKeepingTheirLayout() {
		OdbcIniDocument doc = OdbcIniDocument.parse("[ODBC Data Sources]\n  a  = Drv\n\n[ a ] ; old\nk=v\n[B]\n[A]\nz=1\n");
		String text = doc.rename("A", "Renamed").text();
		assertEquals("[ODBC Data Sources]\n  Renamed  = Drv\n\n[ Renamed ] ; old\nk=v\n[B]\n[Renamed]\nz=1\n", text);
		assertEquals("v", OdbcIniDocument.parse(text).dsn("renamed").orElseThrow().value("k"));
		assertEquals("[ODBC Data Sources]\n  A  = Drv\n\n[ A ] ; old\nk=v\n[B]\n[A]\nz=1\n",
				doc.rename("a", "A").text(), "a change of case is a rename too");
	}

	@Test
	void renameRefusesClashesUnknownAndUnwritableNames() {
		OdbcIniDocument doc = seed();
		assertThrows(IllegalArgumentException.class, () -> doc.rename("My REST", "other"));
		assertThrows(NoSuchElementException.class, () -> doc.rename("Nope", "x"));
		IniValueException e = assertThrows(IniValueException.class, () -> doc.rename("My REST", "a]b"));
		assertTrue(e.getMessage().contains("']'"), e.getMessage());
		assertThrows(IniValueException.class, () -> doc.rename("My REST", "ODBC Data Sources"));
	}

	@Test
	void deleteRemovesTheSectionItsListingAndItsBlankLinesButNotTheNextSectionsComment() {
		OdbcIniDocument doc = seed();
		String text = doc.delete("my rest").text();
		assertEquals("[ODBC Data Sources]\n\n# the next one\n[Other]\nk=v\n", text);
		assertSame(doc, doc.delete("absent"));
		String last = doc.delete("Other").text();
		assertEquals(SEED.substring(0, SEED.indexOf("\n\n# the next one")) + "\n\n# the next one\n", last);
		OdbcIniDocument dup = OdbcIniDocument.parse(Corpus.bytes("duplicates.ini"));
		assertEquals(List.of("Other"), dup.delete("Twice").dsnNames(), "every section of that name goes");
	}

	@Test
	void valuesUnixOdbcWouldReadDifferentlyAreRefusedNamingTheOption() {
		OdbcIniDocument doc = seed();
		record Case(String key, String value, String fragment) {
		}
		List<Case> cases = List.of(new Case("Scope", " lead", "white space"), new Case("Scope", "trail\t", "white space"),
				new Case("Scope", "two\nlines", "line break"), new Case("Scope", "cr\rinside", "line break"),
				new Case("Scope", "x".repeat(1000), "bytes"), new Case("", "v", "empty name"),
				new Case("a=b", "v", "contains '='"), new Case("[x", "v", "section header"),
				new Case("#x", "v", "comment"), new Case(" k", "v", "white space"));
		for (Case c : cases) {
			IniValueException e = assertThrows(IniValueException.class,
					() -> doc.put(Dsn.empty("My REST").with(c.key(), c.value())), c::toString);
			assertTrue(e.getMessage().contains(c.fragment()), e.getMessage());
			assertEquals("My REST", e.dsnName());
			if (!c.key().isEmpty()) {
				assertTrue(e.getMessage().contains("'" + c.key().trim()) || e.getMessage().contains(c.key()),
						e.getMessage());
			}
			assertFalse(e.getMessage().contains(c.value().strip()) && c.value().length() > 3,
					"never quotes the value: " + e.getMessage());
		}
		for (String bad : List.of("", " x", "[ab", "a]b", "a=b", "#x", ";x", "ODBC", "odbc data sources", "a\nb")) {
			assertThrows(IniValueException.class, () -> doc.put(Dsn.empty(bad)), bad);
		}
		assertEquals("v", OdbcIniDocument.parse(doc.put(Dsn.empty("a[b").with("k", "v")).text()).dsn("a[b")
				.orElseThrow().value("k"), "'[' inside a name is fine");
		// a value of exactly the longest line is fine
		String max = "x".repeat(IniValueRules.MAX_LINE_BYTES - "Scope=".length());
		assertEquals(max, OdbcIniDocument.parse(doc.put(Dsn.empty("New").with("Scope", max)).text()).dsn("New")
				.orElseThrow().value("Scope"));
	}

	@Test
	void anEditedLineThatWouldGrowPastTheLimitIsRefused() {
		OdbcIniDocument doc = OdbcIniDocument.parse("[A]\n" + " ".repeat(100) + "k=v\n");
		String v = "x".repeat(IniValueRules.MAX_LINE_BYTES - 10);
		assertThrows(IniValueException.class, () -> doc.put(Dsn.empty("A").with("k", v)));
	}

	@Test
	void latin1FilesStayLatin1AndRefuseWhatTheyCannotHold() {
		OdbcIniDocument doc = OdbcIniDocument.parse(Corpus.bytes("latin1.ini"));
		OdbcIniDocument edited = doc.put(doc.dsn("Ascii").orElseThrow().with("k", "vé"));
		byte[] bytes = edited.bytes();
		assertEquals(new String(Corpus.bytes("latin1.ini"), StandardCharsets.ISO_8859_1).replace("k=v", "k=vé"),
				new String(bytes, StandardCharsets.ISO_8859_1));
		assertThrows(IniValueException.class, () -> doc.put(Dsn.empty("Ascii").with("k", "日本")));
	}

	@Test
	void bomIsKept() {
		OdbcIniDocument doc = OdbcIniDocument.parse(Corpus.bytes("bom.ini"));
		String text = doc.put(doc.dsn("Bom").orElseThrow().with("x", "1")).text();
		assertTrue(text.startsWith("\uFEFF[Bom]\nDriver=/lib/bom.so\nx=1\n"), text);
	}

	@Test
	void toStringShowsNoContent() {
		assertFalse(seed().toString().contains("s3cr3t"));
	}
}
