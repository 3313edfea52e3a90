package io.restdsn.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The query reader's lower priority, in the running product's OSGi framework (JNA resolved through the bundle wiring
 * and its native part loaded): only the reader thread is lowered, never the thread that asked for it.
 */
@EnabledOnOs(OS.LINUX)
class BackgroundPriorityTest {

	@Test
	void aReaderThreadRunsAtLowerPriorityAndTheCallerKeepsItsOwn() throws Exception {
		int before = BackgroundPriority.currentThreadNice();
		assertTrue(before != Integer.MIN_VALUE, "the thread's nice value can be read through JNA");

		AtomicBoolean lowered = new AtomicBoolean();
		AtomicInteger niceInReader = new AtomicInteger(Integer.MIN_VALUE);
		Thread reader = new Thread(() -> {
			lowered.set(BackgroundPriority.lowerCurrentThread());
			niceInReader.set(BackgroundPriority.currentThreadNice());
		});
		reader.start();
		reader.join();

		assertTrue(lowered.get(), "setpriority succeeded for the reader thread");
		assertEquals(Math.max(before, BackgroundPriority.NICE), niceInReader.get(), "the reader runs at nice 10");
		assertEquals(before, BackgroundPriority.currentThreadNice(), "the calling thread keeps its priority");
	}
}
