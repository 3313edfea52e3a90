package io.restdsn.engine.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.engine.model.EndpointPath;
import io.restdsn.engine.model.Model;
import io.restdsn.engine.model.Names;
import io.restdsn.engine.model.Sampler;
import io.restdsn.engine.model.TableDef;

/**
 * Samples the short-form tables of a Model over HTTP: fetches the first page(s) of each (paging keys honoured,
 * at most {@code pages}) and lets the {@link Sampler} infer the full form.
 */
final class SamplingRun {

	private final ObjectMapper mapper;
	private final HttpExecutor http;
	private final String baseUrl;
	private final DsnSettings settings;
	private final int pages;

	SamplingRun(ObjectMapper mapper, HttpExecutor http, String baseUrl, DsnSettings settings, int pages) {
		this.mapper = mapper;
		this.http = http;
		this.baseUrl = baseUrl;
		this.settings = settings;
		this.pages = pages;
	}

	Model sample(Model model, CancelToken cancel, StatsCollector stats) {
		Set<String> taken = model.tables().stream().map(t -> Names.sql(t.alias() != null ? t.alias() : t.jsonName()))
				.collect(Collectors.toSet());
		Sampler sampler = new Sampler(settings.qualifyNames, taken);
		List<TableDef> out = new ArrayList<>();
		for (TableDef t : model.tables()) {
			if (!t.needsSampling()) {
				out.add(t);
				continue;
			}
			EndpointPath request = Sampler.sampleRequest(t);
			RequestFactory rf = new RequestFactory(baseUrl, model.headers(), t, mapper);
			PagePlan plan = new PagePlan(t.paging().over(model.paging()), request, settings.wsFetchSize);
			PageWalker walker = new PageWalker(plan, rf, request, List.of(), new CallBudget(pages), stats);
			List<byte[]> bodies = new ArrayList<>();
			String url = null;
			RequestSpec spec;
			while ((spec = walker.nextRequest()) != null) {
				url = url == null ? spec.url() : url;
				Page page = http.fetch(spec, false, cancel, stats);
				if (page.zeroRows()) {
					break;
				}
				bodies.add(page.body());
				if (!walker.after(page, content(page.body(), request.jsonRoot(), plan))) {
					bodies.remove(bodies.size() - 1);
				}
				if (walker.isDone()) {
					break;
				}
			}
			out.add(sampler.sample(t, bodies, settings.jsonRoot, url == null ? request.url() : url));
		}
		return model.withTables(out);
	}

	/** Just enough of a page for the walker: row count, fingerprint and paging pointers (from a tree). */
	private PageContent content(byte[] body, String root, PagePlan plan) {
		JsonNode tree;
		try {
			tree = mapper.readTree(body);
		} catch (IOException e) {
			return new PageContent(0, 0, Map.of());
		}
		String r = root != null ? root : settings.jsonRoot;
		if (r == null) {
			r = Sampler.impliedRoot(body);
		}
		JsonNode rows = r == null ? tree : tree.at(r.startsWith("/") ? r : "/" + r);
		int n = rows.isArray() ? rows.size() : rows.isObject() ? 1 : 0;
		Map<String, String> captured = new HashMap<>();
		for (String p : plan.watchPointers()) {
			JsonNode v = tree.at(p);
			if (!v.isMissingNode()) {
				captured.put(p, v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
			}
		}
		return new PageContent(n, Arrays.hashCode(body) * 31L + body.length, captured);
	}
}
