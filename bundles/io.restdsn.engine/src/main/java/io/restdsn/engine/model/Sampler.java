package io.restdsn.engine.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.engine.EngineException;

/**
 * Infers a full-form table definition from sample responses of a short-form entry (§5 of the Model spec).
 * <p>
 * Works on response bodies the caller fetched, so it is testable without HTTP and the caller decides how many
 * pages a sample is. One instance samples one Model: it remembers the table names already taken so child tables
 * never clash.
 */
public final class Sampler {

	private static final Pattern PATH_PARAM = Pattern.compile("\\{([^{}:]+)(?::([^{}]*))?\\}");
	private static final int KEY_MAX_TEXT = 255;
	private static final int LONG_TEXT = 4000;

	/** Samples are small and read as trees; the streaming reader is only worth it for query results. */
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final int qualifyNames;
	private final Set<String> takenTables = new HashSet<>();

	/**
	 * @param qualifyNames QualifyNormalizedNames: 0 array name, 1 {@code PARENT_ARRAY}, 2 full path
	 * @param takenTables  SQL names of tables that exist already (all root tables of the Model)
	 */
	public Sampler(int qualifyNames, Set<String> takenTables) {
		this.qualifyNames = qualifyNames;
		takenTables.forEach(n -> this.takenTables.add(n.toUpperCase(Locale.ROOT)));
	}

