package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.testing.Corpus;

/** Saving is atomic, backed up, keeps permissions and refuses to overwrite a change made by someone else. */
class OdbcIniFileTest {

	@TempDir
	Path dir;

	private Path file;

	@BeforeEach
	void setUp() {
		file = dir.resolve("odbc.ini");
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static String perms(Path p) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
	}

	@Test
	void savesEditsAndKeepsOneBackupOfThePreviousVersion() throws IOException {
		byte[] original = Corpus.bytes("comments-everywhere.ini");
		Files.write(file, original);
		OdbcIniFile f = OdbcIniFile.load(file);
		assertTrue(f.existed());
		assertArrayEquals(original, f.document().bytes());
		OdbcIniDocument edited = f.document().put(f.document().dsn("Sales").orElseThrow().with("Scope", "all"));
		OdbcIniFile saved = f.save(edited);
		assertArrayEquals(edited.bytes(), Files.readAllBytes(file));
		assertArrayEquals(original, Files.readAllBytes(dir.resolve("odbc.ini.bak")));
		assertEquals(dir.resolve("odbc.ini.bak"), f.backupPath());

		OdbcIniDocument again = saved.document().delete("Inventory");
		saved.save(again);
		assertArrayEquals(again.bytes(), Files.readAllBytes(file));
		assertArrayEquals(edited.bytes(), Files.readAllBytes(dir.resolve("odbc.ini.bak")), "one backup: the last one");
		assertEquals(List.of("odbc.ini", "odbc.ini.bak"), listing(), "no temporary file left behind");
	}

	@Test
	void missingFileReadsEmptyAndIsCreatedOwnerOnly() throws IOException {
		OdbcIniFile f = OdbcIniFile.load(file);
		assertFalse(f.existed());
		assertEquals("", f.document().text());
		f.save(f.document().put(Dsn.empty("New").with("Driver", "/lib/x.so")));
		assertTrue(Files.exists(file));
		assertFalse(Files.exists(dir.resolve("odbc.ini.bak")), "nothing to back up");
		if (posix()) {
			assertEquals("rw-------", perms(file));
		}
	}

	@Test
	void permissionsArePreserved() throws IOException {
		assumeTrue(posix(), "POSIX file system");
		for (String p : List.of("rw-------", "rw-r-----", "rw-rw-r--")) {
			Files.writeString(file, "[A]\nk=v\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(p));
			OdbcIniFile f = OdbcIniFile.load(file);
			f.save(f.document().put(Dsn.empty("A").with("k", "w")));
			assertEquals(p, perms(file), "file");
			assertEquals(p, perms(dir.resolve("odbc.ini.bak")), "backup");
			assertEquals("[A]\nk=w\n", Files.readString(file));
		}
	}

	@Test
	void refusesWhenTheFileChangedOnDisk() throws IOException {
		Files.writeString(file, "[A]\nk=v\n");
		OdbcIniFile f = OdbcIniFile.load(file);
		Files.writeString(file, "[A]\nk=changed elsewhere\n");
		assertTrue(f.changedOnDisk());
		IniChangedOnDiskException e = assertThrows(IniChangedOnDiskException.class,
				() -> f.save(f.document().put(Dsn.empty("A").with("k", "mine"))));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("Reload"), e.getMessage());
		assertEquals(file, e.path());
		assertEquals("[A]\nk=changed elsewhere\n", Files.readString(file), "other change kept");
		assertEquals(List.of("odbc.ini"), listing(), "no backup, no temporary file");

		OdbcIniFile reloaded = OdbcIniFile.load(file);
		reloaded.save(reloaded.document().put(Dsn.empty("A").with("k", "mine")));
		assertEquals("[A]\nk=mine\n", Files.readString(file));
	}

	@Test
	void sameSizeChangeWithinTheSameSecondIsStillSeen() throws IOException {
		Files.writeString(file, "[A]\nk=1\n");
		FileTime t = Files.getLastModifiedTime(file);
		OdbcIniFile f = OdbcIniFile.load(file);
		Files.writeString(file, "[A]\nk=2\n");
		Files.setLastModifiedTime(file, t);
		assertThrows(IniChangedOnDiskException.class, () -> f.save(f.document()));
	}

	@Test
	void touchingWithoutChangingIsNoConflict() throws IOException {
		Files.writeString(file, "[A]\nk=1\n");
		OdbcIniFile f = OdbcIniFile.load(file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(0));
		assertFalse(f.changedOnDisk());
		f.save(f.document().put(Dsn.empty("A").with("k", "2")));
		assertEquals("[A]\nk=2\n", Files.readString(file));
	}

	@Test
	void refusesWhenAMissingFileWasCreatedMeanwhile() throws IOException {
		OdbcIniFile f = OdbcIniFile.load(file);
		Files.writeString(file, "[Theirs]\n");
		assertThrows(IniChangedOnDiskException.class, () -> f.save(OdbcIniDocument.parse("[Mine]\n")));
		assertEquals("[Theirs]\n", Files.readString(file));
	}

	@Test
	void refusesWhenTheFileWasDeletedMeanwhile() throws IOException {
		Files.writeString(file, "[A]\n");
		OdbcIniFile f = OdbcIniFile.load(file);
		Files.delete(file);
		assertThrows(IniChangedOnDiskException.class, () -> f.save(f.document()));
		assertFalse(Files.exists(file));
	}

	@Test
	void savingThroughASymbolicLinkKeepsTheLink() throws IOException {
		Path real = Files.createDirectories(dir.resolve("dotfiles")).resolve("odbc.ini");
		Files.writeString(real, "[A]\nk=v\n");
		try {
			Files.createSymbolicLink(file, real);
		} catch (UnsupportedOperationException | IOException e) {
			assumeTrue(false, "symbolic links not available: " + e);
		}
		OdbcIniFile f = OdbcIniFile.load(file);
		f.save(f.document().put(Dsn.empty("A").with("k", "w")));
		assertTrue(Files.isSymbolicLink(file));
		assertEquals("[A]\nk=w\n", Files.readString(real));
		assertEquals("[A]\nk=v\n", Files.readString(real.resolveSibling("odbc.ini.bak")));
	}

	@Test
	void savedBytesAreTheDocumentsBytesEvenForLatin1AndCrlf() throws IOException {
		for (String name : List.of("latin1.ini", "crlf.ini", "mixed-eol-no-final-newline.ini", "bom.ini")) {
			byte[] bytes = Corpus.bytes(name);
			Files.write(file, bytes);
			OdbcIniFile f = OdbcIniFile.load(file);
			f.save(f.document());
			assertArrayEquals(bytes, Files.readAllBytes(file), name);
		}
	}

	private List<String> listing() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
