package dev.parley.persistence.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to the inbox counts ({@code inbox_counter}), applied in the transaction that
 * changes the inbox rows. Every writer of inbox rows locks the thread row first, so that
 * the deltas computed from the rows it read are exact.
 * <p>
 * A party's counts are spread over 16 slots (thread id mod 16) so that appends to
 * different threads of one seller seldom wait for the same counter row. The rows of one
 * change are written in owner order, so two transactions never lock counter rows in
 * opposite orders.
 */
public final class InboxCounters {

	/** The owner id of the marketplace-wide counts that admins see. */
	public static final long MARKETPLACE = 0;

	static final int SLOTS = 16;

	private InboxCounters() {
	}

	/**
	 * The slot a thread's changes go to.
	 * @param thread the thread id
	 * @return 0 to 15
	 */
	public static int slot(long thread) {
		return (int) Math.floorMod(thread, SLOTS);
	}

	/**
	 * An {@code INSERT … ON CONFLICT DO UPDATE} adding the given deltas, without zero
	 * rows; usable as a data-modifying CTE.
	 * @param deltas the changes, any order
	 * @param thread the thread whose change this is (decides the slot)
	 * @param parameters receives the positional parameters, in order
	 * @return the statement, or null when every delta is zero
	 */
	public static String upsert(List<Delta> deltas, long thread, List<Object> parameters) {
		List<Delta> rows = new ArrayList<>(deltas.stream().filter((delta) -> !delta.isZero()).toList());
		if (rows.isEmpty()) {
			return null;
		}
		rows.sort(Comparator.comparingLong(Delta::owner));
		StringBuilder sql = new StringBuilder("INSERT INTO inbox_counter (owner_id, slot, all_threads, unread, sent, "
				+ "needs_response, company, flagged) VALUES ");
		for (int i = 0; i < rows.size(); i++) {
			Delta delta = rows.get(i);
			sql.append((i > 0) ? ", " : "").append("(?, ?, ?, ?, ?, ?, ?, ?)");
			parameters.add(delta.owner());
			parameters.add(slot(thread));
			parameters.add(delta.all());
			parameters.add(delta.unread());
			parameters.add(delta.sent());
			parameters.add(delta.needsResponse());
			parameters.add(delta.company());
			parameters.add(delta.flagged());
		}
		sql.append(
				" ON CONFLICT (owner_id, slot) DO UPDATE SET all_threads = inbox_counter.all_threads + EXCLUDED.all_threads, ")
			.append("unread = inbox_counter.unread + EXCLUDED.unread, sent = inbox_counter.sent + EXCLUDED.sent, ")
			.append("needs_response = inbox_counter.needs_response + EXCLUDED.needs_response, ")
			.append("company = inbox_counter.company + EXCLUDED.company, ")
			.append("flagged = inbox_counter.flagged + EXCLUDED.flagged");
		return sql.toString();
	}

	/**
	 * A change to one owner's counts.
	 *
	 * @param owner the party, or {@link #MARKETPLACE}
	 * @param all threads
	 * @param unread unread threads
	 * @param sent threads the owner wrote in
	 * @param needsResponse threads awaiting the seller
	 * @param company threads with business buyers
	 * @param flagged threads with open flags
	 */
	public record Delta(long owner, int all, int unread, int sent, int needsResponse, int company, int flagged) {

		public static Delta of(long owner) {
			return new Delta(owner, 0, 0, 0, 0, 0, 0);
		}

		public static int change(boolean before, boolean after) {
			return (after ? 1 : 0) - (before ? 1 : 0);
		}

		public Delta withAll(int value) {
			return new Delta(this.owner, value, this.unread, this.sent, this.needsResponse, this.company, this.flagged);
		}

		public Delta withUnread(int value) {
			return new Delta(this.owner, this.all, value, this.sent, this.needsResponse, this.company, this.flagged);
		}

		public Delta withSent(int value) {
			return new Delta(this.owner, this.all, this.unread, value, this.needsResponse, this.company, this.flagged);
		}

		public Delta withNeedsResponse(int value) {
			return new Delta(this.owner, this.all, this.unread, this.sent, value, this.company, this.flagged);
		}

		public Delta withCompany(int value) {
			return new Delta(this.owner, this.all, this.unread, this.sent, this.needsResponse, value, this.flagged);
		}

		public Delta withFlagged(int value) {
			return new Delta(this.owner, this.all, this.unread, this.sent, this.needsResponse, this.company, value);
		}

		public boolean isZero() {
			return this.all == 0 && this.unread == 0 && this.sent == 0 && this.needsResponse == 0 && this.company == 0
					&& this.flagged == 0;
		}

	}

}
