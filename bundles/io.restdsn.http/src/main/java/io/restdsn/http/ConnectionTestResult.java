package io.restdsn.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a {@link ConnectionTest} found: one {@link StageResult} per {@link TestStage}, in order. Immutable; every
 * text in it is redacted.
 */
public final class ConnectionTestResult {

	private static final JsonFactory JSON = new JsonFactory();

	private final String dsnName;
	private final List<StageResult> stages;
	private final boolean canceled;
	private final Duration duration;

	public ConnectionTestResult(String dsnName, List<StageResult> stages, boolean canceled, Duration duration) {
		this.dsnName = dsnName;
		this.stages = List.copyOf(stages);
		this.canceled = canceled;
		this.duration = duration;
	}

	public String dsnName() {
		return dsnName;
	}

	/** All stages in run order, including skipped ones. */
	public List<StageResult> stages() {
		return stages;
	}

	public StageResult stage(TestStage stage) {
		return stages.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
	}

	/** True when nothing failed and the test was not canceled (skipped stages do not count against it). */
	public boolean passed() {
		return !canceled && stages.stream().noneMatch(s -> s.outcome() == StageOutcome.FAILED);
	}

	public boolean canceled() {
		return canceled;
	}

	/** The first failed stage, the one to show first. */
	public Optional<StageResult> firstFailure() {
		return stages.stream().filter(s -> s.outcome() == StageOutcome.FAILED).findFirst();
	}

	public Duration duration() {
		return duration;
	}

	/**
	 * The result as one JSON object for {@code restdsn test --json}: {@code dsn}, {@code passed}, {@code canceled},
	 * {@code durationMillis} and {@code stages}, each with {@code stage}, {@code title}, {@code outcome},
	 * {@code durationMillis}, {@code message}, {@code options}, {@code transcript} and, for failures, {@code problem}
	 * ({@code kind}, {@code httpStatus}, {@code serverError}, {@code serverDescription}).
	 */
	public String toJson() {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = JSON.createGenerator(out)) {
			g.useDefaultPrettyPrinter();
			g.writeStartObject();
			g.writeStringField("dsn", dsnName);
			g.writeBooleanField("passed", passed());
			g.writeBooleanField("canceled", canceled);
			g.writeNumberField("durationMillis", duration.toMillis());
			g.writeArrayFieldStart("stages");
			for (StageResult s : stages) {
				writeStage(g, s);
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static void writeStage(JsonGenerator g, StageResult s) throws IOException {
		g.writeStartObject();
		g.writeStringField("stage", s.stage().name());
		g.writeStringField("title", s.stage().title());
		g.writeStringField("outcome", s.outcome().name());
		g.writeNumberField("durationMillis", s.duration().toMillis());
		g.writeStringField("message", s.message());
		g.writeArrayFieldStart("options");
		for (String o : s.options()) {
			g.writeString(o);
		}
		g.writeEndArray();
		g.writeStringField("transcript", s.transcript());
		if (s.problem().isPresent()) {
			ConnectionProblem p = s.problem().get();
			g.writeObjectFieldStart("problem");
			g.writeStringField("kind", p.kind().name());
			if (p.httpStatus().isPresent()) {
				g.writeNumberField("httpStatus", p.httpStatus().getAsInt());
			}
			if (p.serverError().isPresent()) {
				g.writeStringField("serverError", p.serverError().get());
			}
			if (p.serverDescription().isPresent()) {
				g.writeStringField("serverDescription", p.serverDescription().get());
			}
			g.writeEndObject();
		}
		g.writeEndObject();
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("ConnectionTestResult[").append(dsnName)
				.append(passed() ? ", passed" : canceled ? ", canceled" : ", failed");
		stages.forEach(s -> sb.append("\n  ").append(s));
		return sb.append(']').toString();
	}
}
