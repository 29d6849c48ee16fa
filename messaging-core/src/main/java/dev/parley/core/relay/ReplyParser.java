package dev.parley.core.relay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** A reply header that a client broke over several lines ("On ...\n... wrote:"). */
	private static final Pattern MULTI_LINE_HEADER = Pattern.compile("^(?!On.*On\\s.+?wrote:)(On\\s(.+?)wrote:)$",
			FLAGS | Pattern.MULTILINE | Pattern.DOTALL);

	/** Outlook and Windows Live headers: "From: ... Subject: ...", over several lines. */
	private static final Pattern WINDOWS_LIVE_HEADER = Pattern.compile("^(From:\\s.+?Subject:.+?)$",
			FLAGS | Pattern.MULTILINE | Pattern.DOTALL);

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
	 * removed.
	 * @param body a plain-text email body
	 * @return what the author wrote
	 */
	public static String parseReply(String body) {
		return read(body).visibleText();
	}

	/**
	 * Splits a body into fragments.
	 * @param body a plain-text email body
	 * @return the parsed email
	 */
	public static Email read(String body) {
		String text = body.replace("\r\n", "\n");
		Matcher header = MULTI_LINE_HEADER.matcher(text);
		if (header.find()) {
			String found = header.group(1);
			text = text.replace(found, found.replace("\n", " "));
		}
		Matcher windowsLive = WINDOWS_LIVE_HEADER.matcher(text);
		if (windowsLive.find()) {
			String found = windowsLive.group(1);
			text = text.replace(found, found.replace("\n", " "));
		}
		text = UNDERSCORES.matcher(text).replaceAll("$1\n");
		return new Scanner().scan(new StringBuilder(text).reverse().toString());
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
