package dev.parley.core.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Whether the marketplace's MTA authenticated an inbound email's sender, read from the
 * {@code Authentication-Results} header (RFC 8601) that the MTA (Postfix with rspamd or
 * OpenDMARC) adds under its own {@code authserv-id}. Only the topmost header with the
 * trusted id counts: the MTA adds its header on top and removes any that arrive with its
 * id, so a lower one may be the sender's forgery.
 * <p>
 * The sender is authenticated when that header says {@code dmarc=pass} for the
 * {@code From} domain, or {@code spf=pass} or {@code dkim=pass} for a domain aligned with
 * it (relaxed alignment, approximated: the same domain, or one a subdomain of the other).
 * A refusal may be answered with a bounce only when the envelope sender is itself vouched
 * for ({@code spf=pass} for its address or domain, or {@code dkim=pass} for its domain):
 * anything else could be a forged address, and a bounce would be backscatter to an
 * innocent third party.
 */
public final class SenderAuthentication {

	private SenderAuthentication() {
	}

	/**
	 * Judges an email.
	 * @param headers the {@code Authentication-Results} headers, topmost first
	 * @param trustedAuthservId the MTA's authserv-id
	 * @param from the {@code From} address, or null
	 * @param envelopeSender the SMTP reverse path
	 * @return the verdict
	 */
	public static Verdict check(List<String> headers, String trustedAuthservId, @Nullable String from,
			String envelopeSender) {
		Results results = null;
		for (String header : headers) {
			Results parsed = Results.parse(header);
			if (parsed != null && parsed.authservId().equalsIgnoreCase(trustedAuthservId.strip())) {
				results = parsed;
				break;
			}
		}
		if (results == null) {
			return new Verdict(false, false, "no Authentication-Results from " + trustedAuthservId);
		}
		String envelopeDomain = domain(envelopeSender);
		boolean bounceSafe = results.passes("spf", "smtp.mailfrom", envelopeDomain, true)
				|| results.passes("dkim", "header.d", envelopeDomain, false);
		String fromDomain = domain(from);
		if (fromDomain.isEmpty()) {
			return new Verdict(false, bounceSafe, "no From address");
		}
		boolean authenticated = results.passes("dmarc", "header.from", fromDomain, false)
				|| results.passes("spf", "smtp.mailfrom", fromDomain, false)
				|| results.passes("dkim", "header.d", fromDomain, false)
				|| results.passes("dkim", "header.i", fromDomain, false);
		return new Verdict(authenticated, bounceSafe, authenticated ? "authenticated" : results.summary());
	}

	static String domain(@Nullable String address) {
		if (address == null) {
			return "";
		}
		String stripped = address.strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
		int at = stripped.lastIndexOf('@');
		return (at >= 0) ? stripped.substring(at + 1) : stripped;
	}

	/** Relaxed alignment, approximated: equal, or one a subdomain of the other. */
	static boolean aligned(String a, String b) {
		return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a));
	}

	/**
	 * What the MTA decided.
	 *
	 * @param authenticated the sender's {@code From} domain is authenticated
	 * @param bounceSafe the envelope sender is, so a bounce reaches who sent it
	 * @param detail what the header said, for the log
	 */
	public record Verdict(boolean authenticated, boolean bounceSafe, String detail) {

		/** The verdict when checking is off (development): all trusted. */
		public static Verdict unchecked() {
			return new Verdict(true, true, "not checked");
		}

	}

	/** One header: its authserv-id and its results, method by method. */
	record Results(String authservId, List<Result> results) {

		static @Nullable Results parse(String header) {
			String text = withoutComments(header).replaceAll("\\s+", " ").strip();
			String[] parts = text.split(";");
			String id = parts[0].strip().split(" ")[0];
			if (id.isEmpty()) {
				return null;
			}
			List<Result> results = new ArrayList<>();
			for (int i = 1; i < parts.length; i++) {
				String[] tokens = parts[i].strip().split(" ");
				int equals = tokens[0].indexOf('=');
				if (equals <= 0) {
					continue;
				}
				Map<String, String> properties = new LinkedHashMap<>();
				for (int t = 1; t < tokens.length; t++) {
					int eq = tokens[t].indexOf('=');
					if (eq > 0) {
						properties.put(tokens[t].substring(0, eq).toLowerCase(Locale.ROOT),
								tokens[t].substring(eq + 1).replace("\"", ""));
					}
				}
				results.add(new Result(tokens[0].substring(0, equals).toLowerCase(Locale.ROOT),
						tokens[0].substring(equals + 1).toLowerCase(Locale.ROOT), properties));
			}
			return new Results(id, results);
		}

		/**
		 * Whether a method passed for a domain, named by the property (or, for an exact
		 * address match, the whole address when {@code exact}).
		 */
		boolean passes(String method, String property, String domain, boolean exactDomain) {
			for (Result result : this.results) {
				if (result.method().equals(method) && result.result().equals("pass")) {
					String value = result.properties().get(property);
					String valueDomain = domain(value);
					if (exactDomain ? valueDomain.equals(domain) && !domain.isEmpty() : aligned(valueDomain, domain)) {
						return true;
					}
				}
			}
			return false;
		}

		String summary() {
			StringBuilder text = new StringBuilder(this.authservId);
			for (Result result : this.results) {
				text.append("; ").append(result.method()).append('=').append(result.result());
			}
			return text.toString();
		}

		private static String withoutComments(String header) {
			StringBuilder text = new StringBuilder();
			int depth = 0;
			for (char c : header.toCharArray()) {
				if (c == '(') {
					depth++;
				}
				else if (c == ')' && depth > 0) {
					depth--;
				}
				else if (depth == 0) {
					text.append(c);
				}
			}
			return text.toString();
		}

	}

	record Result(String method, String result, Map<String, String> properties) {
	}

}
