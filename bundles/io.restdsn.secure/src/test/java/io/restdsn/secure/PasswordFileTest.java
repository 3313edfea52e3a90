package io.restdsn.secure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password file is read as Eclipse reads -eclipse.password: lines joined without their breaks. */
class PasswordFileTest {

	@TempDir
	Path dir;

	@Test
	void lineBreaksAreNotPartOfThePassword() throws Exception {
		Path pw = dir.resolve("pw");
		Files.writeString(pw, "correct horse\r\n");
		assertArrayEquals("correct horse".toCharArray(), PasswordFile.read(pw));
		Files.writeString(pw, "two\nlines\n");
		assertArrayEquals("twolines".toCharArray(), PasswordFile.read(pw));
		Files.writeString(pw, " spaces kept ");
		assertArrayEquals(" spaces kept ".toCharArray(), PasswordFile.read(pw));
	}

	@Test
	void aMissingOrEmptyFileIsAnErrorNamingTheFileNotItsContent() throws Exception {
		Path pw = dir.resolve("pw");
		Files.writeString(pw, "\n\n");
		SecretStoreException empty = assertThrows(SecretStoreException.class, () -> PasswordFile.read(pw));
		assertEquals(SecretStoreException.Reason.IO, empty.reason());
		assertTrue(empty.getMessage().contains(pw.toString()) && empty.getMessage().contains("empty"), empty.getMessage());

		SecretStoreException missing = assertThrows(SecretStoreException.class, () -> PasswordFile.read(dir.resolve("nope")));
		assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());

		Files.writeString(pw, "hunter2");
		pw.toFile().setReadable(false);
		if (!Files.isReadable(pw)) { // root reads everything
			SecretStoreException denied = assertThrows(SecretStoreException.class, () -> PasswordFile.read(pw));
			assertFalse(denied.getMessage().contains("hunter2"));
		}
	}
}
