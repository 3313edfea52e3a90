package io.restdsn.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files the way every file this product writes must be written (odbc.ini, Model files, exports): a temp file
 * in the same folder, forced to disk, then renamed over the target, so a reader never sees half a file and a crash
 * never loses the old one. Permissions and owner of an existing file are kept; new files are owner-only (they may
 * describe credentials).
 */
public final class AtomicFiles {

	private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code target} with {@code data} atomically.
	 *
	 * @param backup where to copy the previous version first, or {@code null} for no backup
	 */
	public static void replace(Path target, byte[] data, Path backup) throws IOException {
		replace(target, out -> out.write(data), backup);
	}

	/** What goes into a file written by {@link #replace(Path, Content, Path)}: written as a stream, not held whole. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Replaces {@code target} with what {@code content} writes, streamed to the temp file (a large export need not
	 * fit in memory). When {@code content} throws (an error, or a cancel as an unchecked exception), the temp file
	 * is deleted and the target stays as it was.
	 *
	 * @param backup where to copy the previous version first, or {@code null} for no backup
	 */
	public static void replace(Path target, Content content, Path backup) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
		boolean exists = Files.exists(target);
		PosixFileAttributes old = exists && posix ? Files.readAttributes(target, PosixFileAttributes.class) : null;
		FileAttribute<?>[] ownerOnly = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(NEW_FILE_PERMISSIONS) }
				: new FileAttribute<?>[0];
		Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", ownerOnly);
		try {
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
				content.writeTo(out);
				out.flush(); // not close(): that would close the channel before force()
				ch.force(true);
			}
			if (posix) {
				Files.setPosixFilePermissions(tmp, old != null ? old.permissions() : NEW_FILE_PERMISSIONS);
				if (old != null) {
					keepOwner(tmp, old);
				}
			}
			if (exists && backup != null) {
				Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("cannot replace " + target + " atomically on this file system; nothing was "
						+ "written", e);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
		syncDirectory(dir);
	}

	/** Root editing another user's file must not hand it over to root; elsewhere this is a no-op. */
	private static void keepOwner(Path tmp, PosixFileAttributes old) {
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class,
					LinkOption.NOFOLLOW_LINKS);
			PosixFileAttributes now = view.readAttributes();
			if (!now.owner().equals(old.owner())) {
				view.setOwner(old.owner());
			}
			if (!now.group().equals(old.group())) {
				view.setGroup(old.group());
			}
		} catch (IOException | UnsupportedOperationException e) {
			// not permitted for ordinary users, who own what they write anyway
		}
	}

	/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
	private static void syncDirectory(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort (FileSystemException on Windows)
		}
	}

}
