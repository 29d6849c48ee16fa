package dev.parley.core.relay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.parley.core.account.Language;

/**
 * The words mail clients use, in each language, to mark quoted history and signatures in
 * a reply: the "On … wrote:" line, the separators of Outlook and forwarded emails, the
 * labels of Outlook's {@code From/Sent/To/Subject} block, and mobile signatures ("Sent
 * from my iPhone"). Language is data: each language is one file,
 * {@code reply-lexicon_<code>.txt} next to this class, for every {@link Language} that
 * has one; a deployment adds a language by adding a file.
 */
final class ReplyLexicon {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** The lexicon of every language that has a file, merged. */
	static final ReplyLexicon ALL = load();

	private final Pattern quoteHeader;

	private final Pattern separator;

	private final Pattern fieldFrom;

	private final Pattern otherField;

	private final Pattern mobileSignature;

	private final Pattern blockOnOneLine;

	private ReplyLexicon(Map<String, List<String>> entries) {
		this.quoteHeader = wholeLine(entries.get("quote-header"));
		this.separator = wholeLine(entries.get("separator"));
		this.fieldFrom = field(entries.get("field-from"));
		List<String> others = new ArrayList<>();
		for (String key : List.of("field-sent", "field-to", "field-subject")) {
			others.addAll(entries.getOrDefault(key, List.of()));
		}
		this.otherField = field(others);
		this.mobileSignature = wholeLine(entries.get("mobile-signature"));
		this.blockOnOneLine = Pattern.compile("(?:" + String.join("|", entries.get("field-from")) + ")\\s?:.*?\\s(?:"
				+ String.join("|", entries.get("field-sent")) + ")\\s?:.*?\\s(?:"
				+ String.join("|", entries.get("field-subject")) + ")\\s?:", FLAGS);
	}

	/** "On … wrote:" and its translations, a whole line. */
	boolean isQuoteHeader(String line) {
		return this.quoteHeader.matcher(line).matches();
	}

	/** "-----Original Message-----", "Begin forwarded message:" and translations. */
	boolean isSeparator(String line) {
		return this.separator.matcher(line).matches();
	}

	/** "From: …" and translations ("Von:", "De :"), as Outlook writes them. */
	boolean isFromField(String line) {
		return this.fieldFrom.matcher(line).matches();
	}

	/** "Sent:", "To:", "Subject:" and translations, with or without a value. */
	boolean isOtherField(String line) {
		return this.otherField.matcher(line).matches();
	}

	/**
	 * Whether a text, its lines joined, starts as quoted history: with a separator, an
	 * "On … wrote:" line or Outlook's header block.
	 */
	boolean startsAsHistory(String text) {
		return this.separator.matcher(text).lookingAt() || this.quoteHeader.matcher(text).lookingAt()
				|| this.blockOnOneLine.matcher(text).lookingAt();
	}

	/** "Sent from my iPhone", "Von meinem iPhone gesendet", "Get Outlook for iOS"… */
	boolean isMobileSignature(String line) {
		return this.mobileSignature.matcher(line).matches();
	}

	/**
	 * A line as the patterns see it: non-breaking spaces (French "a écrit :") as spaces,
	 * Outlook's plain-text bold ({@code *From:*}) without its stars, trimmed.
	 */
	static String normalized(String line) {
		return line.replace('\u00a0', ' ').replace('\u202f', ' ').replace("*", "").strip();
	}

	private static Pattern wholeLine(List<String> alternatives) {
		return Pattern.compile("(?:" + String.join(")|(?:", alternatives) + ")", FLAGS);
	}

	private static Pattern field(List<String> labels) {
		return Pattern.compile("(?:" + String.join("|", labels) + ")\\s?:(?:\\s.*)?", FLAGS);
	}

	private static ReplyLexicon load() {
		Map<String, List<String>> entries = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			try (InputStream input = ReplyLexicon.class
				.getResourceAsStream("reply-lexicon_" + language.code() + ".txt")) {
				if (input != null) {
					read(input, entries);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (String key : List.of("quote-header", "separator", "field-from", "field-sent", "field-subject",
				"mobile-signature")) {
			if (!entries.containsKey(key)) {
				throw new IllegalStateException("no reply lexicon defines " + key);
			}
		}
		return new ReplyLexicon(entries);
	}

	private static void read(InputStream input, Map<String, List<String>> entries) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf(" = ");
			if (equals < 0) {
				throw new IllegalStateException("not \"key = expression\": " + line);
			}
			entries.computeIfAbsent(line.substring(0, equals).strip(), (key) -> new ArrayList<>())
				.add(line.substring(equals + 3).strip());
		}
	}

}
