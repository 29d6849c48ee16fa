package dev.parley.core.team;

import java.time.Instant;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the current assignee of sellers' threads, its changes (thread events), and the
 * round-robin rotation.
 */
public interface Assignments {

	/** {@code reason} of an assignment made by a person. */
	String MANUAL = "MANUAL";

	/** {@code reason} of an assignment made by the rotation. */
	String ROUND_ROBIN = "ROUND_ROBIN";

	/**
	 * A thread's current assignment.
	 * @param thread the thread
	 * @return the assignment, or empty when nobody is assigned
	 */
	Optional<Assignment> current(ThreadId thread);

	/**
	 * Changes a thread's assignment: appends the event and updates the seller's inbox
	 * row. The caller holds the thread's lock.
	 * @param thread the thread (of this seller)
	 * @param seller the seller account
	 * @param actor who assigns: the seller account, or null for the system (round-robin)
	 * @param actorMember the member who assigns, or null for the owner or the system
	 * @param owner whether the owner is assigned (then {@code member} is null)
	 * @param member the member assigned, or null
	 * @param reason {@link #MANUAL} or {@link #ROUND_ROBIN}
	 * @param at when
	 * @throws IllegalArgumentException when the thread has no inbox row of this seller
	 */
	void assign(ThreadId thread, AccountId seller, @Nullable AccountId actor, @Nullable MemberId actorMember,
			boolean owner, @Nullable MemberId member, String reason, Instant at);

	/**
	 * Takes a thread's assignment back. The caller holds the thread's lock.
	 * @param thread the thread
	 * @param seller the seller account
	 * @param actorMember the member who does it, or null for the owner
	 * @param at when
	 */
	void unassign(ThreadId thread, AccountId seller, @Nullable MemberId actorMember, Instant at);

	AssignmentSettings settings(AccountId seller);

	AssignmentSettings saveSettings(AccountId seller, boolean roundRobin, Instant at);

	/**
	 * Whose turn it is, and records that it was theirs: the next active member with the
	 * {@link Permission#REPLY} permission after the last one (by member id, wrapping
	 * round). Locks the seller's settings row until the transaction ends, so concurrent
	 * new threads take turns.
	 * @param seller the seller
	 * @param at when
	 * @return the member, or empty when round-robin is off or nobody may reply
	 */
	Optional<MemberId> nextInRotation(AccountId seller, Instant at);

}
