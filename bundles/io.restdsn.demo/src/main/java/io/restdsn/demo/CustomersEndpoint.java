package io.restdsn.demo;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /api/customers} (offset-paged list) and {@code /api/customers/{id}} (one customer, the path-parameter
 * endpoint that a Model column with {@code #eq} turns {@code WHERE id = 1001} into).
 */
final class CustomersEndpoint extends JsonEndpoint {

	static final String PATH = "/api/customers";

	private final BearerGuard guard;
	private final DemoData data;
	private final List<String> rows;

	CustomersEndpoint(BearerGuard guard, DemoData data) {
		this.guard = guard;
		this.data = data;
		this.rows = data.customers.stream().map(DemoData.Customer::json).toList();
	}

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		requireGet(ex);
		guard.check(ex, Scopes.CUSTOMERS);
		String path = ex.getRequestURI().getPath();
		if (path.equals(PATH) || path.equals(PATH + "/")) {
			OffsetPage.of(query(ex)).write(ex, rows);
			return;
		}
		if (!path.startsWith(PATH + "/") || path.indexOf('/', PATH.length() + 1) >= 0) {
			throw HttpProblem.notFound("no such resource: " + path);
		}
		String idText = path.substring(PATH.length() + 1);
		int id;
		try {
			id = Integer.parseInt(idText);
		} catch (NumberFormatException e) {
			throw HttpProblem.invalidRequest("a customer id is a number, was '" + idText + "'");
		}
		DemoData.Customer c = data.customer(id);
		if (c == null) {
			throw HttpProblem.notFound("no customer " + id);
		}
		Replies.json(ex, 200, c.json());
	}
}
