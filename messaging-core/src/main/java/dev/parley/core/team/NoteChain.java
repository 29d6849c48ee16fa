package dev.parley.core.team;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of a thread's internal notes: {@code hash_n = SHA-256(hash_{n-1} ‖
 * canonical(note_n))}, {@code hash_0} 32 zero bytes. The canonical form is the thread,
 * sequence number, seller, member (0 for the owner), time in microseconds and the UTF-8
 * text with its length, so no two notes share a form.
 */
public final class NoteChain {

	/** The link before the first note. */
	public static final byte[] GENESIS = new byte[32];

	private NoteChain() {
	}

	/**
	 * The link of a note.
	 * @param previous the previous note's link (or {@link #GENESIS})
	 * @param thread the thread
	 * @param seq the note's sequence number
	 * @param seller the seller
	 * @param member the member, or null for the owner
	 * @param text the text
	 * @param createdAt the time, truncated to microseconds by the caller
	 * @return the link
	 */
	public static byte[] link(byte[] previous, ThreadId thread, int seq, AccountId seller, @Nullable MemberId member,
			String text, Instant createdAt) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		ByteBuffer canonical = ByteBuffer.allocate(8 + 4 + 8 + 8 + 8 + 4 + body.length);
		canonical.putLong(thread.value())
			.putInt(seq)
			.putLong(seller.value())
			.putLong((member != null) ? member.value() : 0)
			.putLong(createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1_000)
			.putInt(body.length)
			.put(body);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous);
			digest.update(canonical.array());
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
