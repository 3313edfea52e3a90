package io.restdsn.http.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Progress;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;

/**
 * The connection test against a local server versus the same two requests made by {@code curl}: a client
 * credentials token request (POST, HTTP Basic) and the first data request with the token. Both sides open fresh
 * connections each round; curl is timed twice: the wall time of its two processes (what a shell script pays) and
 * curl's own {@code time_total} (its network time only, no process start). Prints medians and the ratios from one
 * run. Excluded from the normal test run (the {@code bench} package); {@code ./run-benchmarks} runs it.
 */
class ConnectionTestBenchmarkRun {

	private static final String ID = "bench-client";
	private static final String SECRET = "bench-secret-0123456789";
	private static final String TOKEN = "bench-token-abcdefghijklmnopqrstuvwxyz";
	private static final int WARMUP = 30;
	private static final int ROUNDS = Integer.getInteger("bench.connection.rounds", 100);

	private static void send(HttpExchange x, int code, String body) throws IOException {
		byte[] b = body.getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().set("Content-Type", "application/json");
		x.sendResponseHeaders(code, b.length);
		try (OutputStream o = x.getResponseBody()) {
			o.write(b);
		}
	}

	@Test
	void connectionTestVersusCurl() throws Exception {
		// without TCP_NODELAY the JDK server's small responses wait for the client's delayed ACK (40 ms)
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		String basic = "Basic " + Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
		server.createContext("/token", x -> {
			x.getRequestBody().readAllBytes();
			if (basic.equals(x.getRequestHeaders().getFirst("Authorization"))) {
				send(x, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
			} else {
				send(x, 401, "{\"error\":\"invalid_client\"}");
			}
		});
		server.createContext("/data", x -> {
			if (("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
				send(x, 200, "[{\"id\":1,\"name\":\"one\"},{\"id\":2,\"name\":\"two\"}]");
			} else {
				send(x, 401, "{}");
			}
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		try (RestClientFactory factory = RestClientFactory.create()) {
			Map<String, String> o = new LinkedHashMap<>();
			o.put("AuthenticationMethod", "53");
			o.put("TokenURI", "POST " + base + "/token");
			o.put("ClientID", ID);
			o.put("ClientCredentialsMode", "1");
			o.put("RestSamplePath", base + "/data");
			Dsn dsn = Dsn.of("bench", o);
			SecretLookup secrets = (d, option) -> java.util.Optional.ofNullable(
					"ClientSecret".equals(option) ? SECRET : null);

			List<Double> ours = new ArrayList<>();
			for (int i = 0; i < WARMUP + ROUNDS; i++) {
				long t0 = System.nanoTime();
				ConnectionTestResult r = factory.connectionTest(dsn, secrets, ConnectionTest.NO_MODEL)
						.run(Progress.NONE);
				double ms = (System.nanoTime() - t0) / 1e6;
				assertTrue(r.passed(), r::toString);
				if (i >= WARMUP) {
					ours.add(ms);
				}
			}

			List<Double> curlWall = new ArrayList<>();
			List<Double> curlNet = new ArrayList<>();
			Pattern tokenField = Pattern.compile("\"access_token\":\"([^\"]+)\"");
			for (int i = 0; i < WARMUP / 3 + ROUNDS; i++) {
				long t0 = System.nanoTime();
				String[] tokenOut = curl("-s", "-u", ID + ":" + SECRET, "-d", "grant_type=client_credentials", "-w",
						"\n%{time_total}", base + "/token");
				Matcher m = tokenField.matcher(tokenOut[0]);
				assertTrue(m.find(), tokenOut[0]);
				String[] dataOut = curl("-s", "-H", "Authorization: Bearer " + m.group(1), "-w", "\n%{time_total}",
						base + "/data");
				double wall = (System.nanoTime() - t0) / 1e6;
				assertTrue(dataOut[0].startsWith("[{"), dataOut[0]);
				if (i >= WARMUP / 3) {
					curlWall.add(wall);
					curlNet.add((Double.parseDouble(tokenOut[1]) + Double.parseDouble(dataOut[1])) * 1000);
				}
			}

			double oursMedian = median(ours);
			System.out.println(String.format(Locale.ROOT,
					"ConnectionTestBenchmark: %d rounds after %d warm-up, fresh connections each round, 2 CPUs%n"
							+ "  connection test (5 stages, in the JVM): median %.1f ms, mean %.1f ms, best %.1f ms%n"
							+ "  curl, two processes, wall:              median %.1f ms, mean %.1f ms, best %.1f ms%n"
							+ "  curl, its own time_total (network):     median %.1f ms, mean %.1f ms, best %.1f ms%n"
							+ "  ratio connection test / curl wall: %.2f   / curl network: %.2f",
					ROUNDS, WARMUP, oursMedian, mean(ours), Collections.min(ours), median(curlWall), mean(curlWall),
					Collections.min(curlWall), median(curlNet), mean(curlNet), Collections.min(curlNet),
					oursMedian / median(curlWall), oursMedian / median(curlNet)));
		} finally {
			server.stop(0);
		}
	}

	/** Runs curl; returns its output before the last line, and the last line (the -w value). */
	private static String[] curl(String... args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add("curl");
		cmd.addAll(List.of(args));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		int nl = out.lastIndexOf('\n');
		return new String[] { out.substring(0, nl), out.substring(nl + 1).trim() };
	}

	private static double median(List<Double> v) {
		List<Double> s = new ArrayList<>(v);
		Collections.sort(s);
		return s.get(s.size() / 2);
	}

	private static double mean(List<Double> v) {
		return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}
}
