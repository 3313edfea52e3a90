package io.restdsn.engine.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.EngineOptions;
import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.model.EndpointPath;
import io.restdsn.engine.model.Model;
import io.restdsn.engine.model.ModelReader;
import io.restdsn.engine.model.ModelWriter;
import io.restdsn.engine.model.TableDef;
import okhttp3.OkHttpClient;

/**
 * The engine behind {@link RestSession}: the configured Model, its sampled schema, the page cache, the HTTP
 * executor and the local database, plus what each H2 table currently holds (so an identical statement within
 * the cache lifetime does not even reload).
 */
public final class EngineSession implements RestSession {

	private final Dsn dsn;
	private final DsnSettings settings;
	private final EngineOptions options;
	private final ObjectMapper mapper;
	private final JsonFactory json;
	private final Model configured;
	private final PageCache cache;
	private final HttpExecutor http;
	private final String baseUrl;
	final ReentrantLock lock = new ReentrantLock();
	private final Map<RelTable, Loaded> loaded = new HashMap<>();
	private final java.util.Set<RelTable> indexed = new java.util.HashSet<>();
	private volatile RelSchema schema;
	private volatile String modelJson;
	private LocalDatabase database;
	private boolean closed;

	private record Loaded(String key, long at) {
	}

	/** Opens a session; reads the Model (RestConfigFile) or prepares to sample RestSamplePath. No HTTP yet. */
	public static EngineSession open(Dsn dsn, OkHttpClient client, ObjectMapper mapper, EngineOptions options) {
		return new EngineSession(dsn, client, mapper, options);
	}

	private EngineSession(Dsn dsn, OkHttpClient client, ObjectMapper mapper, EngineOptions options) {
		this.dsn = dsn;
		this.settings = new DsnSettings(dsn);
		this.options = options;
		this.mapper = mapper;
		this.json = mapper.getFactory();
		this.configured = configuredModel();
		if (configured.extras().containsKey("#authentication") && settings.customAuthentication()) {
			throw new EngineException(EngineException.Kind.UNSUPPORTED,
					"Custom authentication (#authentication steps, AuthenticationMethod=29) is not supported yet");
		}
		OkHttpClient c = client;
		if (settings.wsTimeoutSeconds != null) {
			c = client.newBuilder().readTimeout(settings.wsTimeoutSeconds, TimeUnit.SECONDS).build();
		}
		this.cache = new PageCache(options.cacheTtl().toMillis(), options.cacheMaxBytes());
		this.http = new HttpExecutor(c, mapper, configured.httpRules(), cache, settings.wsRetryCount, options);
		this.baseUrl = settings.hostName != null ? settings.hostName : configured.hostname();
	}

	private Model configuredModel() {
		if (options.model() != null) {
			return options.model();
		}
		if (settings.restConfigFile != null) {
			return ModelReader.read(Path.of(settings.restConfigFile));
		}
		if (settings.restSamplePath != null) {
			return Model.of(List.of(TableDef.shortForm(sampleTableName(settings.restSamplePath), EndpointPath.parse(
					settings.restSamplePath))));
		}
		throw new EngineException(EngineException.Kind.CONFIG, "DSN '" + dsn.name()
				+ "' has neither RestConfigFile nor RestSamplePath: the engine does not know which endpoints to use");
	}

	/** The last path segment names a sampled endpoint ({@code …/v2/countries} → countries). */
	static String sampleTableName(String url) {
		try {
			String path = URI.create(url.trim().split("\\s+")[0]).getPath();
			if (path != null) {
				String[] parts = path.split("/");
				for (int i = parts.length - 1; i >= 0; i--) {
					String p = parts[i];
					if (!p.isBlank() && !p.contains("{")) {
						int dot = p.indexOf('.');
						return dot > 0 ? p.substring(0, dot) : p;
					}
				}
			}
		} catch (IllegalArgumentException e) {
			// fall through
		}
		return "URL_PARENT";
	}

	@Override
	public Dsn dsn() {
		return dsn;
	}

	@Override
	public SchemaInfo schema() {
		return SchemaInfos.of(relSchema());
	}

	/** The relational schema, sampling short-form tables the first time. */
	RelSchema relSchema() {
		return relSchema(new CancelToken(), new StatsCollector());
	}

