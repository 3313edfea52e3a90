package io.restdsn.core.ini;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.restdsn.core.io.AtomicFiles;

/**
 * An odbc.ini file on disk: its document as read, and a safe way to write a new version.
 * <p>
 * {@link #save(OdbcIniDocument)} never leaves a half-written file and never overwrites a change made by someone
 * else since {@link #load(Path)}: it refuses with {@link IniChangedOnDiskException} when the bytes on disk differ
 * from the bytes read; writes a temporary file in the same folder, flushed to disk, then renames it over the file in
 * one atomic step; first copies the previous version to {@code <file>.bak} (one backup, replaced each time); keeps
 * the file's POSIX permissions (an odbc.ini may have held secrets: {@code 0600} stays {@code 0600}) and creates new
 * files {@code 0600}; and writes through a symbolic link to its target rather than replacing the link.
 * <p>
 * The check and the rename are two steps, so a writer that does not use this class can still slip in between; the
 * window is a few milliseconds instead of an editing session. Immutable: {@code save} returns the file as saved.
 */
public final class OdbcIniFile {

	private final Path path;
	private final OdbcIniDocument document;
	private final DiskStamp stamp;

	private OdbcIniFile(Path path, OdbcIniDocument document, DiskStamp stamp) {
		this.path = Objects.requireNonNull(path, "path");
		this.document = document;
		this.stamp = stamp;
	}

	/** Reads the file; a file that does not exist yet reads as an empty document (and is created by save). */
	public static OdbcIniFile load(Path path) throws IOException {
		DiskStamp.Read read = DiskStamp.read(path);
		OdbcIniDocument doc = read.bytes() == null ? OdbcIniDocument.empty() : OdbcIniDocument.parse(read.bytes());
		return new OdbcIniFile(path, doc, read.stamp());
	}

	public Path path() {
		return path;
	}

	/** The document as read (or as last saved through this object). */
	public OdbcIniDocument document() {
		return document;
	}

	/** Whether the file existed when read. */
	public boolean existed() {
		return stamp.exists();
	}

	/** Where {@link #save} keeps the previous version. */
	public Path backupPath() throws IOException {
		Path target = target();
		return target.resolveSibling(target.getFileName() + ".bak");
	}

	/** Whether the bytes on disk differ from those read (or saved) through this object. */
	public boolean changedOnDisk() throws IOException {
		return !DiskStamp.read(path).stamp().sameContent(stamp);
	}

	/**
	 * Writes {@code doc} atomically, after backing up the current file.
	 *
	 * @return this file as now on disk, for the next save
	 * @throws IniChangedOnDiskException when the file changed on disk since it was read; nothing is written
	 */
	public OdbcIniFile save(OdbcIniDocument doc) throws IOException {
		if (changedOnDisk()) {
			throw new IniChangedOnDiskException(path);
		}
		Path target = target();
		byte[] data = doc.bytes();
		AtomicFiles.replace(target, data, backupPath());
		return new OdbcIniFile(path, doc, DiskStamp.of(data, Files.getLastModifiedTime(target)));
	}

	/** The file itself, or the file a symbolic link points to, so that saving keeps the link. */
	private Path target() throws IOException {
		if (!Files.isSymbolicLink(path)) {
			return path;
		}
		if (Files.exists(path)) {
			return path.toRealPath();
		}
		Path link = Files.readSymbolicLink(path);
		return path.toAbsolutePath().resolveSibling(link);
	}

	@Override
	public String toString() {
		return "OdbcIniFile[" + path + "]";
	}
}
