package io.restdsn.core.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the product knows about one connection option: how it is spelled (and what older or shorter spellings
 * mean the same), what values it takes, where the editor shows it and which authentication methods use it.
 * <p>
 * Immutable; build one with {@link #builder(String, OptionType, OptionGroup)}.
 *
 * @param name         catalog spelling, written back on export
 * @param aliases      short names and legacy names accepted on import (never written)
 * @param type         value kind
 * @param defaultValue what the connector uses when the option is absent, or {@code null} when there is no single
 *                     default (e.g. PortNumber depends on TLS)
 * @param group        editor page
 * @param methods      AuthenticationMethod codes that use the option; empty means every method
 * @param help         one line for the editor's tooltip or description
 * @param choices      allowed values with labels, for {@link OptionType#ENUM} and {@link OptionType#BOOLEAN}
 * @param min          smallest allowed value of an {@link OptionType#INTEGER}, or {@code null}
 * @param max          largest allowed value of an {@link OptionType#INTEGER}, or {@code null}
 */
public record OptionDef(String name, List<String> aliases, OptionType type, String defaultValue, OptionGroup group,
		Set<Integer> methods, String help, List<Choice> choices, Integer min, Integer max) {

	/** One allowed value of an enumerated option, with the label the editor shows. */
	public record Choice(String value, String label) {
		public Choice {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(label, "label");
		}
	}

	public OptionDef {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(group, "group");
		aliases = List.copyOf(aliases);
		methods = Set.copyOf(methods);
		help = help == null ? "" : help;
		choices = List.copyOf(choices);
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException(name + ": min > max");
		}
	}

	public static Builder builder(String name, OptionType type, OptionGroup group) {
		return new Builder(name, type, group);
	}

	/** True for options whose value must only live in secure storage. */
	public boolean isSecret() {
		return type == OptionType.SECRET;
	}

	/** Whether {@code key} is this option's name or one of its aliases, ignoring case and surrounding blanks. */
	public boolean matches(String key) {
		String k = key.trim();
		return name.equalsIgnoreCase(k) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(k));
	}

	/** Whether the option matters for the given AuthenticationMethod code. */
	public boolean usedBy(int methodCode) {
		return methods.isEmpty() || methods.contains(methodCode);
	}

	/** The choice whose value equals {@code value} (ignoring case and blanks), if the option is enumerated. */
	public Optional<Choice> choice(String value) {
		String v = value.trim();
		return choices.stream().filter(c -> c.value().equalsIgnoreCase(v)).findFirst();
	}

	/** Human description of the allowed values, e.g. {@code "0 (none), 1 (TLS)"} or {@code "0 to 65535"}. */
	public String allowedValues() {
		if (!choices.isEmpty()) {
			List<String> parts = new ArrayList<>();
			choices.forEach(c -> parts.add(c.value().equals(c.label()) ? c.value() : c.value() + " (" + c.label() + ")"));
			return String.join(", ", parts);
		}
		if (type == OptionType.INTEGER) {
			long lo = min == null ? Integer.MIN_VALUE : min;
			long hi = max == null ? Integer.MAX_VALUE : max;
			return "a whole number from " + lo + " to " + hi;
		}
		return "any value";
	}

	@Override
	public String toString() {
		return "OptionDef[" + name + "]";
	}

	/** Collects the many optional parts of a definition readably. */
	public static final class Builder {
		private final String name;
		private final OptionType type;
		private final OptionGroup group;
		private final List<String> aliases = new ArrayList<>();
		private final Set<Integer> methods = new LinkedHashSet<>();
		private final List<Choice> choices = new ArrayList<>();
		private String defaultValue;
		private String help = "";
		private Integer min;
		private Integer max;

		private Builder(String name, OptionType type, OptionGroup group) {
			this.name = name;
			this.type = type;
			this.group = group;
		}

		public Builder aliases(String... names) {
			aliases.addAll(List.of(names));
			return this;
		}

		public Builder defaultValue(String value) {
			this.defaultValue = value;
			return this;
		}

		public Builder help(String text) {
			this.help = text;
			return this;
		}

		public Builder methods(Set<Integer> codes) {
			methods.addAll(codes);
			return this;
		}

		public Builder choice(String value, String label) {
			choices.add(new Choice(value, label));
			return this;
		}

		public Builder range(Integer lo, Integer hi) {
			this.min = lo;
			this.max = hi;
			return this;
		}

		public OptionDef build() {
			return new OptionDef(name, aliases, type, defaultValue, group, methods, help, choices, min, max);
		}


		String name() {
			return name;
		}
	}
}
