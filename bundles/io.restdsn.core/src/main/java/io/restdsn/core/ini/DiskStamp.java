package io.restdsn.core.ini;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file looked like when read: whether it existed, size, modification time and a SHA-256 of its bytes.
 * <p>
 * The content hash decides whether it changed: modification times are coarse on some file systems (a quick second
 * write keeps the time) and change without a content change (a {@code touch}), so neither alone is trusted.
 */
record DiskStamp(boolean exists, long size, FileTime modified, byte[] sha256) {

	static final DiskStamp ABSENT = new DiskStamp(false, 0, null, new byte[0]);

	/** Reads the file once, returning its bytes and stamp together (so they describe the same content). */
	static Read read(Path file) throws IOException {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			byte[] bytes = Files.readAllBytes(file);
			return new Read(bytes, new DiskStamp(true, bytes.length, modified, hash(bytes)));
		} catch (NoSuchFileException e) {
			return new Read(null, ABSENT);
		}
	}

	static DiskStamp of(byte[] bytes, FileTime modified) {
		return new DiskStamp(true, bytes.length, modified, hash(bytes));
	}

	boolean sameContent(DiskStamp other) {
		return exists == other.exists && size == other.size && Arrays.equals(sha256, other.sha256);
	}

	static byte[] hash(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** A file's bytes ({@code null} when it does not exist) and its stamp. */
	record Read(byte[] bytes, DiskStamp stamp) {
	}
}
