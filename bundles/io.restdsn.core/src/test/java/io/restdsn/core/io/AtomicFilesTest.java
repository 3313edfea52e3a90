package io.restdsn.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	private long filesIn(Path d) throws IOException {
		try (Stream<Path> s = Files.list(d)) {
			return s.count();
		}
	}

	@Test
	void aStreamedFileReplacesTheOldOneWithItsPermissionsKept() throws IOException {
		Path f = dir.resolve("export.csv");
		Files.writeString(f, "old\n");
		Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
		byte[] line = "0123456789,abcdefghij,ÄÖÜ\n".getBytes(StandardCharsets.UTF_8);
		AtomicFiles.replace(f, out -> {
			for (int i = 0; i < 100_000; i++) { // 2.8 MB, more than one buffer
				out.write(line);
			}
		}, null);
		assertEquals(100_000L * line.length, Files.size(f));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
		assertEquals(1, filesIn(dir), "no temp file left beside it");
	}

	@Test
	void whenTheContentFailsHalfWayTheOldFileStaysAndNoTempFileIsLeft() throws IOException {
		Path f = dir.resolve("export.json");
		byte[] old = "[{\"kept\":true}]".getBytes(StandardCharsets.UTF_8);
		Files.write(f, old);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.replace(f, out -> {
			out.write(new byte[200_000]);
			throw new IllegalStateException("cancelled");
		}, null));
		assertEquals("cancelled", e.getMessage());
		assertArrayEquals(old, Files.readAllBytes(f));
		assertEquals(1, filesIn(dir));
	}

	@Test
	void aNewFileIsOwnerOnlyAndTheBackupKeepsThePreviousVersion() throws IOException {
		Path f = dir.resolve("odbc.ini");
		AtomicFiles.replace(f, "[A]\n".getBytes(StandardCharsets.UTF_8), null);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
		Path bak = dir.resolve("odbc.ini.bak");
		AtomicFiles.replace(f, "[B]\n".getBytes(StandardCharsets.UTF_8), bak);
		assertEquals("[B]\n", Files.readString(f));
		assertEquals("[A]\n", Files.readString(bak));
	}
}
