package dev.parley.web.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.web.api.OrderJson.PartyJson;
import dev.parley.web.conversation.ThreadView;
import org.jspecify.annotations.Nullable;

/**
 * A thread with its messages, events, order context and due time.
 *
 * @param threadId the thread
 * @param subject its subject
 * @param order the order, or null for a pre-sale thread
 * @param buyer the buyer
 * @param seller the seller
 * @param createdAt when the first message arrived
 * @param lastActivityAt when the last one did
 * @param awaitingSince the oldest buyer message awaiting the seller's answer, or null
 * @param dueAt when the answer is due, or null
 * @param overdue whether it is late
 * @param messages the messages the caller may see, oldest first
 * @param events the events the caller may see, oldest first: the thread's events and the
 * admin decisions on its flags (sellers and admins)
 * @param flags the flags (admins only)
 */
record ThreadJson(long threadId, String subject, @Nullable OrderJson order, PartyJson buyer, PartyJson seller,
		Instant createdAt, Instant lastActivityAt, @Nullable Instant awaitingSince, @Nullable Instant dueAt,
		boolean overdue, List<MessageJson> messages, List<EventJson> events, List<FlagJson> flags) {

	static ThreadJson of(ThreadView view, Map<Long, String> authors, Instant now) {
		ThreadSummary summary = view.summary();
		OrderJson order = (view.order() != null) ? OrderJson.of(view.order(), view.buyer(), view.seller()) : null;
		return new ThreadJson(summary.id().value(), summary.subject(), order, PartyJson.of(view.buyer()),
				PartyJson.of(view.seller()), summary.createdAt(), summary.lastActivityAt(), summary.awaitingSince(),
				summary.dueAt(), summary.isOverdue(now),
				view.messages().stream().map((message) -> MessageJson.of(message, authors)).toList(), events(view),
				view.flags().stream().map(FlagJson::of).toList());
	}

	private static List<EventJson> events(ThreadView view) {
		List<EventJson> events = new ArrayList<>(view.events().size() + view.decisions().size());
		view.events().forEach((event) -> events.add(EventJson.of(event, view.summary())));
		view.decisions().forEach((decision) -> events.add(EventJson.of(decision)));
		events.sort(Comparator.comparing(EventJson::at));
		return events;
	}

	/**
	 * A thread event.
	 *
	 * @param eventId the id (of the decision for a DECISION)
	 * @param type READ, UNREAD, NO_RESPONSE_NEEDED, REPORT, FLAG, ASSIGNED, UNASSIGNED or
	 * DECISION (an admin decision on the thread's flags)
	 * @param at when
	 * @param actor BUYER, SELLER, ADMIN or SYSTEM
	 * @param messageId the message concerned, or null
	 * @param readSeq for read marks, up to which message
	 * @param reason report reason, flag source or the decision (DISMISS, WARN, SUSPEND,
	 * REINSTATE)
	 * @param note free text (the admin's reason for a decision), or null
	 * @param actorMemberId for ASSIGNED and UNASSIGNED (seller's team only): the member
	 * who assigned, or null for the owner and the system (round-robin, reason
	 * ROUND_ROBIN)
	 * @param assigneeMemberId for ASSIGNED: the member assigned, or null for the owner
	 */
	record EventJson(long eventId, String type, Instant at, String actor, @Nullable Long messageId, int readSeq,
			@Nullable String reason, @Nullable String note, @Nullable Long actorMemberId,
			@Nullable Long assigneeMemberId) {

		static EventJson of(ThreadEvent event, ThreadSummary thread) {
			return new EventJson(event.id(), event.type().name(), event.at(), actor(event.actor(), thread),
					(event.message() != null) ? event.message().value() : null, event.readSeq(), event.reason(),
					event.note(), event.actorMember(), event.assigneeMember());
		}

		static EventJson of(AdminDecision decision) {
			return new EventJson(decision.id(), "DECISION", decision.at(), "ADMIN", null, 0, decision.kind().name(),
					decision.reason(), null, null);
		}

		private static String actor(@Nullable AccountId actor, ThreadSummary thread) {
			if (actor == null) {
				return "SYSTEM";
			}
			if (actor.equals(thread.key().buyer())) {
				return "BUYER";
			}
			return actor.equals(thread.key().seller()) ? "SELLER" : "ADMIN";
		}

	}

	/**
	 * A flag, for admins.
	 *
	 * @param flagId the id
	 * @param messageId the message concerned, or null
	 * @param source RULE, REPORT or SYSTEM
	 * @param reason rule ids, report reason or system reason
	 * @param note free text
	 * @param spans highlighted parts of the message
	 * @param raisedAt when
	 * @param open whether undecided
	 * @param decision the decision, or null while open
	 */
	record FlagJson(long flagId, @Nullable Long messageId, String source, String reason, @Nullable String note,
			List<FlagSpan> spans, Instant raisedAt, boolean open, @Nullable String decision) {

		static FlagJson of(Flag flag) {
			return new FlagJson(flag.id().value(), (flag.message() != null) ? flag.message().value() : null,
					flag.source().name(), flag.reason(), flag.note(), flag.spans(), flag.raisedAt(), flag.isOpen(),
					(flag.decision() != null) ? flag.decision().kind().name() : null);
		}

	}

}
