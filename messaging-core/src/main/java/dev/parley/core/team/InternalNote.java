package dev.parley.core.team;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * A note the seller's team keeps on a thread: seen by the team and admins, never by the
 * buyer, never emailed. Immutable once written.
 *
 * @param id the note's id
 * @param thread the thread
 * @param seq its place in the thread's chain of notes (from 1)
 * @param seller the seller account
 * @param member the member who wrote it, or null for the owner
 * @param text the plain text
 * @param createdAt when it was written
 * @param hash its link in the notes' hash chain
 */
public record InternalNote(long id, ThreadId thread, int seq, AccountId seller, @Nullable MemberId member, String text,
		Instant createdAt, byte[] hash) {

	/** Longest note, in characters. */
	public static final int MAX_LENGTH = 10_000;

	public InternalNote {
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(createdAt, "createdAt");
		hash = hash.clone();
	}

	@Override
	public byte[] hash() {
		return this.hash.clone();
	}

}
