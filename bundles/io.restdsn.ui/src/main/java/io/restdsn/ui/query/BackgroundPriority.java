package io.restdsn.ui.query;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Lowers the scheduling priority of a thread that does long background work (reading a large result), so the UI
 * thread gets a processor at once when it has something to paint, even on a two-core machine where the reader, the
 * garbage collector and the JIT compiler would otherwise take both.
 * <p>
 * Java's {@link Thread#setPriority(int)} is ignored on Linux (the JVM maps every priority to the same nice value),
 * so on Linux this sets the thread's own nice value with {@code setpriority(PRIO_PROCESS, gettid(), 10)} through
 * JNA (which the product already ships for the desktop keyring). Raising one's own nice value needs no privilege;
 * it cannot be lowered again, which is why it is only done on threads made for one query. Elsewhere, or when the
 * call fails, nothing changes: the thread runs at normal priority.
 */
final class BackgroundPriority {

	/** The nice value given to background readers: a tenth of the processor share of a normal thread under load. */
	static final int NICE = 10;
	private static final int PRIO_PROCESS = 0;

	interface LibC extends Library {
		int gettid();

		int setpriority(int which, int who, int prio);

		int getpriority(int which, int who);
	}

	private static volatile LibC libc;
	private static volatile boolean unavailable = !Platform.isLinux();

	private BackgroundPriority() {
	}

	private static LibC libc() {
		if (unavailable) {
			return null;
		}
		LibC c = libc;
		if (c == null) {
			try {
				c = Native.load("c", LibC.class);
				libc = c;
			} catch (Throwable e) { // no JNA native part for this platform: keep the normal priority
				unavailable = true;
				return null;
			}
		}
		return c;
	}

	/** Lowers the calling thread's priority; returns whether it now runs at {@link #NICE} (or lower). */
	static boolean lowerCurrentThread() {
		LibC c = libc();
		if (c == null) {
			return false;
		}
		try {
			int tid = c.gettid();
			if (c.getpriority(PRIO_PROCESS, tid) >= NICE) {
				return true; // the whole program was started at a lower priority already
			}
			return c.setpriority(PRIO_PROCESS, tid, NICE) == 0;
		} catch (Throwable e) { // an old C library without gettid(): keep the normal priority
			unavailable = true;
			return false;
		}
	}

	/** The calling thread's nice value, or {@code Integer.MIN_VALUE} where it cannot be read (for tests). */
	static int currentThreadNice() {
		LibC c = libc();
		if (c == null) {
			return Integer.MIN_VALUE;
		}
		try {
			return c.getpriority(PRIO_PROCESS, c.gettid());
		} catch (Throwable e) {
			return Integer.MIN_VALUE;
		}
	}
}
