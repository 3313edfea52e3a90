package io.restdsn.core.ini;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link IniLine}s and back, losing nothing: joining the lines gives the same text. */
final class IniLines {

	private IniLines() {
	}

	static List<IniLine> split(String text) {
		List<IniLine> lines = new ArrayList<>();
		int start = 0;
		int n = text.length();
		while (start < n) {
			int lf = text.indexOf('\n', start);
			if (lf < 0) {
				lines.add(new IniLine(text.substring(start), ""));
				break;
			}
			int end = lf > start && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
			lines.add(new IniLine(text.substring(start, end), text.substring(end, lf + 1)));
			start = lf + 1;
		}
		return lines;
	}

	static String join(List<IniLine> lines) {
		int size = 0;
		for (IniLine l : lines) {
			size += l.text.length() + l.eol.length();
		}
		StringBuilder b = new StringBuilder(size);
		for (IniLine l : lines) {
			b.append(l.text).append(l.eol);
		}
		return b.toString();
	}

	/** The line break most lines use, so that added lines match the file; a line feed when there is none. */
	static String dominantEol(List<IniLine> lines) {
		int crlf = 0;
		int lf = 0;
		for (IniLine l : lines) {
			if (l.eol.equals("\r\n")) {
				crlf++;
			} else if (l.eol.equals("\n")) {
				lf++;
			}
		}
		return crlf > lf ? "\r\n" : "\n";
	}
}
