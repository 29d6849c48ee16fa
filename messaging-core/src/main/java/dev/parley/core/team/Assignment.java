package dev.parley.core.team;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Who in the seller's team is to answer a thread: a member, or the seller account's
 * owner.
 *
 * @param thread the thread
 * @param member the member assigned, or null for the owner
 * @param since when it was assigned to them
 */
public record Assignment(ThreadId thread, @Nullable MemberId member, Instant since) {

	public Assignment {
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(since, "since");
	}

	public boolean isOwner() {
		return this.member == null;
	}

}
