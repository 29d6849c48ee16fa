package dev.parley.core.team;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the internal notes of threads, append-only, each thread's notes in a hash chain
 * of their own.
 */
public interface InternalNotes {

	/**
	 * Appends a note to a thread whose row the caller has locked.
	 * @param thread the thread
	 * @param seller the thread's seller
	 * @param member the writing member, or null for the owner
	 * @param text the note's text
	 * @param at when
	 * @return the stored note
	 */
	InternalNote append(ThreadId thread, AccountId seller, @Nullable MemberId member, String text, Instant at);

	List<InternalNote> list(ThreadId thread);

	/**
	 * Recomputes the thread's notes' chain.
	 * @param thread the thread
	 * @return the sequence number of the first note whose stored hash differs, if any
	 */
	OptionalInt firstBrokenLink(ThreadId thread);

}
