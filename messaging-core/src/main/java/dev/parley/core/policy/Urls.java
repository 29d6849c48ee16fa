package dev.parley.core.policy;

import java.net.IDN;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * URL handling as a browser does it, for the link rules: control characters and white
 * space are ignored, backslashes are slashes, the host follows any user info.
 */
final class Urls {

	private Urls() {
	}

	/**
	 * Removes what browsers ignore in a URL (ASCII white space and control characters
	 * anywhere) so that {@code java&#9;script:} is seen as {@code javascript:}.
	 * @param url the attribute value
	 * @return the URL as a browser reads it
	 */
	static String clean(String url) {
		StringBuilder cleaned = null;
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			boolean drop = c <= 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x200f) || c == 0xfeff;
			if (drop && cleaned == null) {
				cleaned = new StringBuilder(url.length()).append(url, 0, i);
			}
			else if (!drop && cleaned != null) {
				cleaned.append(c);
			}
		}
		return (cleaned != null) ? cleaned.toString() : url;
	}

	/**
	 * Parses a cleaned URL.
	 * @param url the URL
	 * @return its scheme (lower case, empty for relative URLs; "https" for
	 * scheme-relative ones) and host
	 */
	static Parsed parse(String url) {
		String unified = url.replace('\\', '/');
		String scheme = "";
		int colon = unified.indexOf(':');
		if (colon > 0 && isScheme(unified, colon)) {
			scheme = unified.substring(0, colon).toLowerCase(Locale.ROOT);
		}
		String rest = scheme.isEmpty() ? unified : unified.substring(colon + 1);
		if (scheme.isEmpty() && rest.startsWith("//")) {
			scheme = "https";
		}
		if (!rest.startsWith("//") && !(scheme.equals("http") || scheme.equals("https"))) {
			return new Parsed(scheme, null, false, url);
		}
		int from = 0;
		while (from < rest.length() && rest.charAt(from) == '/') {
			from++;
		}
		int to = from;
		while (to < rest.length() && "/?#".indexOf(rest.charAt(to)) < 0) {
			to++;
		}
		String authority = rest.substring(from, to);
		int at = authority.lastIndexOf('@');
		boolean userInfo = at >= 0;
		String hostPort = authority.substring(at + 1);
		String host = host(hostPort);
		String normalized = scheme + "://" + authority + rest.substring(to);
		return new Parsed(scheme, host, userInfo, normalized);
	}

	private static boolean isScheme(String url, int colon) {
		if (!Character.isLetter(url.charAt(0))) {
			return false;
		}
		for (int i = 1; i < colon; i++) {
			char c = url.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The host of a {@code host:port}, in lower-case ASCII (IDN converted), without a
	 * trailing dot; null when it is not a host name a browser would accept as is.
	 */
	static @Nullable String host(String hostPort) {
		String host = hostPort;
		if (host.startsWith("[")) {
			return host.toLowerCase(Locale.ROOT);
		}
		int colon = host.indexOf(':');
		if (colon >= 0) {
			host = host.substring(0, colon);
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.isEmpty() || host.indexOf('%') >= 0) {
			return null;
		}
		try {
			return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A parsed URL.
	 *
	 * @param scheme lower case, empty for relative
	 * @param host the host for http(s) URLs, else null
	 * @param hasUserInfo whether the URL names a user before the host
	 * @param normalized the URL with an explicit scheme and slashes
	 */
	record Parsed(String scheme, @Nullable String host, boolean hasUserInfo, String normalized) {

	}

}
