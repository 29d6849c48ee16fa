package dev.parley.web.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhook receivers off the deployment's own networks (SSRF): a receiver's host
 * must resolve only to public addresses, unless the deployment allows private ones.
 * Checked when an endpoint is saved and again before every attempt (DNS may change);
 * redirects are never followed.
 */
final class ReceiverGuard {

	private final boolean allowPrivate;

	private final boolean allowHttp;

	ReceiverGuard(boolean allowPrivate, boolean allowHttp) {
		this.allowPrivate = allowPrivate;
		this.allowHttp = allowHttp;
	}

	/**
	 * Why a receiver URL is refused.
	 * @param url the URL
	 * @return a refusal code ({@code WEBHOOK_URL_INVALID}, {@code WEBHOOK_URL_INSECURE},
	 * {@code WEBHOOK_URL_UNRESOLVABLE}, {@code WEBHOOK_URL_PRIVATE}), or empty when
	 * allowed
	 */
	Optional<String> refusal(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null
				|| !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of("WEBHOOK_URL_INVALID");
		}
		if (scheme.equals("http") && !this.allowHttp) {
			return Optional.of("WEBHOOK_URL_INSECURE");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("WEBHOOK_URL_UNRESOLVABLE");
		}
		if (!this.allowPrivate) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					return Optional.of("WEBHOOK_URL_PRIVATE");
				}
			}
		}
		return Optional.empty();
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 100.64/10 carrier-grade NAT, 0/8, 192.0.0/24, 198.18/15 benchmarking, 240/4
			// reserved
			return first == 0 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					|| (first == 198 && (second & 0xfe) == 18) || first >= 240;
		}
		// fc00::/7 unique local; IPv4-mapped addresses are resolved to Inet4Address by
		// Java
		return (bytes[0] & 0xfe) == 0xfc;
	}

}
