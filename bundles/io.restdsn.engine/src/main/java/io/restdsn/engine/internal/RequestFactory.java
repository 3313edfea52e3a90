package io.restdsn.engine.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.model.EndpointPath;
import io.restdsn.engine.model.TableDef;
import okhttp3.HttpUrl;

/**
 * Builds the HTTP requests of one root table: picks the {@code #path} whose placeholders the query can fill,
 * substitutes path parameters and paging templates, resolves relative paths against the host, and puts the
 * remaining parameters where they belong (query string, header, or the JSON body of a POST).
 */
final class RequestFactory {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");
	private static final Set<String> PAGING_VARS = Set.of("LIMIT", "OFFSET", "PAGE", "NEXT");

	private final String baseUrl;
	private final Map<String, String> globalHeaders;
	private final TableDef table;
	private final ObjectMapper mapper;

	RequestFactory(String baseUrl, Map<String, String> globalHeaders, TableDef table, ObjectMapper mapper) {
		this.baseUrl = baseUrl;
		this.globalHeaders = globalHeaders;
		this.table = table;
		this.mapper = mapper;
	}

	/** Paging additions to one request: template values, parameters, headers, or a complete next URL. */
	record PagingPart(Map<String, String> vars, List<ParamTemplate> params, List<ParamTemplate> headers,
			String nextUrl) {
		static final PagingPart NONE = new PagingPart(Map.of(), List.of(), List.of(), null);
	}

	/**
	 * The path to use for these parameters: every placeholder in its path part must be bound; among those, the
	 * one that uses most of them; the first on a tie.
	 */
	EndpointPath choosePath(List<BoundParam> params, String tableName) {
		Set<String> bound = new HashSet<>();
		params.forEach(p -> bound.add(p.name()));
		EndpointPath best = null;
		int bestScore = -1;
		List<String> missing = new ArrayList<>();
		for (EndpointPath p : table.paths()) {
			List<String> names = pathPlaceholders(p.url());
			if (!bound.containsAll(names)) {
				names.stream().filter(n -> !bound.contains(n)).forEach(missing::add);
				continue;
			}
			if (names.size() > bestScore) {
				best = p;
				bestScore = names.size();
			}
		}
		if (best == null) {
			throw new EngineException(EngineException.Kind.MANDATORY_PARAMETER, "Table " + tableName
					+ " needs a value for path parameter {" + missing.get(0)
					+ "}: constrain its parameter column in WHERE (e.g. WHERE col = 'value')");
		}
		return best;
	}

	static List<String> pathPlaceholders(String url) {
		int q = url.indexOf('?');
		Matcher m = PLACEHOLDER.matcher(q < 0 ? url : url.substring(0, q));
		List<String> out = new ArrayList<>();
		while (m.find()) {
			if (!PAGING_VARS.contains(m.group(1))) {
				out.add(m.group(1));
			}
		}
		return out;
	}

