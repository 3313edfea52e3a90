package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.cli.Assignment.Origin;
import io.restdsn.core.options.OptionCatalog;

class AssignmentsTest {

	@TempDir
	Path dir;

	private static List<Assignment> parse(String stdin, String... args) throws UsageException {
		return new Assignments(OptionCatalog.standard(),
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).parse(List.of(args));
	}

	@Test
	void splitsAtTheFirstEqualsSignAndKnowsSecretsByAnyOfTheirNames() throws Exception {
		List<Assignment> a = parse("", "TokenURI=POST https://h/t?a=b", "st=tok", "PWD=pw", "Description=", "X-Custom=1");

		assertEquals("POST https://h/t?a=b", a.get(0).value());
		assertFalse(a.get(0).secret());
		assertTrue(a.get(1).secret() && a.get(2).secret());
		assertTrue(a.get(3).removes());
		assertFalse(a.get(4).secret(), "unknown options are not secret");
		assertEquals(Origin.COMMAND_LINE, a.get(1).origin());
	}

	@Test
	void aSecretIsReadFromStdinOrAFileWithoutItsTrailingLineBreaks() throws Exception {
		Path file = dir.resolve("secret.txt");
		Files.writeString(file, "from-file\r\n");

		List<Assignment> a = parse("from-stdin\n", "ClientSecret=@-", "SecurityToken=@" + file);

		assertEquals("from-stdin", a.get(0).value());
		assertEquals(Origin.STDIN, a.get(0).origin());
		assertEquals("from-file", a.get(1).value());
		assertEquals(Origin.FILE, a.get(1).origin());
	}

	@Test
	void doubleAtEscapesASecretStartingWithAtAndOtherOptionsAreLiteral() throws Exception {
		List<Assignment> a = parse("", "Password=@@home", "Description=@home", "ClientSecret=plain");

		assertEquals("@home", a.get(0).value());
		assertEquals("@home", a.get(1).value());
		assertEquals("plain", a.get(2).value());
	}

	@Test
	void refusesWhatCannotBeASecretNamingTheOptionButNotTheValue() throws Exception {
		Path twoLines = dir.resolve("two");
		Files.writeString(twoLines, "line-one-secret\nline-two\n");
		Path empty = dir.resolve("empty");
		Files.writeString(empty, "\n");

		UsageException multi = assertThrows(UsageException.class, () -> parse("", "ClientSecret=@" + twoLines));
		UsageException none = assertThrows(UsageException.class, () -> parse("", "ClientSecret=@" + empty));
		UsageException missing = assertThrows(UsageException.class, () -> parse("", "ClientSecret=@" + dir.resolve("nope")));
		UsageException noStdin = assertThrows(UsageException.class, () -> parse("", "ClientSecret=@-"));
		UsageException twice = assertThrows(UsageException.class, () -> parse("a\n", "ClientSecret=@-", "Password=@-"));

		assertTrue(multi.getMessage().contains("ClientSecret") && !multi.getMessage().contains("line-one-secret"),
				multi.getMessage());
		assertTrue(none.getMessage().contains("empty") && none.getMessage().contains("ClientSecret="), none.getMessage());
		assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
		assertTrue(noStdin.getMessage().contains("standard input is empty"), noStdin.getMessage());
		assertTrue(twice.getMessage().contains("only one option"), twice.getMessage());
	}

	@Test
	void refusesMalformedPairsAndOptionsGivenTwice() {
		assertTrue(assertThrows(UsageException.class, () -> parse("", "ClientID")).getMessage().contains("KEY=VALUE"));
		assertThrows(UsageException.class, () -> parse("", "=value"));
		assertThrows(UsageException.class, () -> parse("", "#Comment=x"));
		UsageException twice = assertThrows(UsageException.class, () -> parse("", "st=a", "SecurityToken=b"));
		assertTrue(twice.getMessage().contains("SecurityToken") && twice.getMessage().contains("twice"), twice.getMessage());
	}

	@Test
	void toStringNeverShowsASecret() throws Exception {
		assertFalse(parse("", "ClientSecret=hunter2").get(0).toString().contains("hunter2"));
	}
}
