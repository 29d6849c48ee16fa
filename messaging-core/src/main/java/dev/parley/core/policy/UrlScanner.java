package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds URLs and bare domains in a normalized text: {@code scheme://…} (including
 * defanged {@code hxxp://}), {@code www.…}, {@code name.tld} for the configured top-level
 * domains, and obfuscated {@code name dot com}, {@code name[.]com}, {@code name(dot)com}.
 * It starts only at {@code ://}, {@code www.} and top-level-domain words, so its cost is
 * proportional to those.
 */
final class UrlScanner {

	private final Pattern obfuscated;

	private final Domains allowed;

	private final Set<String> topLevelDomains;

	private final WordTable<Boolean> topLevelDomainTable;

	/** The spelled-out dots of every lexicon ("dot", "punto", "punkt", "point"). */
	private final List<String> dotWords;

	/** Everyday words that are also top-level domains ("de", "es", "me"). */
	private final Set<String> commonWords;

	UrlScanner(Domains allowed, List<String> topLevelDomains, PolicySettings.Words words) {
		this.allowed = allowed;
		this.topLevelDomains = topLevelDomains.stream()
			.map((tld) -> tld.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.topLevelDomainTable = WordTable.of(this.topLevelDomains);
		List<String> dots = new java.util.ArrayList<>();
		for (String word : words.all(Lexicon.Section.DOT_WORDS)) {
			String normalized = NormalizedText.of(word.trim()).value();
			if (!normalized.isEmpty() && !normalized.equals(".") && normalized.charAt(0) < 0x2e80) {
				dots.add(normalized);
			}
		}
		if (dots.isEmpty()) {
			dots.add("dot");
		}
		this.dotWords = List.copyOf(dots);
		this.commonWords = words.all(Lexicon.Section.COMMON_WORDS)
			.stream()
			.map((word) -> NormalizedText.of(word.trim()).value())
			.collect(Collectors.toUnmodifiableSet());
		String spelled = String.join("|", dots.stream().map(Pattern::quote).toList());
		this.obfuscated = Pattern.compile("([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)" + "(?:\\s*(?:\\[\\s*(?:\\.|" + spelled
				+ ")\\s*\\]|\\(\\s*(?:\\.|" + spelled + ")\\s*\\)|\\{\\s*(?:\\.|" + spelled + ")\\s*\\})\\s*|\\s+(?:"
				+ spelled + ")\\s+)$");
	}

	/** Whether a spelled-out dot and a space end right before {@code position}. */
	private boolean spokenDotBefore(String value, int position) {
		for (String word : this.dotWords) {
			int from = position - word.length() - 1;
			if (from >= 1 && value.charAt(position - 1) == ' ' && value.startsWith(word, from)
					&& value.charAt(from - 1) == ' ') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every URL and domain in a text.
	 * @param text the normalized text
	 * @param emails address spans (normalized positions): domains inside them are not
	 * URLs
	 * @return the hits, by start
	 */
	List<Hit> find(NormalizedText text, List<Span> emails) {
		String value = text.value();
		List<Hit> hits = new ArrayList<>(2);
		int scheme = value.indexOf("://");
		while (scheme >= 0) {
			schemeUrl(text, scheme, hits);
			scheme = value.indexOf("://", scheme + 3);
		}
		int www = value.indexOf("www.");
		while (www >= 0) {
			if ((www == 0 || !isHostChar(value.charAt(www - 1))) && !covered(www, hits, emails)) {
				int end = hostEnd(value, www);
				String host = value.substring(www, end);
				if (host.indexOf('.', 4) > 0) {
					end = pathEnd(value, end);
					hits.add(hit(text, www, end, "", host));
				}
			}
			www = value.indexOf("www.", www + 4);
		}
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			if (end - start < 2 || end - start > 10
					|| (end < value.length() && (value.charAt(end) == '-' || value.charAt(end) == '@'))) {
				continue;
			}
			boolean dotBefore = start >= 2 && value.charAt(start - 1) == '.' && isLabelChar(value.charAt(start - 2));
			if ((!dotBefore && start < 3) || this.topLevelDomainTable.get(text, token) == null) {
				continue;
			}
			boolean obfuscatedBefore = !dotBefore
					&& ("])}".indexOf(value.charAt(start - 1)) >= 0 || spokenDotBefore(value, start));
			if (dotBefore || obfuscatedBefore) {
				if (dotBefore) {
					bareDomain(text, start, end, hits, emails);
				}
				else {
					obfuscatedDomain(text, start, end, hits, emails);
				}
			}
		}
		hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return hits;
	}

	private void schemeUrl(NormalizedText text, int colon, List<Hit> hits) {
		String value = text.value();
		int start = colon;
		while (start > 0 && isSchemeChar(value.charAt(start - 1))) {
			start--;
		}
		while (start < colon && !Character.isLetter(value.charAt(start))) {
			start++;
		}
		if (start == colon) {
			return;
		}
		String scheme = value.substring(start, colon);
		if (scheme.endsWith("https")) {
			start = colon - 5;
			scheme = "https";
		}
		else if (scheme.endsWith("http")) {
			start = colon - 4;
			scheme = "http";
		}
		int hostStart = colon + 3;
		int end = pathEnd(value, hostStart);
		if (end == hostStart) {
			return;
		}
		String authority = value.substring(hostStart, hostEnd(value, hostStart, end));
		int at = authority.lastIndexOf('@');
		String host = Urls.host(authority.substring(at + 1));
		Hit hit = hit(text, start, end, scheme, host);
		hits.add((at >= 0 && hit.allowed()) ? new Hit(start, end, scheme, host, false) : hit);
	}

	private void bareDomain(NormalizedText text, int tldStart, int tldEnd, List<Hit> hits, List<Span> emails) {
		String value = text.value();
		int start = tldStart - 1;
		while (start > 0 && isHostChar(value.charAt(start - 1))) {
			start--;
		}
		while (start < tldStart && !isLabelChar(value.charAt(start))) {
			start++;
		}
		if (start >= tldStart - 1 || covered(start, hits, emails) || covered(tldStart, hits, emails)) {
			return;
		}
		if (start > 0 && "@/:\\".indexOf(value.charAt(start - 1)) >= 0) {
			return;
		}
		// "in the box.It was…" is a missing space, not a domain: domains are written in
		// one case
		String source = text.source();
		int tldSource = text.sourceStart(tldStart);
		int beforeDot = text.sourceStart(tldStart - 2);
		if (Character.isUpperCase(source.charAt(tldSource)) && Character.isLowerCase(source.charAt(beforeDot))) {
			return;
		}
		String host = value.substring(start, tldEnd);
		if (host.chars().allMatch((c) -> c == '.' || Character.isDigit(c))) {
			return;
		}
		int end = pathEnd(value, tldEnd);
		hits.add(hit(text, start, end, "", host));
	}

	private void obfuscatedDomain(NormalizedText text, int tldStart, int tldEnd, List<Hit> hits, List<Span> emails) {
		String value = text.value();
		char before = value.charAt(tldStart - 1);
		if (!(before == ']' || before == ')' || before == '}' || before == ' ')) {
			return;
		}
		if (before == ' ' && !spokenDotBefore(value, tldStart)) {
			return;
		}
		Matcher matcher = this.obfuscated.matcher(value);
		matcher.region(Math.max(0, tldStart - 80), tldStart);
		if (!matcher.find() || covered(matcher.start(), hits, emails)) {
			return;
		}
		if (before == ' ' && (this.commonWords.contains(matcher.group(1))
				|| (this.commonWords.contains(value.substring(tldStart, tldEnd)) && tldEnd + 1 < value.length()
						&& value.charAt(tldEnd) == ' ' && Character.isLetter(value.charAt(tldEnd + 1))))) {
			// "el punto de recogida", "un point de vente": a sentence, not a domain
			return;
		}
		String host = matcher.group(1) + "." + value.substring(tldStart, tldEnd);
		hits.add(hit(text, matcher.start(), tldEnd, "", host));
	}

	private Hit hit(NormalizedText text, int start, int end, String scheme, @Nullable String host) {
		boolean allowed = host != null && this.allowed.allows(host) && isAscii(text, start, end);
		return new Hit(start, end, scheme, host, allowed);
	}

	/**
	 * Whether the sender wrote a URL in plain ASCII: {@code ups.cоm} with a Cyrillic
	 * {@code о} reads as {@code ups.com} after folding but goes elsewhere.
	 */
	private static boolean isAscii(NormalizedText text, int start, int end) {
		int from = text.sourceStart(start);
		int to = text.sourceEnd(end);
		for (int i = from; i < to; i++) {
			if (text.source().charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean covered(int position, List<Hit> hits, List<Span> emails) {
		for (Hit hit : hits) {
			if (position >= hit.start() && position < hit.end()) {
				return true;
			}
		}
		for (Span email : emails) {
			if (email.contains(position)) {
				return true;
			}
		}
		return false;
	}

	private static int hostEnd(String value, int from) {
		int end = from;
		while (end < value.length() && isHostChar(value.charAt(end))) {
			end++;
		}
		while (end > from && (value.charAt(end - 1) == '.' || value.charAt(end - 1) == '-')) {
			end--;
		}
		return end;
	}

	private static int hostEnd(String value, int from, int limit) {
		int end = from;
		while (end < limit && "/?#\\".indexOf(value.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

	/**
	 * Where a URL that continues at {@code from} ends: white space, quotes, angle
	 * brackets.
	 */
	private static int pathEnd(String value, int from) {
		int end = from;
		while (end < value.length()) {
			char c = value.charAt(end);
			if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '|') {
				break;
			}
			end++;
		}
		while (end > from && ".,;:!?)]}".indexOf(value.charAt(end - 1)) >= 0) {
			end--;
		}
		return end;
	}

	private static boolean isSchemeChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
	}

	private static boolean isLabelChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private static boolean isHostChar(char c) {
		return isLabelChar(c) || c == '.' || c == '-';
	}

	/**
	 * A URL or domain found.
	 *
	 * @param start start in the normalized text
	 * @param end end in the normalized text
	 * @param scheme its scheme, empty for bare domains
	 * @param host its host, or null when it has none a browser would use
	 * @param allowed whether the host is on the allow-list (and no user info hides the
	 * real host)
	 */
	record Hit(int start, int end, String scheme, @Nullable String host, boolean allowed) {

	}

}