	RequestSpec build(EndpointPath path, List<BoundParam> params, PagingPart paging) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		globalHeaders.forEach((k, v) -> headers.add(entry(k, v)));
		table.headers().forEach((k, v) -> headers.add(entry(k, v)));
		for (BoundParam p : params) {
			if (p.header()) {
				headers.add(entry(p.name(), p.text()));
			}
		}
		for (ParamTemplate h : paging.headers()) {
			headers.add(entry(h.name(), h.value(paging.vars())));
		}
		boolean bodyParams = !path.method().equals("GET") && !path.method().equals("DELETE") && !path.method()
				.equals("HEAD");
		if (paging.nextUrl() != null) {
			return new RequestSpec(path.method(), resolve(paging.nextUrl()), headers, bodyParams ? body(params,
					List.of(), paging.vars(), Set.of()) : null);
		}
		Set<String> used = new HashSet<>();
		String url = substitute(path.url(), params, paging.vars(), used);
		HttpUrl parsed = HttpUrl.parse(resolve(url));
		if (parsed == null) {
			throw new EngineException(EngineException.Kind.CONFIG, "Table " + table.jsonName() + ": '" + resolve(url)
					+ "' is not a valid http(s) URL");
		}
		HttpUrl.Builder b = parsed.newBuilder();
		if (!bodyParams) {
			for (BoundParam p : params) {
				if (!p.header() && !used.contains(p.name())) {
					b.addQueryParameter(p.name(), p.text());
				}
			}
			for (ParamTemplate t : paging.params()) {
				b.addQueryParameter(t.name(), t.value(paging.vars()));
			}
		}
		return new RequestSpec(path.method(), b.build().toString(), headers, bodyParams ? body(params, paging
				.params(), paging.vars(), used) : null);
	}

	/** Fills {@code {name}}: path placeholders from parameters (encoded), query pairs dropped when unbound. */
	private static String substitute(String url, List<BoundParam> params, Map<String, String> vars,
			Set<String> used) {
		int q = url.indexOf('?');
		String path = q < 0 ? url : url.substring(0, q);
		StringBuilder out = new StringBuilder(fill(path, params, vars, used, true));
		if (q >= 0) {
			List<String> kept = new ArrayList<>();
			for (String pair : url.substring(q + 1).split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				String filled = fill(pair, params, vars, used, false);
				if (filled != null) {
					kept.add(filled);
				}
			}
			if (!kept.isEmpty()) {
				out.append('?').append(String.join("&", kept));
			}
		}
		return out.toString();
	}

	/** Returns {@code null} for a query pair with an unbound placeholder. */
	private static String fill(String text, List<BoundParam> params, Map<String, String> vars, Set<String> used,
			boolean pathPart) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value = vars.get(name);
			if (value == null) {
				for (BoundParam p : params) {
					if (p.name().equals(name) && !p.header()) {
						value = p.text();
						used.add(name);
						break;
					}
				}
			}
			if (value == null) {
				if (!pathPart) {
					return null;
				}
				value = "";
			}
			String encoded = pathPart ? encodePath(value) : encodeQuery(value);
			m.appendReplacement(b, Matcher.quoteReplacement(encoded));
		}
		m.appendTail(b);
		return b.toString();
	}

	private static String encodePath(String v) {
		return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String encodeQuery(String v) {
		return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String body(List<BoundParam> params, List<ParamTemplate> paging, Map<String, String> vars,
			Set<String> used) {
		ObjectNode body;
		try {
			JsonNode fixed = table.postBody() == null ? null : mapper.readTree(table.postBody());
			body = fixed instanceof ObjectNode o ? o.deepCopy() : mapper.createObjectNode();
		} catch (java.io.IOException e) {
			throw new EngineException(EngineException.Kind.MODEL, "Table " + table.jsonName()
					+ ": #post is not a JSON object", e);
		}
		for (BoundParam p : params) {
			if (p.header() || used.contains(p.name())) {
				continue;
			}
			Object v = p.value();
			if (v instanceof Long l) {
				body.put(p.name(), l);
			} else if (v instanceof Double d) {
				body.put(p.name(), d);
			} else if (v instanceof java.math.BigDecimal d) {
				body.put(p.name(), d);
			} else if (v instanceof Boolean z) {
				body.put(p.name(), z);
			} else {
				body.put(p.name(), p.text());
			}
		}
		for (ParamTemplate t : paging) {
			String v = t.value(vars);
			if (v.matches("-?[0-9]{1,18}")) {
				body.put(t.name(), Long.parseLong(v));
			} else {
				body.put(t.name(), v);
			}
		}
		return body.toString();
	}

	/** Absolute URLs pass; relative ones are joined to the host (HostName option or {@code #hostname}). */
	String resolve(String url) {
		String lower = url.toLowerCase(java.util.Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			return url;
		}
		if (baseUrl == null) {
			throw new EngineException(EngineException.Kind.CONFIG, "Table " + table.jsonName() + ": path '" + url
					+ "' is relative but neither the HostName option nor #hostname gives a host");
		}
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		if (url.startsWith("/")) {
			HttpUrl b = HttpUrl.parse(base);
			if (b != null && url.startsWith(b.encodedPath()) && !b.encodedPath().equals("/")) {
				return b.scheme() + "://" + b.host() + ":" + b.port() + url;
			}
			return base + url;
		}
		return base + "/" + url;
	}

	private static Map.Entry<String, String> entry(String k, String v) {
		return new AbstractMap.SimpleImmutableEntry<>(k, v);
	}
}
