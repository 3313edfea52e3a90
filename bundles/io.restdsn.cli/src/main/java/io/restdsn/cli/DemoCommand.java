package io.restdsn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.restdsn.demo.DemoService;

/** {@code restdsn demo [--port N]}: serves the built-in demo data source until interrupted. */
final class DemoCommand implements Command {

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "serve the built-in demo data source on 127.0.0.1 until interrupted";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn demo [--port N]

				Serves the demo data source on 127.0.0.1: an OAuth 2.0 client-credentials token endpoint and a
				paged JSON API (customers, orders with items, 120,000 events). Prints the DSN options to use
				with it (the demo id and secret are public demo credentials) and writes its Model file to
				~/.restdsn-studio/demo/demo.rest. Stop it with Ctrl+C.

				  --port N   listen on port N (default: a free port)
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException {
		int port = 0;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--port") || a.startsWith("--port=")) {
				String v = a.startsWith("--port=") ? a.substring(7) : (i + 1 < args.size() ? args.get(++i) : null);
				port = parsePort(v);
			} else {
				throw new UsageException("demo: unexpected argument '" + a + "'");
			}
		}
		DemoService service = new DemoService(port);
		try {
			service.start();
		} catch (IOException e) {
			throw new OperationFailedException("cannot start the demo service on port " + port + ": " + e.getMessage()
					+ (port != 0 ? " (is the port in use? omit --port to use a free one)" : ""));
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			service.stop();
			stopped.countDown();
		}, "restdsn-demo-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			Path model = service.writeModelFile(ctx.home().resolve(".restdsn-studio/demo/demo.rest"));
			ctx.out.println("Demo data source serving at " + service.baseUrl() + " (Ctrl+C stops it)");
			ctx.out.println();
			ctx.out.println("[" + DemoService.DSN_NAME + "]");
			for (Map.Entry<String, String> e : service.connectionOptions(model).entrySet()) {
				ctx.out.println(e.getKey() + "=" + e.getValue());
			}
			ctx.out.flush();
			stopped.await();
		} catch (IOException e) {
			service.stop();
			throw new OperationFailedException("cannot write the demo Model file: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			service.stop();
		}
		return Restdsn.OK;
	}

	private static int parsePort(String v) throws UsageException {
		try {
			int p = Integer.parseInt(v == null ? "" : v);
			if (p < 0 || p > 65535) {
				throw new NumberFormatException();
			}
			return p;
		} catch (NumberFormatException e) {
			throw new UsageException("demo: --port needs a number from 0 to 65535 (got '" + v + "')");
		}
	}
}
