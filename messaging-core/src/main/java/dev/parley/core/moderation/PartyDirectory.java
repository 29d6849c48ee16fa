package dev.parley.core.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: buyers and sellers as trust and safety sees them, for the admin's party pages.
 */
public interface PartyDirectory {

	/**
	 * Buyers or sellers, by name, keyset-paged by id.
	 * @param role BUYER or SELLER
	 * @param q part of the display name or email, or null for all
	 * @param afterId the last id of the previous page, or null
	 * @param limit page size
	 * @return the parties
	 */
	List<PartyRow> search(Role role, @Nullable String q, @Nullable Long afterId, int limit);

	/**
	 * A party's threads, most recently active first.
	 * @param party the buyer or seller
	 * @param limit at most this many
	 * @return the threads
	 */
	List<PartyThread> threads(AccountId party, int limit);

	/**
	 * A buyer or seller with their record.
	 *
	 * @param id the account
	 * @param displayName the name
	 * @param email the registered address (admins only)
	 * @param role BUYER or SELLER
	 * @param status the messaging status
	 * @param messages messages they sent
	 * @param openFlags open flags about them
	 * @param reportsAgainst reports against their messages, ever
	 * @param averageResponseSeconds sellers: average response time over 30 days, or null
	 * @param answeredWithin24h sellers: share answered within 24 h over 30 days, or null
	 */
	record PartyRow(AccountId id, String displayName, String email, Role role, MessagingStatus status, long messages,
			long openFlags, long reportsAgainst, @Nullable Long averageResponseSeconds,
			@Nullable Double answeredWithin24h) {

		public PartyRow {
			Objects.requireNonNull(id, "id");
		}

	}

	/**
	 * One of a party's threads.
	 *
	 * @param thread the thread
	 * @param subject its subject
	 * @param orderId its order, or null
	 * @param counterpart the other party's name
	 * @param lastActivityAt when it last changed
	 * @param openFlags open flags on it
	 */
	record PartyThread(ThreadId thread, String subject, @Nullable String orderId, String counterpart,
			Instant lastActivityAt, int openFlags) {
	}

}
