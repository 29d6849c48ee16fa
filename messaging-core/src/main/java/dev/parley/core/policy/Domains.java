package dev.parley.core.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An allow-list of domains: a host is allowed when it is one of them or a subdomain of
 * one ({@code www.ups.com}, not {@code ups.com.example} nor {@code evilups.com}).
 */
final class Domains {

	private final Set<String> domains;

	Domains(List<String> domains) {
		this.domains = domains.stream()
			.map((domain) -> domain.trim().toLowerCase(Locale.ROOT))
			.map((domain) -> domain.startsWith(".") ? domain.substring(1) : domain)
			.filter((domain) -> !domain.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	boolean allows(String host) {
		String candidate = host.toLowerCase(Locale.ROOT);
		while (true) {
			if (this.domains.contains(candidate)) {
				return true;
			}
			int dot = candidate.indexOf('.');
			if (dot < 0) {
				return false;
			}
			candidate = candidate.substring(dot + 1);
		}
	}

}
