package dev.parley.persistence.inbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxSort;

/**
 * The position after the last row of an inbox page, handed out as an opaque string: the
 * filter and viewer it belongs to, the page's snapshot mark, the last row's sort key and
 * thread id, and an HMAC-SHA256 (installation secret) so that a garbled or forged cursor
 * is refused rather than used.
 *
 * @param filter the filter of the paging
 * @param sort the order of the paging (a cursor of one order means nothing in another)
 * @param viewer the viewer (for admins their own id)
 * @param snapshot the viewer's newest activity when the first page was read, in
 * microseconds since the epoch: rows that changed after it are placed where they were
 * then
 * @param key the last row's sort key, in microseconds since the epoch
 * @param thread the last row's thread id
 * @param assignment the assignment filter's {@code InboxAssignment.code()} (0: none) and
 * the viewing member (a member's "Mine" is not another member's)
 * @param member the viewing member's id, 0 for none
 */
record InboxCursor(InboxFilter filter, InboxSort sort, long viewer, long snapshot, long key, long thread,
		int assignment, long member) {

	private static final byte VERSION = 3;

	private static final int PAYLOAD = 1 + 1 + 1 + 8 + 8 + 8 + 8 + 1 + 8;

	private static final int MAC = 16;

	String encode(byte[] secret) {
		ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD + MAC);
		buffer.put(VERSION)
			.put((byte) this.filter.ordinal())
			.put((byte) this.sort.ordinal())
			.putLong(this.viewer)
			.putLong(this.snapshot)
			.putLong(this.key)
			.putLong(this.thread)
			.put((byte) this.assignment)
			.putLong(this.member);
		buffer.put(mac(secret, Arrays.copyOf(buffer.array(), PAYLOAD)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
	}

	/**
	 * Reads a cursor handed out for this filter and viewer.
	 * @param cursor the string
	 * @param secret the installation secret
	 * @param filter the filter of the request
	 * @param sort the order of the request
	 * @param viewer the viewer of the request
	 * @param assignment the request's assignment filter code (0: none)
	 * @param member the request's viewing member (0: none)
	 * @return the position
	 * @throws IllegalArgumentException when the cursor is garbled, forged, or belongs to
	 * another filter, order, assignment filter or viewer
	 */
	static InboxCursor decode(String cursor, byte[] secret, InboxFilter filter, InboxSort sort, long viewer,
			int assignment, long member) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not an inbox cursor", ex);
		}
		if (bytes.length != PAYLOAD + MAC || bytes[0] != VERSION) {
			throw new IllegalArgumentException("not an inbox cursor");
		}
		byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
		if (!MessageDigest.isEqual(mac(secret, payload), Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + MAC))) {
			throw new IllegalArgumentException("not an inbox cursor of this installation");
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD - 1);
		int ordinal = buffer.get();
		int sortOrdinal = buffer.get();
		if (ordinal < 0 || ordinal >= InboxFilter.values().length || sortOrdinal < 0
				|| sortOrdinal >= InboxSort.values().length) {
			throw new IllegalArgumentException("not an inbox cursor");
		}
		InboxCursor decoded = new InboxCursor(InboxFilter.values()[ordinal], InboxSort.values()[sortOrdinal],
				buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.get(), buffer.getLong());
		if (decoded.filter != filter || decoded.sort != sort || decoded.viewer != viewer
				|| decoded.assignment != assignment || decoded.member != member) {
			throw new IllegalArgumentException("the cursor belongs to another inbox or filter");
		}
		return decoded;
	}

	private static byte[] mac(byte[] secret, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(payload), MAC);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java platform", ex);
		}
	}

}
