package io.restdsn.demo;

/**
 * The demo's full-form {@code .rest} Model file (model-file.md §2–4), with the running service's base URL.
 * <p>
 * Written by hand rather than produced by sampling, because it is also the product's worked example: it uses each
 * kind of mapping the demo can show once — a nested object flattened into columns ({@code address}), arrays of
 * scalars and of objects as child tables ({@code tags}, {@code items}), both paging kinds (offset with a total;
 * next-token), parameter columns pushed down as query parameters ({@code status}, {@code customer_id}) and as a
 * path parameter ({@code customer.id}), and {@code #http} rules. Column sizes fit the generated data.
 */
final class DemoModelFile {

	private static final String TEMPLATE = """
			{
			  "#hostname": "%s",
			  "#headers": { "Accept": "application/json" },
			  "#http": [
			    { "#code": 404, "#action": "ZERO_ROWS", "#match": "no customer" },
			    { "#code": 403, "#action": "FAIL", "#message": "The demo token lacks a scope: {/error_description}" }
			  ],
			  "customers": {
			    "#path": "/api/customers /data",
			    "#maximumPageSize": 100,
			    "#pageSizeParameter": "limit",
			    "#rowOffsetParameter": "offset",
			    "#firstRowNumber": 0,
			    "#totalRowsElement": "/total",
			    "id": "Integer,#key",
			    "name": "VarChar(64)",
			    "email": "VarChar(128)",
			    "created": "Timestamp(0)",
			    "active": "Boolean",
			    "credit_limit": "Decimal(10,2)",
			    "address": {
			      "street": "VarChar(64)",
			      "city": "VarChar(32)",
			      "zip": "VarChar(10)",
			      "country": "Char(2)"
			    },
			    "tags[]": "VarChar(16)"
			  },
			  "orders": {
			    "#path": "/api/orders /data",
			    "#maximumPageSize": 500,
			    "#pageSizeParameter": "limit",
			    "#rowOffsetParameter": "offset",
			    "#firstRowNumber": 0,
			    "#totalRowsElement": "/total",
			    "id": "Integer,#key",
			    "customer_id": { "#type": "Integer", "#eq": "customer_id" },
			    "status": { "#type": "VarChar(12)", "#eq": "status" },
			    "created": "Timestamp(0)",
			    "currency": "Char(3)",
			    "amount": "Decimal(12,2)",
			    "items[]": {
			      "sku": "VarChar(12)",
			      "qty": "Integer",
			      "price": "Decimal(10,2)"
			    }
			  },
			  "events": {
			    "#path": "/api/events /events",
			    "#maximumPageSize": 1000,
			    "#pageSizeParameter": "limit",
			    "#nextPageElement": "/next",
			    "#nextPageParameter": "cursor",
			    "id": "BigInt,#key",
			    "type": "VarChar(16)",
			    "at": "Timestamp(0)",
			    "customer_id": "Integer",
			    "order_id": "Integer",
			    "amount": "Decimal(10,2)",
			    "source": {
			      "channel": "VarChar(8)",
			      "region": "VarChar(16)"
			    }
			  },
			  "customer": {
			    "#path": "/api/customers/{id}",
			    "id": { "#type": "Integer", "#key": true, "#eq": "id", "#default": "1001" },
			    "name": "VarChar(64)",
			    "email": "VarChar(128)",
			    "created": "Timestamp(0)",
			    "active": "Boolean",
			    "credit_limit": "Decimal(10,2)",
			    "address": {
			      "street": "VarChar(64)",
			      "city": "VarChar(32)",
			      "zip": "VarChar(10)",
			      "country": "Char(2)"
			    },
			    "tags<customer_tags>[]": "VarChar(16)"
			  }
			}
			""";

	private DemoModelFile() {
	}

	/** The Model text for a service at {@code baseUrl} ({@code http://127.0.0.1:port}, nothing to escape). */
	static String text(String baseUrl) {
		return TEMPLATE.formatted(baseUrl);
	}
}
