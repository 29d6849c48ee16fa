package dev.parley.core.relay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Splits a plain-text email body into fragments (the author's text, quoted history,
 * signatures) and keeps the visible ones: a Java port of the logic of GitHub's
 * {@code email_reply_parser} (MIT License, Copyright (c) GitHub), checked against its
 * fixtures.
 * <p>
 * The text is read bottom-up: lines are reversed so that a quote header ("On DATE, NAME
 * wrote:") is seen after the quoted block it introduces. Quoted fragments and signatures
 * below every visible fragment are hidden; a quoted block between visible fragments (an
 * inline reply) stays visible. Patterns that look at a reversed line are written
 * reversed. Every pattern is linear on long lines (a quoted line is one that ends with
 * {@code >} once reversed, tested without a regular expression).
 */
public final class ReplyParser {

	private static final int FLAGS = Pattern.UNIX_LINES;

	/** The longest signature below a {@code --} line that is taken for one. */
	private static final int MAX_SIGNATURE_LINES = 8;

	/** A line of eight or more underscores directly under text. */
	private static final Pattern UNDERSCORES = Pattern.compile("([^\\n])(?=\\n_{7}_+)$", FLAGS | Pattern.MULTILINE);

	/**
	 * Signature starts, on a reversed line: "--", "__", "-Name", "Sent from my" and one
	 * to three words. The original writes the words as {@code (\w+\s*){1,3}}, which
	 * backtracks polynomially on a long line of word characters (the reason it asks for
	 * RE2); {@code \w++(?:\s++\w++){0,2}\s*} accepts the same lines in linear time.
	 */
	private static final Pattern SIGNATURE = Pattern
		.compile("(--\\s*$|__\\s*$|\\w-$)|(^\\w++(?:\\s++\\w++){0,2}\\s* ym morf tneS$)", FLAGS | Pattern.MULTILINE);

	/** "On ... wrote:", reversed. */
	private static final Pattern ON_WROTE = Pattern.compile("^:etorw.*nO$", FLAGS);

	/** "From:", "Sent:", "To:", "Subject:" at the start of a line, reversed. */
	private static final Pattern HEADER_LINE = Pattern.compile("^.*:(morF|tneS|oT|tcejbuS)$", FLAGS);

	private ReplyParser() {
	}

	/**
	 * The visible text of a reply: the author's fragments, joined, trailing white space
	 * removed, and beyond what {@code email_reply_parser} removes, the history and
	 * signatures of the clients in the {@link ReplyLexicon}'s languages (Outlook's header
	 * block, localized quote headers and separators, {@code --} without its space, mobile
	 * signatures).
	 * @param body a plain-text email body
	 * @return what the author wrote
	 */
	public static String parseReply(String body) {
		List<String> lines = List.of(body.replace("\r\n", "\n").split("\n", -1));
		int history = historyStart(lines);
		String reply = (history >= 0) ? String.join("\n", lines.subList(0, history)) : String.join("\n", lines);
		return withoutSignature(read(reply).visibleText());
	}

	/**
	 * Where the quoted or forwarded history starts that {@link #read} does not see on its
	 * own (its patterns know English quote headers above {@code >} lines only): a
	 * separator ("-----Original Message-----", a forwarded-message line), Outlook's
	 * {@code From/Sent/To/Subject} block (under its underscore line, if any), or an "On …
	 * wrote:" line in any language of the {@link ReplyLexicon} above history that is all
	 * quoted or not quoted at all. A quote header above a mix of quoted and unquoted
	 * lines (an inline or bottom-posted reply) is left to {@link #read}.
	 * @param lines the body's lines
	 * @return the index of the first line of history, or -1
	 */
	static int historyStart(List<String> lines) {
		ReplyLexicon lexicon = ReplyLexicon.ALL;
		QuotedBelow below = new QuotedBelow(lines);
		for (int i = 0; i < lines.size(); i++) {
			String line = ReplyLexicon.normalized(lines.get(i));
			if (line.isEmpty() || line.startsWith(">")) {
				continue;
			}
			if (lexicon.isSeparator(line) || isOutlookBlock(lines, i)
					|| line.matches("_{8,}") && isOutlookBlock(lines, nextNonBlank(lines, i + 1))) {
				return i;
			}
			int header = quoteHeaderEnd(lines, i);
			if (header > i && below.isWholeHistory(header)) {
				return i;
			}
		}
		return -1;
	}

	/** A "From:" line with at least two more of Outlook's fields in the next lines. */
	private static boolean isOutlookBlock(List<String> lines, int from) {
		if (from < 0 || from >= lines.size()
				|| !ReplyLexicon.ALL.isFromField(ReplyLexicon.normalized(lines.get(from)))) {
			return false;
		}
		int fields = 0;
		for (int i = from + 1; i < Math.min(lines.size(), from + 8); i++) {
			if (ReplyLexicon.ALL.isOtherField(ReplyLexicon.normalized(lines.get(i)))) {
				fields++;
			}
		}
		return fields >= 2;
	}

	/**
	 * The line after a quote header that starts at {@code from}, which clients may break
	 * over up to three lines; {@code from} when there is none.
	 */
	private static int quoteHeaderEnd(List<String> lines, int from) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < Math.min(lines.size(), from + 3); i++) {
			String line = ReplyLexicon.normalized(lines.get(i));
			if (i > from && (line.isEmpty() || line.startsWith(">"))) {
				break;
			}
			joined.append((i > from) ? " " : "").append(line);
			if (joined.length() <= 600 && ReplyLexicon.ALL.isQuoteHeader(joined.toString())) {
				return i + 1;
			}
		}
		return from;
	}

	/**
	 * For each line, whether quoted and unquoted non-blank lines follow from there on:
	 * one pass from the bottom, so that a body of many quote headers stays linear.
	 */
	private static final class QuotedBelow {

		private final boolean[] quoted;

		private final boolean[] unquoted;

		QuotedBelow(List<String> lines) {
			this.quoted = new boolean[lines.size() + 1];
			this.unquoted = new boolean[lines.size() + 1];
			for (int i = lines.size() - 1; i >= 0; i--) {
				String line = lines.get(i).strip();
				this.quoted[i] = this.quoted[i + 1] || !line.isEmpty() && line.startsWith(">");
				this.unquoted[i] = this.unquoted[i + 1] || !line.isEmpty() && !line.startsWith(">");
			}
		}

		/** Whether the non-blank lines from here on are all quoted, or none are. */
		boolean isWholeHistory(int from) {
			return !(this.quoted[from] && this.unquoted[from]);
		}

	}

	private static int nextNonBlank(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The reply without a signature that {@link #read} keeps: one under a delimiter line
	 * ({@code "-- "} or {@code "--"}) directly below the text, of at most
	 * {@value #MAX_SIGNATURE_LINES} lines, and mobile signatures on the last lines ("Sent
	 * from my iPhone", "Enviado desde mi iPhone", "Von meinem iPhone gesendet"…).
	 */
	private static String withoutSignature(String visible) {
		List<String> lines = new ArrayList<>(List.of(visible.split("\n", -1)));
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).stripTrailing().equals("--") && lines.size() - i <= MAX_SIGNATURE_LINES + 1) {
				lines.subList(i, lines.size()).clear();
				break;
			}
		}
		while (!lines.isEmpty()) {
			String last = ReplyLexicon.normalized(lines.get(lines.size() - 1));
			if (last.isEmpty() || lines.size() > 1 && ReplyLexicon.ALL.isMobileSignature(last)) {
				lines.remove(lines.size() - 1);
			}
			else {
				break;
			}
		}
		return stripTrailing(String.join("\n", lines));
	}

	/**
	 * Splits a body into fragments.
	 * @param body a plain-text email body
	 * @return the parsed email
	 */
	public static Email read(String body) {
		String text = body.replace("\r\n", "\n");
		String header = multiLineHeader(text);
		if (header != null) {
			text = text.replace(header, header.replace("\n", " "));
		}
		String windowsLive = windowsLiveHeader(text);
		if (windowsLive != null) {
			text = text.replace(windowsLive, windowsLive.replace("\n", " "));
		}
		text = UNDERSCORES.matcher(text).replaceAll("$1\n");
		return new Scanner().scan(new StringBuilder(text).reverse().toString());
	}

	/**
	 * A reply header that a client broke over several lines ("On ...\n... wrote:"): what
	 * the original finds with {@code ^(?!On.*On\s.+?wrote:)(On\s(.+?)wrote:)$}
	 * (multi-line, dot-all), found in linear time. That expression's look-ahead reads to
	 * the end of the text from every line that starts with "On", quadratic on a body of
	 * many such lines. The look-ahead refuses a start {@code p} when an "On" and white
	 * space at {@code q >= p + 2} has a "wrote:" at {@code q + 4} or later: so only
	 * starts after the last such {@code q} (less two) qualify, and the first of those
	 * that reaches a "wrote:" ending a line is the match.
	 * @param text the body, {@code \n} line breaks
	 * @return the header, or null
	 */
	static @Nullable String multiLineHeader(String text) {
		int lastWrote = text.lastIndexOf("wrote:");
		if (lastWrote < 0) {
			return null;
		}
		int lastOn = -1;
		for (int q = text.indexOf("On"); q >= 0 && q + 4 <= lastWrote; q = text.indexOf("On", q + 1)) {
			if (isRegexSpace(text.charAt(q + 2))) {
				lastOn = q;
			}
		}
		for (int p = Math.max(0, lastOn - 1); p + 4 <= lastWrote; p++) {
			boolean lineStart = p == 0 || text.charAt(p - 1) == '\n';
			if (lineStart && text.startsWith("On", p) && isRegexSpace(text.charAt(p + 2))) {
				for (int w = text.indexOf("wrote:", p + 4); w >= 0; w = text.indexOf("wrote:", w + 1)) {
					if (w + 6 == text.length() || text.charAt(w + 6) == '\n') {
						return text.substring(p, w + 6);
					}
				}
				return null;
			}
		}
		return null;
	}

	/**
	 * Outlook and Windows Live headers, "From: ... Subject: ..." over several lines: what
	 * the original finds with {@code ^(From:\s.+?Subject:.+?)$} (multi-line, dot-all), in
	 * linear time (the expression reads to the end from every "From:" line without a
	 * subject below).
	 * @param text the body, {@code \n} line breaks
	 * @return the header block, or null
	 */
	static @Nullable String windowsLiveHeader(String text) {
		for (int p = text.indexOf("From:"); p >= 0; p = text.indexOf("From:", p + 1)) {
			if ((p == 0 || text.charAt(p - 1) == '\n') && p + 5 < text.length() && isRegexSpace(text.charAt(p + 5))) {
				int subject = text.indexOf("Subject:", p + 7);
				if (subject < 0 || subject + 9 > text.length()) {
					return null;
				}
				int end = text.indexOf('\n', subject + 9);
				return text.substring(p, (end >= 0) ? end : text.length());
			}
		}
		return null;
	}

	/** {@code \s} of a regular expression without Unicode classes. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/**
	 * A parsed email: its fragments, top to bottom.
	 *
	 * @param fragments the fragments
	 */
	public record Email(List<Fragment> fragments) {

		public Email {
			fragments = List.copyOf(fragments);
		}

		/**
		 * The text of the fragments that are not hidden, joined with line breaks,
		 * trailing white space removed.
		 * @return the visible text
		 */
		public String visibleText() {
			StringBuilder visible = new StringBuilder();
			boolean first = true;
			for (Fragment fragment : this.fragments) {
				if (!fragment.hidden()) {
					if (!first) {
						visible.append('\n');
					}
					visible.append(fragment.content());
					first = false;
				}
			}
			return stripTrailing(visible.toString());
		}

	}

	/**
	 * A group of lines that share their kind.
	 *
	 * @param content the text, lines joined with {@code \n}
	 * @param quoted lines starting with {@code >} (and the header above them)
	 * @param signature a signature block
	 * @param hidden not part of the visible reply
	 */
	public record Fragment(String content, boolean quoted, boolean signature, boolean hidden) {

		@Override
		public String toString() {
			return this.content;
		}

	}

	/** The bottom-up scan, over reversed lines. */
	private static final class Scanner {

		private final List<Fragment> fragments = new ArrayList<>();

		private boolean foundVisible;

		private List<String> lines;

		private boolean quoted;

		private boolean signature;

		Email scan(String reversed) {
			int start = 0;
			int newline;
			while ((newline = reversed.indexOf('\n', start)) >= 0) {
				scanLine(reversed.substring(start, newline));
				start = newline + 1;
			}
			if (start < reversed.length()) {
				scanLine(reversed.substring(start));
			}
			finishFragment();
			Collections.reverse(this.fragments);
			return new Email(this.fragments);
		}

		private void scanLine(String raw) {
			String line = SIGNATURE.matcher(raw).find() ? raw : stripLeading(raw);
			boolean isQuoted = line.endsWith(">");
			if (this.lines != null && line.isEmpty()
					&& SIGNATURE.matcher(this.lines.get(this.lines.size() - 1)).find()) {
				this.signature = true;
				finishFragment();
			}
			if (this.lines != null
					&& (this.quoted == isQuoted || this.quoted && (isQuoteHeader(line) || line.isEmpty()))) {
				this.lines.add(line);
			}
			else {
				finishFragment();
				this.lines = new ArrayList<>();
				this.lines.add(line);
				this.quoted = isQuoted;
				this.signature = false;
			}
		}

		private static boolean isQuoteHeader(String line) {
			return ON_WROTE.matcher(line).find() || HEADER_LINE.matcher(line).find();
		}

		private void finishFragment() {
			if (this.lines == null) {
				return;
			}
			String content = new StringBuilder(String.join("\n", this.lines)).reverse().toString();
			boolean hidden = false;
			if (!this.foundVisible) {
				if (this.quoted || this.signature || content.strip().isEmpty()) {
					hidden = true;
				}
				else {
					this.foundVisible = true;
				}
			}
			this.fragments.add(new Fragment(content, this.quoted, this.signature, hidden));
			this.lines = null;
		}

	}

	/** Ruby's {@code lstrip}: leading white space and NUL. */
	private static String stripLeading(String line) {
		int i = 0;
		while (i < line.length() && isRubySpace(line.charAt(i))) {
			i++;
		}
		return line.substring(i);
	}

	/** Ruby's {@code rstrip}. */
	private static String stripTrailing(String text) {
		int end = text.length();
		while (end > 0 && isRubySpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	private static boolean isRubySpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0;
	}

}
