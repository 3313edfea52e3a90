package io.restdsn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

/** Start, serve concurrently without printing, stop cleanly. */
class DemoServiceLifecycleTest {

	@Test
	void servesOnLoopbackAndStopsCleanly() throws Exception {
		int port;
		try (DemoService demo = new DemoService().start()) {
			assertTrue(demo.isRunning());
			port = demo.port();
			assertTrue(port > 0);
			assertEquals("http://127.0.0.1:" + port, demo.baseUrl());
			new DemoClient(demo).token(null);
		}
		assertFalse(demoThreadsAlive(), "handler threads end with the service");
		try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			assertEquals(port, s.getLocalPort(), "the port is free again");
		}
	}

	@Test
	void aGivenPortIsUsed() throws Exception {
		int free;
		try (ServerSocket s = new ServerSocket(0)) {
			free = s.getLocalPort();
		}
		try (DemoService demo = new DemoService(free).start()) {
			assertEquals(free, demo.port());
			try (DemoService second = new DemoService(free)) {
				assertThrows(IOException.class, second::start, "a port in use is an IOException");
			}
		}
	}

	@Test
	void misuseIsReported() throws Exception {
		DemoService demo = new DemoService();
		assertThrows(IllegalStateException.class, demo::port, "not started");
		demo.start();
		assertThrows(IllegalStateException.class, demo::start, "already running");
		demo.stop();
		demo.stop();
		assertFalse(demo.isRunning());
		assertThrows(IllegalStateException.class, demo::start, "stopped services stay stopped");
		assertThrows(IllegalArgumentException.class, () -> new DemoService(-1));
		assertThrows(IllegalArgumentException.class, () -> new DemoService(0, Duration.ZERO));
	}

	@Test
	void concurrentClientsAndNoOutput() throws Exception {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try (DemoService demo = new DemoService().start()) {
			System.setOut(new PrintStream(captured, true));
			System.setErr(new PrintStream(captured, true));
			DemoClient client = new DemoClient(demo);
			String token = client.token(null);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String path = switch (i % 5) {
					case 0 -> "/api/events?limit=2000&cursor=" + EventCursor.encode(i * 1000);
					case 1 -> "/api/orders?limit=500&offset=" + i * 10;
					case 2 -> "/api/customers/" + (1001 + i);
					case 3 -> "/api/nothing";
					default -> "/api/customers?offset=" + i;
				};
				results.add(pool.submit(() -> client.get(path, token).status()));
			}
			int ok = 0;
			for (Future<Integer> f : results) {
				ok += f.get() == 200 ? 1 : 0;
			}
			assertEquals(32, ok);
			client.postToken("grant_type=nope", null); // an error path too
		} finally {
			pool.shutdownNow();
			System.setOut(out);
			System.setErr(err);
		}
		assertEquals("", captured.toString(), "the service prints nothing");
	}

	private static boolean demoThreadsAlive() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("restdsn-demo-")
				&& t.isAlive());
	}
}
