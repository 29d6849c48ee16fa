package dev.parley.core.thread;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.ThreadChange;
import dev.parley.core.conversation.ThreadChange.Answer;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.moderation.Moderation.ProactiveCounts;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftContext;
import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.Verdict;
import dev.parley.core.policy.Violation;

/**
 * Decides every messaging question in one place: what a send does (verdict, proactive,
 * critical, delivery, notes, awaiting state, response record, notification, flags,
 * visibility), and which actions are available now. The send, the dry run and the list of
 * actions all ask this model, so a prediction never disagrees with the send.
 * <p>
 * The model is plain and stateless; it runs the content rules at most once per
 * {@link #decide} and never for {@link #actions}.
 */
public final class ThreadModel {

	/**
	 * A seller marking more than this share of proactive messages critical gets flagged.
	 */
	public static final double CRITICAL_SHARE_LIMIT = 0.30;

	/** ... once they have sent at least this many proactive messages in 30 days. */
	public static final long CRITICAL_SHARE_MINIMUM = 10;

	private final MessagePolicy policy;

	private final ContextRefusals context;

	/**
	 * @param policy the content rules
	 * @param settings the limits and outcomes of the context rules
	 */
	public ThreadModel(MessagePolicy policy, PolicySettings settings) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.context = new ContextRefusals(Objects.requireNonNull(settings, "settings"));
	}

	/**
	 * Decides a send.
	 * @param state the thread's state
	 * @param sender the sender's role
	 * @param outgoing the message
	 * @param now the time
	 * @return what the send does; refused when a context or content rule blocks it
	 */
	public SendDecision decide(ThreadState state, Role sender, Outgoing outgoing, Instant now) {
		Action action = outgoing.action();
		boolean seller = sender == Role.SELLER;
		boolean proactive = isProactive(sender, action, state);
		boolean critical = seller && action.isCritical();
		List<Violation> refusals = this.context.of(sender, action, state, proactive, now);

		DraftContext draftContext = new DraftContext(ContextRefusals.relationship(sender, state), state.shippedAt(),
				state.deliveredAt(), seller ? !proactive : state.isAwaiting(), state.buyerOptedOut(),
				state.sellerStatus(), state.sellerEmailed(), state.reviewRequested(),
				seller ? state.buyerLanguage() : state.sellerLanguage(), Clock.fixed(now, ZoneOffset.UTC));
		Decision content = this.policy.check(new Draft(sender, action, outgoing.topic(), outgoing.subject(),
				outgoing.html(), outgoing.attachments(), draftContext));
		Decision rules = merge(content, refusals, critical, proactive);

		Delivery delivery = delivery(sender, critical, proactive, state);
		Instant sentAt = (state.lastActivityAt() != null && now.isBefore(state.lastActivityAt()))
				? state.lastActivityAt() : now;
		Instant awaitingBefore = state.awaitingSince();
		Instant awaitingAfter;
		Answer answer = null;
		if (sender == Role.BUYER) {
			awaitingAfter = (awaitingBefore != null) ? awaitingBefore : sentAt;
		}
		else if (!proactive) {
			awaitingAfter = null;
			answer = (awaitingBefore != null) ? new Answer(awaitingBefore, sentAt) : null;
		}
		else {
			awaitingAfter = awaitingBefore;
		}
		boolean withheld = delivery == Delivery.NOT_DELIVERED_OPTED_OUT;
		ThreadChange change = new ThreadChange(withheld ? Visibility.SELLER : Visibility.BOTH, awaitingAfter, answer,
				action == Action.REQUEST_REVIEW);
		Notification notification = withheld ? Notification.NONE : seller ? Notification.EMAIL_BUYER
				: state.sellerEmailed() ? Notification.EMAIL_SELLER : Notification.NONE;
		return new SendDecision(action, rules, refusals, proactive, critical, delivery, sentAt, change,
				withheld ? List.of(SystemNote.NOT_DELIVERED_OPTED_OUT) : List.of(), notification, rules.isFlagged(),
				critical && proactive);
	}

	/**
	 * Which actions the sender may use in the thread now, each refusal explained, without
	 * running the content rules.
	 * @param state the thread's state
	 * @param sender the role asking
	 * @param now the time
	 * @return buyers: the question; sellers: the reply, then every proactive action
	 */
	public List<ActionOption> actions(ThreadState state, Role sender, Instant now) {
		List<Action> actions = new ArrayList<>();
		if (sender == Role.BUYER) {
			actions.add(Action.BUYER_QUESTION);
		}
		else {
			actions.add(Action.REPLY);
			actions.addAll(Action.proactiveActions());
		}
		List<ActionOption> options = new ArrayList<>(actions.size());
		for (Action action : actions) {
			options.add(option(state, sender, action, now));
		}
		return options;
	}

	/**
	 * Whether one action may be used now.
	 * @param state the thread's state
	 * @param sender the role asking
	 * @param action the action
	 * @param now the time
	 * @return the option
	 */
	public ActionOption option(ThreadState state, Role sender, Action action, Instant now) {
		boolean proactive = isProactive(sender, action, state);
		boolean critical = sender == Role.SELLER && action.isCritical();
		List<Violation> refusals = this.context.of(sender, action, state, proactive, now);
		boolean available = refusals.stream().noneMatch((violation) -> violation.outcome() == Outcome.BLOCK);
		return new ActionOption(action, critical, proactive, available, refusals,
				delivery(sender, critical, proactive, state));
	}

	/**
	 * Whether a seller's share of critical proactive messages calls for admin review
	 * (SPEC §7).
	 * @param counts the seller's proactive and critical messages in the last 30 days
	 * @return whether it is excessive
	 */
	public static boolean isExcessiveCriticalShare(ProactiveCounts counts) {
		return counts.proactive() >= CRITICAL_SHARE_MINIMUM
				&& counts.critical() > CRITICAL_SHARE_LIMIT * counts.proactive();
	}

	/**
	 * A seller message is proactive when it answers no awaiting buyer message; a review
	 * request never answers one.
	 */
	static boolean isProactive(Role sender, Action action, ThreadState state) {
		return sender == Role.SELLER && (action == Action.REQUEST_REVIEW || !state.isAwaiting());
	}

	private static Delivery delivery(Role sender, boolean critical, boolean proactive, ThreadState state) {
		return (sender == Role.SELLER && proactive && !critical && state.buyerOptedOut())
				? Delivery.NOT_DELIVERED_OPTED_OUT : Delivery.DELIVERED;
	}

	private static Decision merge(Decision content, List<Violation> refusals, boolean critical, boolean proactive) {
		List<Violation> violations = content.violations();
		Verdict verdict = content.verdict();
		if (!refusals.isEmpty()) {
			violations = new ArrayList<>(refusals.size() + content.violations().size());
			violations.addAll(refusals);
			violations.addAll(content.violations());
			violations.sort(Comparator.comparingInt(Violation::start)
				.thenComparingInt(Violation::end)
				.thenComparing(Violation::rule));
			verdict = Verdict.of(violations);
		}
		return new Decision(verdict, violations, content.subject(), content.sanitizedHtml(), content.text(),
				content.redactedHtml(), content.redactedText(), content.notes(), critical, proactive);
	}

}
