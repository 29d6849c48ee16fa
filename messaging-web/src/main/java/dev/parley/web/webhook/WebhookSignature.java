package dev.parley.web.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code webhook-signature} is a space-separated list of
 * {@code v1,<base64 of HMAC-SHA256(key, id + "." + timestamp + "." + body)>}, where the
 * key is the base64-decoded part of the secret after {@code whsec_}; {@code timestamp} is
 * the {@code webhook-timestamp} header (Unix seconds). During a secret rotation both the
 * new and the old secret sign.
 */
public final class WebhookSignature {

	public static final String PREFIX = "whsec_";

	private static final SecureRandom random = new SecureRandom();

	private WebhookSignature() {
	}

	/**
	 * A new secret: {@code whsec_} and 32 random bytes in base64.
	 * @return the secret
	 */
	public static String newSecret() {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The {@code webhook-signature} header value.
	 * @param secrets the secrets, newest first
	 * @param id the webhook id
	 * @param timestamp Unix seconds
	 * @param body the exact body bytes as UTF-8 text
	 * @return the header value
	 */
	public static String header(List<String> secrets, String id, long timestamp, String body) {
		return secrets.stream()
			.map((secret) -> "v1," + sign(secret, id, timestamp, body))
			.collect(Collectors.joining(" "));
	}

	/**
	 * Verifies a delivery as a receiver would.
	 * @param secret the receiver's secret
	 * @param id the {@code webhook-id} header
	 * @param timestamp the {@code webhook-timestamp} header
	 * @param body the body
	 * @param header the {@code webhook-signature} header
	 * @return whether one of the signatures matches
	 */
	public static boolean verify(String secret, String id, long timestamp, String body, String header) {
		byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		for (String signature : header.split(" ")) {
			if (signature.startsWith("v1,")
					&& MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	static String sign(String secret, String id, long timestamp, String body) {
		if (!secret.startsWith(PREFIX)) {
			throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
			byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