	/** As {@link #relSchema()}, sampling (if needed) under a statement's cancel signal and statistics. */
	RelSchema relSchema(CancelToken cancel, StatsCollector stats) {
		RelSchema s = schema;
		if (s != null) {
			return s;
		}
		lock.lock();
		try {
			checkOpen();
			if (schema == null) {
				Model effective = configured;
				if (configured.needsSampling()) {
					effective = new SamplingRun(mapper, http, baseUrl, settings, options.samplePages()).sample(
							configured, cancel, stats);
				}
				RelSchema built = new SchemaBuilder(settings.qualifyNames).build(effective);
				modelJson = ModelWriter.write(effective);
				schema = built;
			}
			return schema;
		} finally {
			lock.unlock();
		}
	}

	@Override
	public Model model() {
		return relSchema().model();
	}

	@Override
	public String modelJson() {
		relSchema();
		return modelJson;
	}

	@Override
	public QueryStatement prepare(String sql) {
		checkOpen();
		return new EngineStatement(this, sql);
	}

	@Override
	public void clearCache() {
		cache.clear();
		lock.lock();
		try {
			loaded.clear();
		} finally {
			lock.unlock();
		}
	}

	@Override
	public void close() {
		lock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			cache.clear();
			loaded.clear();
			if (database != null) {
				database.close();
				database = null;
			}
		} finally {
			lock.unlock();
		}
	}

	void checkOpen() {
		if (closed) {
			throw new EngineException(EngineException.Kind.CONFIG, "the session is closed");
		}
	}

	// ---- for statements ----

	EngineOptions options() {
		return options;
	}

	DsnSettings settings() {
		return settings;
	}

	JsonFactory json() {
		return json;
	}

	HttpExecutor http() {
		return http;
	}

	/** Must hold {@link #lock}. */
	LocalDatabase database() {
		checkOpen();
		if (database == null) {
			LocalDatabase db = new LocalDatabase(options);
			try {
				// every table exists (empty until a query loads it), so INFORMATION_SCHEMA describes the schema
				for (RelTable t : relSchema().tables()) {
					db.create(t);
				}
				db.configuration(modelJson());
			} catch (RuntimeException e) {
				db.close();
				throw e;
			}
			database = db;
		}
		return database;
	}

	/** The request factory and paging plans of a root table. */
	TableScan.PlanSource plans(RelTable root) {
		Model model = relSchema().model();
		RequestFactory rf = new RequestFactory(baseUrl, model.headers(), root.def, mapper);
		return new TableScan.PlanSource() {
			@Override
			public RequestFactory requests() {
				return rf;
			}

			@Override
			public PagePlan plan(EndpointPath path) {
				return new PagePlan(root.def.paging().over(model.paging()), path, settings.wsFetchSize);
			}
		};
	}

	/**
	 * Makes sure H2 holds what {@code fetch} describes: reuses the tables when an identical fetch loaded them
	 * within the cache lifetime, else recreates and loads them. Must hold {@link #lock}.
	 *
	 * @return true when the tables were (re)loaded
	 */
	boolean load(QueryPlan.RootFetch fetch, ScanContext ctx) {
		String key = fetch.loadKey();
		long now = System.nanoTime();
		long ttl = options.cacheTtl().toNanos();
		boolean reusable = !ctx.refresh() && ttl > 0 && fetch.wanted().stream().allMatch(t -> {
			Loaded l = loaded.get(t);
			return l != null && l.key.equals(key) && now - l.at < ttl;
		});
		if (reusable) {
			ctx.stats().tablesReused.addAndGet(fetch.wanted().size());
			return false;
		}
		LocalDatabase db = database();
		for (RelTable t : fetch.wanted()) {
			loaded.remove(t);
			indexed.remove(t);
			db.create(t);
		}
		try (TableLoader loader = new TableLoader(db.connection(), fetch.wanted(), options.insertBatchSize(), ctx
				.cancel())) {
			TableScan scan = new TableScan(ctx, fetch.root(), fetch.wanted(), fetch.variants(), plans(fetch.root()),
					fetch.rowLimit(), fetch.limitTable());
			while (scan.step(loader)) {
				// rows go straight into the loader
			}
			loader.finish();
		}
		for (RelTable t : fetch.wanted()) {
			loaded.put(t, new Loaded(key, now));
		}
		return true;
	}

	/** Indexes the key columns of loaded tables that are not indexed yet. Must hold {@link #lock}. */
	void index(java.util.Collection<RelTable> tables) {
		for (RelTable t : tables) {
			if (loaded.containsKey(t) && indexed.add(t)) {
				database().index(t);
			}
		}
	}
}
