package io.restdsn.demo;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /api/orders}: offset-paged, filtered by {@code ?status=} and {@code ?customer_id=} on the server.
 * <p>
 * The filters are what a Model column with {@code #eq} pushes down: {@code WHERE status = 'open'} must cost the
 * pages of open orders, not a scan of all of them. An unknown status is not an error, it just matches nothing,
 * like a filter in a real API; {@code total} counts the filtered rows.
 */
final class OrdersEndpoint extends JsonEndpoint {

	static final String PATH = "/api/orders";

	private final BearerGuard guard;
	private final List<DemoData.Order> orders;

	OrdersEndpoint(BearerGuard guard, DemoData data) {
		this.guard = guard;
		this.orders = data.orders;
	}

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		requireGet(ex);
		guard.check(ex, Scopes.ORDERS);
		String path = ex.getRequestURI().getPath();
		if (!path.equals(PATH) && !path.equals(PATH + "/")) {
			throw HttpProblem.notFound("no such resource: " + path);
		}
		Parameters q = query(ex);
		String status = q.single("status");
		Integer customer = q.has("customer_id") ? q.integer("customer_id", 0, Integer.MIN_VALUE, Integer.MAX_VALUE)
				: null;
		OffsetPage page = OffsetPage.of(q);
		List<String> rows = orders.stream()
				.filter(o -> status == null || o.status().equals(status))
				.filter(o -> customer == null || o.customerId() == customer)
				.map(DemoData.Order::json)
				.toList();
		page.write(ex, rows);
	}
}
