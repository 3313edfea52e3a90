package io.restdsn.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.model.ModelReader;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/**
 * A MockWebServer whose answers come from a function of the request, recording every request target (path and
 * query) so tests can assert exactly which requests the engine made.
 */
final class MockApi implements AutoCloseable {

	final MockWebServer server = new MockWebServer();
	final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
	static final OkHttpClient CLIENT = new OkHttpClient();

	MockApi(Function<RecordedRequest, MockResponse> answer) throws IOException {
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest r) {
				requests.add(r);
				return answer.apply(r);
			}
		});
		server.start();
	}

	static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

	static MockResponse status(int code, String body) {
		return new MockResponse.Builder().code(code).body(body).build();
	}

	String base() {
		String u = server.url("/").toString();
		return u.substring(0, u.length() - 1);
	}

	/** Request targets ({@code /path?query}) in order. */
	List<String> targets() {
		synchronized (requests) {
			return requests.stream().map(RecordedRequest::getTarget).toList();
		}
	}

	/** A session over {@code modelText}, relative paths resolved against this server. */
	RestSession session(String modelText, EngineOptions options, String... dsnOptions) {
		Dsn dsn = Dsn.empty("test").with("HostName", base());
		for (int i = 0; i + 1 < dsnOptions.length; i += 2) {
			dsn = dsn.with(dsnOptions[i], dsnOptions[i + 1]);
		}
		return RestEngine.open(dsn, CLIENT, options.withModel(ModelReader.read(modelText)));
	}

	RestSession session(String modelText, String... dsnOptions) {
		return session(modelText, EngineOptions.defaults().withStorage(EngineOptions.Storage.MEMORY), dsnOptions);
	}

	@Override
	public void close() {
		server.close();
	}

	/** All rows of a query as lists, for assertEquals. */
	static List<List<Object>> rows(RestSession s, String sql) {
		try (ResultCursor c = s.query(sql)) {
			return rows(c);
		}
	}

	static List<List<Object>> rows(ResultCursor c) {
		List<List<Object>> out = new ArrayList<>();
		while (c.next()) {
			List<Object> row = new ArrayList<>();
			for (int i = 0; i < c.columnCount(); i++) {
				row.add(c.getObject(i));
			}
			out.add(row);
		}
		return out;
	}
}
