package dev.parley.core.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.AttachmentCheck;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftAttachment;
import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.policy.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Test data for the thread model: a builder of thread states and a content policy that
 * allows everything and counts its calls.
 */
final class ThreadStates {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	private boolean preSale;

	private boolean pairHasOrder = true;

	private @Nullable Instant deliveredAt;

	private int messageCount;

	private @Nullable Instant lastActivityAt;

	private @Nullable Instant awaitingSince;

	private boolean reviewRequested;

	private boolean optedOut;

	private MessagingStatus status = MessagingStatus.ACTIVE;

	private boolean sellerEmailed = true;

	static ThreadStates order() {
		return new ThreadStates();
	}

	static ThreadStates preSale() {
		ThreadStates states = new ThreadStates();
		states.preSale = true;
		states.pairHasOrder = false;
		return states;
	}

	ThreadStates pairHasOrder(boolean value) {
		this.pairHasOrder = value;
		return this;
	}

	ThreadStates deliveredDaysAgo(@Nullable Integer days) {
		this.deliveredAt = (days != null) ? NOW.minus(Duration.ofDays(days)) : null;
		return this;
	}

	ThreadStates awaitingHoursAgo(@Nullable Integer hours) {
		this.awaitingSince = (hours != null) ? NOW.minus(Duration.ofHours(hours)) : null;
		if (hours != null) {
			started(NOW.minus(Duration.ofHours(hours)));
		}
		return this;
	}

	ThreadStates started(Instant lastActivity) {
		this.messageCount = Math.max(this.messageCount, 1);
		this.lastActivityAt = lastActivity;
		return this;
	}

	ThreadStates reviewRequested(boolean value) {
		this.reviewRequested = value;
		return this;
	}

	ThreadStates optedOut(boolean value) {
		this.optedOut = value;
		return this;
	}

	private MessagingStatus buyerStatus = MessagingStatus.ACTIVE;

	ThreadStates status(MessagingStatus value) {
		this.status = value;
		return this;
	}

	ThreadStates buyerStatus(MessagingStatus value) {
		this.buyerStatus = value;
		return this;
	}

	ThreadStates sellerEmailed(boolean value) {
		this.sellerEmailed = value;
		return this;
	}

	ThreadState build() {
		return new ThreadState(this.preSale, this.pairHasOrder, (this.deliveredAt != null) ? this.deliveredAt : null,
				this.deliveredAt, this.messageCount, this.lastActivityAt, this.awaitingSince, this.reviewRequested,
				this.optedOut, Language.DE, Language.EN, this.status, this.sellerEmailed, this.buyerStatus);
	}

	static Outgoing outgoing(Action action) {
		return new Outgoing(action, null, "About your order", "<p>Thanks for your order, here is the manual.</p>",
				List.of());
	}

	/** Allows every text; counts how often it was asked. */
	static final class AllowingPolicy implements MessagePolicy {

		final AtomicInteger checks = new AtomicInteger();

		final List<Draft> drafts = new ArrayList<>();

		@Override
		public Decision check(Draft draft) {
			this.checks.incrementAndGet();
			this.drafts.add(draft);
			return new Decision(Verdict.ALLOW, List.of(), draft.subject(), draft.html(), draft.html(), draft.html(),
					draft.html(), List.of(), draft.action().isCritical(), false);
		}

		@Override
		public AttachmentCheck checkAttachment(DraftAttachment attachment, Role senderRole) {
			throw new UnsupportedOperationException();
		}

	}

}
