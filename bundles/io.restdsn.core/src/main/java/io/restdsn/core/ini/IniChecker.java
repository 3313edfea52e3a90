package io.restdsn.core.ini;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restdsn.core.ini.IniProblem.Severity;

/**
 * Finds the lines unixODBC would reject or read differently from what a person sees, as {@link IniProblem}s with
 * line numbers. Each finding was checked against {@code odbcinst -q -s} of unixODBC 2.3.11.
 */
final class IniChecker {

	private IniChecker() {
	}

	static List<IniProblem> check(boolean bom, Charset charset, List<IniLine> lines) {
		List<IniProblem> out = new ArrayList<>();
		if (bom) {
			out.add(new IniProblem(1, Severity.ERROR, "the file starts with a byte order mark (BOM); unixODBC does "
					+ "not skip it and rejects the whole file; save the file without BOM"));
		}
		Map<String, Integer> sections = new HashMap<>();
		Map<String, Integer> keys = null; // null before the first section
		String section = null;
		for (int i = 0; i < lines.size(); i++) {
			IniLine l = lines.get(i);
			int no = i + 1;
			// a char is at most 3 bytes in UTF-8: only long lines need encoding
			int bytes = l.text.length() * 3 <= IniValueRules.MAX_LINE_BYTES ? 0 : l.text.getBytes(charset).length;
			if (bytes > IniValueRules.MAX_LINE_BYTES) {
				out.add(new IniProblem(no, Severity.ERROR, "the line is " + bytes + " bytes long; unixODBC reads only "
						+ IniValueRules.MAX_LINE_BYTES + " bytes of a line and takes the rest as another line; "
						+ "shorten it"));
			}
			switch (l.kind) {
			case BLANK, COMMENT -> {
				// always fine
			}
			case SECTION -> {
				section = l.name;
				keys = new HashMap<>();
				checkHeader(l, no, out);
				String fold = IniValueRules.fold(l.name);
				Integer first = sections.putIfAbsent(fold, no);
				if (first != null) {
					out.add(new IniProblem(no, Severity.WARNING, "section [" + l.name + "] appears again (first at line "
							+ first + "); unixODBC reads only the first one; merge the two or delete one"));
				}
			}
			case ENTRY, BARE -> {
				if (keys == null) {
					out.add(new IniProblem(no, Severity.ERROR, "this line comes before the first [section]; unixODBC "
							+ "rejects the whole file; move it into a section or comment it out with '#'"));
					break;
				}
				if (l.name.isEmpty()) {
					out.add(new IniProblem(no, Severity.ERROR, "'=' with no option name before it in [" + section
							+ "]; unixODBC skips it and may stop listing the options after it; name the option or "
							+ "delete the line"));
					break;
				}
				if (l.kind == IniLine.Kind.BARE) {
					out.add(new IniProblem(no, Severity.WARNING, "no '=' on this line in [" + section
							+ "]; unixODBC reads it as option '" + l.name + "' with an empty value; add '=value' or "
							+ "comment it out with '#'"));
				}
				Integer first = keys.putIfAbsent(IniValueRules.fold(l.name), no);
				if (first != null) {
					out.add(new IniProblem(no, Severity.WARNING, "option '" + l.name + "' appears again in [" + section
							+ "] (first at line " + first + "); unixODBC uses the first value; delete one of them"));
				}
			}
			default -> throw new IllegalStateException(l.kind.name());
			}
		}
		return out;
	}

	private static void checkHeader(IniLine l, int no, List<IniProblem> out) {
		String t = IniValueRules.trim(l.text);
		int close = t.indexOf(']');
		if (close < 0) {
			out.add(new IniProblem(no, Severity.WARNING, "the section header has no closing ']'; unixODBC reads it as ["
					+ l.name + "]; add the ']'"));
		} else if (close < t.length() - 1) {
			out.add(new IniProblem(no, Severity.WARNING, "text after ']' in the section header is ignored by unixODBC; "
					+ "move it to a comment line"));
		}
		if (l.name.isEmpty()) {
			out.add(new IniProblem(no, Severity.WARNING, "the section has no name; give it one or delete it"));
		}
	}
}
