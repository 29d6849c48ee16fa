package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the review queue, one case per thread with open flags, kept in step with the
 * flags by {@link Moderation}. Pages are keyset-paged on an index of the case rows; no
 * page reads the flag table.
 */
public interface Cases {

	/**
	 * One page of cases.
	 * @param query filters, search, order and cursor
	 * @return up to {@code query.limit()} cases
	 */
	List<Case> page(Query query);

	/**
	 * Open flags per reason (rule id, report reason or system code) over all cases.
	 * @return the counts, largest first
	 */
	Map<String, Long> countsPerReason();

	/**
	 * @return how many cases are open
	 */
	long countCases();

	Optional<Case> find(ThreadId thread);

	/**
	 * Claims a case for an admin, unless another admin holds a claim newer than
	 * {@code staleBefore}.
	 * @param thread the case
	 * @param admin who claims
	 * @param now when
	 * @param staleBefore claims older than this may be taken over
	 * @return the case as it is now (claimed by whoever holds it), or empty when it has
	 * no open flags
	 */
	Optional<Case> claim(ThreadId thread, AccountId admin, Instant now, Instant staleBefore);

	/**
	 * Gives up an admin's claim.
	 * @param thread the case
	 * @param admin who holds it
	 */
	void release(ThreadId thread, AccountId admin);

	/** How a page is ordered. */
	enum Order {

		/** Oldest open flag first (the default). */
		OLDEST,

		/**
		 * Most severe first (reports, then rule hits, then the system; more flags first).
		 */
		SEVERITY

	}

	/**
	 * What to list.
	 *
	 * @param rule only cases with an open rule hit of this rule id, or null
	 * @param source only cases with an open flag from this source, or null
	 * @param partyRole only cases with an open flag about a party of this role, or null
	 * @param openBefore only cases whose oldest open flag was raised before this, or null
	 * @param language only cases whose party in question has this language code, or null
	 * @param text search: order id, a party's name, the flagged text or a report's note,
	 * or null
	 * @param order the order
	 * @param after the cursor of the previous page's last case, or null
	 * @param limit page size
	 */
	record Query(@Nullable String rule, @Nullable FlagSource source, @Nullable Role partyRole,
			@Nullable Instant openBefore, @Nullable String language, @Nullable String text, Order order,
			@Nullable Cursor after, int limit) {

		public Query {
			Objects.requireNonNull(order, "order");
			if (limit < 1 || limit > 200) {
				throw new IllegalArgumentException("page size 1..200: " + limit);
			}
		}

		public static Query first(int limit) {
			return new Query(null, null, null, null, null, null, Order.OLDEST, null, limit);
		}

	}

	/**
	 * A case's position in a page's order.
	 *
	 * @param severity the case's severity (ignored for {@link Order#OLDEST})
	 * @param oldestOpenAt its oldest open flag's time
	 * @param thread its thread
	 */
	record Cursor(int severity, Instant oldestOpenAt, ThreadId thread) {

		public Cursor {
			Objects.requireNonNull(oldestOpenAt, "oldestOpenAt");
			Objects.requireNonNull(thread, "thread");
		}

	}

	/**
	 * A thread in the queue with its open flags grouped.
	 *
	 * @param thread the thread
	 * @param subject its subject
	 * @param orderId its order, or null for a pre-sale thread
	 * @param buyer the buyer
	 * @param buyerName the buyer's display name
	 * @param seller the seller
	 * @param sellerName the seller's display name
	 * @param openFlags open flags
	 * @param openReports of which reports
	 * @param reasons open flags per reason
	 * @param rules rule ids among them
	 * @param sources their sources
	 * @param partyRoles the roles of the parties in question
	 * @param language the language of the party of the oldest open flag
	 * @param severity the severity
	 * @param oldestOpenAt the oldest open flag's time
	 * @param claimedBy the admin working on it, or null
	 * @param claimedByName that admin's name, or null
	 * @param claimedAt since when, or null
	 */
	record Case(ThreadId thread, String subject, @Nullable String orderId, AccountId buyer, String buyerName,
			AccountId seller, String sellerName, int openFlags, int openReports, Map<String, Integer> reasons,
			List<String> rules, List<FlagSource> sources, List<Role> partyRoles, String language, int severity,
			Instant oldestOpenAt, @Nullable AccountId claimedBy, @Nullable String claimedByName,
			@Nullable Instant claimedAt) {

		public Case {
			reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
			rules = List.copyOf(rules);
			sources = List.copyOf(sources);
			partyRoles = List.copyOf(partyRoles);
		}

		public Cursor cursor() {
			return new Cursor(this.severity, this.oldestOpenAt, this.thread);
		}

		/**
		 * Whether another admin holds a claim that is not stale.
		 * @param admin the admin asking
		 * @param staleBefore claims older than this do not count
		 * @return whether the case is someone else's
		 */
		public boolean claimedByOther(AccountId admin, Instant staleBefore) {
			return this.claimedBy != null && !this.claimedBy.equals(admin) && this.claimedAt != null
					&& this.claimedAt.isAfter(staleBefore);
		}

	}

}
