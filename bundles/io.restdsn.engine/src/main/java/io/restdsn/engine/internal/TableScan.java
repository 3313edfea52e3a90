package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restdsn.engine.model.EndpointPath;

/**
 * Fetches one root table for one statement, a page per {@link #step}: every variant (request series) in turn,
 * every page of it, rows extracted into the sink for the wanted tables (the root and/or its children).
 * <p>
 * A page's rows are buffered until the walker has checked the page is not a repeat, then handed on; so memory
 * holds one page at a time. An optional row limit (pushed-down LIMIT) ends the scan early.
 */
final class TableScan {

	private final ScanContext ctx;
	private final RelTable root;
	private final RowExtractor extractor;
	private final List<Variant> variants;
	private final PlanSource plans;
	private final long rowLimit;
	private final RelTable limitTable;
	private final RowExtractor.RowIds ids = new RowExtractor.RowIds();
	private int variantIndex;
	private PageWalker walker;
	private Variant variant;
	private EndpointPath path;
	private PagePlan plan;
	private long limitRows;
	private boolean finished;

	/** Supplies the request factory and page plan of the root table. */
	interface PlanSource {
		RequestFactory requests();

		PagePlan plan(EndpointPath path);
	}

	/**
	 * @param rowLimit   stop once {@code limitTable} has this many rows (-1: no limit)
	 */
	TableScan(ScanContext ctx, RelTable root, Set<RelTable> wanted, List<Variant> variants, PlanSource plans,
			long rowLimit, RelTable limitTable) {
		this(ctx, root, wanted, null, variants, plans, rowLimit, limitTable);
	}

	/** @param columns columns the rows must carry per wanted table ({@code null}: all) */
	TableScan(ScanContext ctx, RelTable root, Set<RelTable> wanted, Map<RelTable, Set<RelColumn>> columns,
			List<Variant> variants, PlanSource plans, long rowLimit, RelTable limitTable) {
		this.ctx = ctx;
		this.root = root;
		this.extractor = new RowExtractor(root, wanted, columns, ctx.json());
		this.variants = variants;
		this.plans = plans;
		this.rowLimit = rowLimit;
		this.limitTable = limitTable;
	}

	/** Processes one page into {@code sink}; false when the scan is over. */
	boolean step(RowSink sink) {
		while (!finished) {
			ctx.cancel().check();
			if (walker == null) {
				if (variantIndex >= variants.size()) {
					finished = true;
					return false;
				}
				variant = variants.get(variantIndex++);
				path = plans.requests().choosePath(variant.params(), root.name);
				plan = plans.plan(path);
				walker = new PageWalker(plan, plans.requests(), path, variant.params(), ctx.budget(), ctx.stats());
			}
			RequestSpec request = walker.nextRequest();
			if (request == null) {
				walker = null;
				continue;
			}
			Page page = ctx.http().fetch(request, ctx.refresh(), ctx.cancel(), ctx.stats());
			Buffer buffer = new Buffer();
			PageContent content = page.zeroRows() ? new PageContent(0, 0, java.util.Map.of())
					: extractor.extract(page.body(), request.url(), path.jsonRoot(), plan.watchPointers(), variant
							.template(), ids, buffer);
			if (walker.after(page, content)) {
				buffer.flush(sink);
			}
			if (walker.isDone()) {
				walker = null;
			}
			if (rowLimit >= 0 && limitRows >= rowLimit) {
				finished = true;
			}
			return true;
		}
		return false;
	}

	/** The rows of one page, held back until the page is known not to be a repeat. */
	private final class Buffer implements RowSink {
		private final List<RelTable> tables = new ArrayList<>();
		private final List<Object[]> rows = new ArrayList<>();

		@Override
		public void accept(RelTable table, Object[] row) {
			tables.add(table);
			rows.add(row);
		}

		void flush(RowSink sink) {
			ctx.stats().rows.addAndGet(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				RelTable t = tables.get(i);
				if (t == limitTable) {
					if (rowLimit >= 0 && limitRows >= rowLimit) {
						continue;
					}
					limitRows++;
				}
				sink.accept(t, rows.get(i));
			}
		}
	}

	RelTable root() {
		return root;
	}
}