	/** The request a sample is fetched with: the short form's URL with sample values in place. */
	public static EndpointPath sampleRequest(TableDef shortForm) {
		EndpointPath p = shortForm.paths().get(0);
		Matcher m = PATH_PARAM.matcher(p.url());
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			if (m.group(2) == null) {
				throw new EngineException(EngineException.Kind.MODEL, "table '" + shortForm.jsonName()
						+ "': path parameter {" + m.group(1) + "} needs a sample value to be sampled: write {"
						+ m.group(1) + ":value}");
			}
			m.appendReplacement(b, Matcher.quoteReplacement(m.group(2)));
		}
		m.appendTail(b);
		return new EndpointPath(p.method(), b.toString(), p.jsonRoot());
	}

	/**
	 * Samples one table.
	 *
	 * @param bodies   response bodies of the first page(s)
	 * @param jsonRoot JSON root to use when the entry has none (the JSONRoot option), or {@code null}
	 * @param url      the sampled URL, for error messages
	 */
	public TableDef sample(TableDef shortForm, List<byte[]> bodies, String jsonRoot, String url) {
		String tableName = Names.sql(shortForm.alias() != null ? shortForm.alias() : shortForm.jsonName());
		takenTables.add(tableName);
		List<JsonNode> docs = new ArrayList<>();
		for (byte[] body : bodies) {
			docs.add(parse(body, url));
		}
		EndpointPath first = shortForm.paths().get(0);
		String root = first.jsonRoot() != null ? first.jsonRoot() : jsonRoot;
		if (root == null && !docs.isEmpty()) {
			root = promotedRoot(docs.get(0));
		}
		Shape rows = new Shape();
		int rowCount = 0;
		for (JsonNode doc : docs) {
			JsonNode at = root == null ? doc : doc.at(pointer(root));
			if (at.isArray()) {
				for (JsonNode row : at) {
					if (!row.isObject()) {
						throw new EngineException(EngineException.Kind.UNSUPPORTED, "rows at '" + (root == null ? "/"
								: root) + "' of " + url + " are not objects; name a JSON root that holds objects");
					}
					rows.add(row);
					rowCount++;
				}
			} else if (at.isObject()) {
				rows.add(at);
				rowCount++;
			}
		}
		Params params = Params.of(shortForm);
		List<FieldDef> fields = fields(rows, tableName, tableName, true, rowCount);
		fields = params.apply(fields);
		List<EndpointPath> paths = new ArrayList<>();
		for (EndpointPath p : shortForm.paths()) {
			paths.add(new EndpointPath(p.method(), Params.clean(p.url()), p == first ? root : p.jsonRoot()));
		}
		return new TableDef(shortForm.jsonName(), shortForm.alias(), paths, shortForm.headers(), shortForm
				.postBody(), shortForm.paging(), fields, shortForm.extras());
	}

	private JsonNode parse(byte[] body, String url) {
		try {
			return MAPPER.readTree(body);
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw EngineException.body(EngineException.Kind.PARSE, url, at == null ? -1 : at.getLineNr(), at == null
					? -1 : at.getColumnNr(), null, "the sample from " + url + " is not JSON: " + e.getOriginalMessage(),
					e);
		} catch (IOException e) {
			throw EngineException.io(url, "cannot read the sample from " + url, e);
		}
	}

	/**
	 * The JSON root a sample implies when none is configured: a top-level object that only wraps an array
	 * (possibly through single-member objects) is dropped. {@code null} when the document itself holds the rows.
	 */
	public static String impliedRoot(byte[] body) {
		try {
			return promotedRoot(MAPPER.readTree(body));
		} catch (IOException e) {
			return null;
		}
	}

	static String promotedRoot(JsonNode doc) {
		StringBuilder path = new StringBuilder();
		JsonNode at = doc;
		while (at.isObject() && at.size() == 1) {
			Map.Entry<String, JsonNode> only = at.properties().iterator().next();
			path.append('/').append(only.getKey().replace("~", "~0").replace("/", "~1"));
			at = only.getValue();
			if (at.isArray()) {
				return path.toString();
			}
		}
		return null;
	}

	static String pointer(String root) {
		return root.startsWith("/") ? root : "/" + root;
	}

	// ---- fields from shapes ----

	private List<FieldDef> fields(Shape obj, String tableName, String pathName, boolean top, int rowCount) {
		List<FieldDef> out = new ArrayList<>();
		boolean keyChosen = false;
		for (Map.Entry<String, Shape> e : obj.members.entrySet()) {
			String name = e.getKey();
			Shape s = e.getValue();
			String memberPath = pathName + "_" + Names.sql(name);
			FieldDef f = field(name, s, tableName, memberPath);
			if (top && !keyChosen && f instanceof ColumnDef c && isKeyCandidate(s, c.type(), rowCount)) {
				f = c.withKey(true);
				keyChosen = true;
			}
			out.add(f);
		}
		return out;
	}

	private FieldDef field(String name, Shape s, String tableName, String memberPath) {
		int scalars = s.bools + s.numbers() + s.strings;
		boolean structuralMix = s.objects > 0 && (s.arrays > 0 || scalars > 0) || s.arrays > 0 && scalars > 0;
		if (structuralMix) {
			return ColumnDef.of(name, SqlType.of(SqlType.Name.JSON));
		}
		if (s.objects > 0) {
			SqlType keyType = s.mapKeyType();
			if (keyType != null) {
				String child = childName(name, tableName, memberPath);
				Shape v = s.anyValue;
				if (v.objects > 0 && v.arrays == 0 && v.bools + v.numbers() + v.strings == 0) {
					return new MapDef(name, child, keyType, fields(v, child, child, false, 0), null, null);
				}
				if (v.objects == 0 && v.arrays == 0) {
					return new MapDef(name, child, keyType, null, scalarType(v), null);
				}
				return ColumnDef.of(name, SqlType.of(SqlType.Name.JSON));
			}
			if (s.members.isEmpty()) {
				return ColumnDef.of(name, SqlType.of(SqlType.Name.JSON));
			}
			return new ObjectDef(name, null, fields(s, tableName, memberPath, false, 0));
		}
		if (s.arrays > 0) {
			Shape el = s.element;
			int elScalars = el.bools + el.numbers() + el.strings;
			if (el.objects > 0 && el.arrays == 0 && elScalars == 0 && !el.members.isEmpty()) {
				String child = childName(name, tableName, memberPath);
				return ArrayDef.ofObjects(name, child, fields(el, child, child, false, 0));
			}
			if (el.objects == 0 && el.arrays == 0 && elScalars > 0) {
				return ArrayDef.ofScalars(name, childName(name, tableName, memberPath), scalarType(el));
			}
			return ColumnDef.of(name, SqlType.of(SqlType.Name.JSON));
		}
		return ColumnDef.of(name, scalarType(s));
	}

	/** The child table's SQL name under QualifyNormalizedNames, made unique among all tables. */
	private String childName(String jsonName, String parentTable, String fullPath) {
		String base = switch (qualifyNames) {
			case 1 -> parentTable + "_" + Names.sql(jsonName);
			case 2 -> fullPath;
			default -> Names.sql(jsonName);
		};
		return Names.unique(base, takenTables);
	}

	private static SqlType scalarType(Shape s) {
		int kinds = (s.bools > 0 ? 1 : 0) + (s.numbers() > 0 ? 1 : 0) + (s.strings > 0 ? 1 : 0);
		if (kinds > 1) {
			return SqlType.of(SqlType.Name.JSON);
		}
		if (s.bools > 0) {
			return SqlType.of(SqlType.Name.BOOLEAN);
		}
		if (s.numbers() > 0) {
			if (s.doubles > 0) {
				return SqlType.of(SqlType.Name.DOUBLE);
			}
			if (s.hugeInts > 0) {
				return new SqlType(SqlType.Name.DECIMAL, 38, 0);
			}
			return SqlType.of(s.bigints > 0 ? SqlType.Name.BIGINT : SqlType.Name.INTEGER);
		}
		if (s.nonEmptyStrings > 0) {
			if (s.allGuid) {
				return SqlType.of(SqlType.Name.GUID);
			}
			if (s.allDate) {
				return SqlType.of(SqlType.Name.DATE);
			}
			if (s.allTimestamp) {
				return s.allOffset ? SqlType.of(SqlType.Name.TIMESTAMPWITHTIMEZONE)
						: SqlType.of(SqlType.Name.TIMESTAMP, s.maxFraction);
			}
			if (s.allTime) {
				return SqlType.of(SqlType.Name.TIME);
			}
		}
		if (s.maxLength > LONG_TEXT) {
			return SqlType.of(SqlType.Name.LONGVARCHAR, s.maxLength);
		}
		return SqlType.varchar(s.strings == 0 ? 255 : Math.max(1, s.maxLength));
	}

	private static boolean isKeyCandidate(Shape s, SqlType type, int rowCount) {
		if (rowCount < 2 || s.present != rowCount || s.nulls > 0 || s.emptyStrings > 0 || s.distinct == null
				|| s.distinct.size() != rowCount) {
			return false;
		}
		return switch (type.name()) {
			case BIT, BOOLEAN, JSON, LONGVARCHAR, LONGNVARCHAR, DATE, TIME, TIMESTAMP, TIMEWITHTIMEZONE,
					TIMESTAMPWITHTIMEZONE -> false;
			default -> !type.isCharacter() || s.maxLength <= KEY_MAX_TEXT;
		};
	}

	/** What the samples showed for one member: how often each kind of value appeared, and its members. */
	static final class Shape {
		private static final Pattern INT = Pattern.compile("-?[0-9]+");
		private static final Pattern GUID = Pattern.compile(
				"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
		private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
		private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.([0-9]{1,9}))?)?");
		private static final Pattern TIMESTAMP = Pattern.compile(
				"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.([0-9]{1,9}))?)?)(Z|[+-][0-9]{2}:?[0-9]{2})?");
		private static final int DISTINCT_LIMIT = 100_000;

		int present;
		int nulls;
		int bools;
		int ints;
		int bigints;
		int hugeInts;
		int doubles;
		int strings;
		int nonEmptyStrings;
		int emptyStrings;
		int objects;
		int arrays;
		int maxLength;
		int maxFraction;
		boolean allGuid = true;
		boolean allDate = true;
		boolean allTime = true;
		boolean allTimestamp = true;
		boolean allOffset = true;
		Set<String> distinct = new HashSet<>();
		final LinkedHashMap<String, Shape> members = new LinkedHashMap<>();
		final Set<String> memberNames = new java.util.LinkedHashSet<>();
		Shape anyValue;
		Shape element;

		int numbers() {
			return ints + bigints + hugeInts + doubles;
		}

		void add(JsonNode v) {
			present++;
			if (v == null || v.isNull() || v.isMissingNode()) {
				nulls++;
				return;
			}
			if (v.isObject()) {
				objects++;
				if (anyValue == null) {
					anyValue = new Shape();
				}
				for (Map.Entry<String, JsonNode> e : v.properties()) {
					memberNames.add(e.getKey());
					members.computeIfAbsent(e.getKey(), k -> new Shape()).add(e.getValue());
					anyValue.add(e.getValue());
				}
				distinct = null;
				return;
			}
			if (v.isArray()) {
				arrays++;
				if (element == null) {
					element = new Shape();
				}
				for (JsonNode el : v) {
					element.add(el);
				}
				distinct = null;
				return;
			}
			if (v.isBoolean()) {
				bools++;
			} else if (v.isIntegralNumber()) {
				if (v.canConvertToInt()) {
					ints++;
				} else if (v.canConvertToLong()) {
					bigints++;
				} else {
					hugeInts++;
				}
			} else if (v.isNumber()) {
				doubles++;
			} else {
				strings++;
				string(v.asText());
			}
			if (distinct != null) {
				distinct.add(v.asText());
				if (distinct.size() > DISTINCT_LIMIT) {
					distinct = null;
				}
			}
		}

		private void string(String s) {
			maxLength = Math.max(maxLength, s.length());
			if (s.isEmpty()) {
				emptyStrings++;
				return;
			}
			nonEmptyStrings++;
			allGuid &= GUID.matcher(s).matches();
			allDate &= DATE.matcher(s).matches() && parses(() -> java.time.LocalDate.parse(s));
			Matcher t = TIME.matcher(s);
			allTime &= t.matches() && parses(() -> java.time.LocalTime.parse(s));
			Matcher ts = TIMESTAMP.matcher(s);
			if (ts.matches() && parses(() -> java.time.LocalDate.parse(ts.group(1)))
					&& parses(() -> java.time.LocalTime.parse(ts.group(2)))) {
				String offset = ts.group(4);
				allOffset &= offset != null && !offset.equals("Z");
				if (ts.group(3) != null) {
					maxFraction = Math.max(maxFraction, ts.group(3).length());
				}
			} else {
				allTimestamp = false;
			}
		}

		private static boolean parses(Runnable r) {
			try {
				r.run();
				return true;
			} catch (RuntimeException e) {
				return false;
			}
		}

		/** The key type when every member name is data-like of one kind (a map), else {@code null}. */
		SqlType mapKeyType() {
			if (memberNames.isEmpty()) {
				return null;
			}
			boolean allInt = true;
			boolean bigInt = false;
			Shape keys = new Shape();
			for (String k : memberNames) {
				if (INT.matcher(k).matches()) {
					try {
						long l = Long.parseLong(k);
						bigInt |= l != (int) l;
					} catch (NumberFormatException e) {
						allInt = false;
					}
				} else {
					allInt = false;
				}
				keys.string(k);
			}
			if (allInt) {
				return SqlType.of(bigInt ? SqlType.Name.BIGINT : SqlType.Name.INTEGER);
			}
			if (keys.allGuid) {
				return SqlType.of(SqlType.Name.GUID);
			}
			if (keys.allDate) {
				return SqlType.of(SqlType.Name.DATE);
			}
			if (keys.allTimestamp) {
				return keys.allOffset ? SqlType.of(SqlType.Name.TIMESTAMPWITHTIMEZONE)
						: SqlType.of(SqlType.Name.TIMESTAMP, keys.maxFraction);
			}
			if (keys.allTime) {
				return SqlType.of(SqlType.Name.TIME);
			}
			return null;
		}
	}

	/** Sample values written in a short-form URL ({@code {id:C-1}}, {@code ?status=open}) become parameters. */
	static final class Params {
		final Map<String, String> values = new LinkedHashMap<>();

		static Params of(TableDef t) {
			Params p = new Params();
			String url = t.paths().get(0).url();
			Matcher m = PATH_PARAM.matcher(url);
			while (m.find()) {
				if (!isPagingTemplate(m.group(1))) {
					p.values.put(m.group(1), m.group(2));
				}
			}
			int q = url.indexOf('?');
			if (q >= 0) {
				for (String pair : url.substring(q + 1).split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					int eq = pair.indexOf('=');
					String name = decode(eq < 0 ? pair : pair.substring(0, eq));
					String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
					if (!value.contains("{")) {
						p.values.putIfAbsent(name, value);
					}
				}
			}
			return p;
		}

		/** The URL without sample values and without literal query parameters (they became columns). */
		static String clean(String url) {
			int q = url.indexOf('?');
			String path = q < 0 ? url : url.substring(0, q);
			String query = q < 0 ? "" : url.substring(q + 1);
			Matcher m = PATH_PARAM.matcher(path);
			StringBuilder b = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(b, Matcher.quoteReplacement("{" + m.group(1) + "}"));
			}
			m.appendTail(b);
			List<String> kept = new ArrayList<>();
			for (String pair : query.split("&")) {
				if (pair.contains("{")) {
					kept.add(pair);
				}
			}
			return kept.isEmpty() ? b.toString() : b + "?" + String.join("&", kept);
		}

		List<FieldDef> apply(List<FieldDef> fields) {
			List<FieldDef> out = new ArrayList<>(fields);
			for (Map.Entry<String, String> e : values.entrySet()) {
				String name = e.getKey();
				String sample = e.getValue();
				int at = -1;
				for (int i = 0; i < out.size(); i++) {
					if (out.get(i) instanceof ColumnDef c && c.jsonName().equalsIgnoreCase(name)) {
						at = i;
						break;
					}
				}
				if (at >= 0) {
					ColumnDef c = (ColumnDef) out.get(at);
					out.set(at, c.withParameter(Operator.EQ, name, sample, false));
				} else {
					SqlType type = sample.matches("-?[0-9]{1,9}") ? SqlType.of(SqlType.Name.INTEGER)
							: SqlType.varchar(Math.max(1, sample.length()));
					out.add(ColumnDef.of(name, type).withParameter(Operator.EQ, name, sample, true));
				}
			}
			return out;
		}

		private static boolean isPagingTemplate(String name) {
			return switch (name) {
				case "LIMIT", "OFFSET", "PAGE", "NEXT" -> true;
				default -> false;
			};
		}

		private static String decode(String s) {
			return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
