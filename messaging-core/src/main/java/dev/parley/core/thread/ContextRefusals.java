package dev.parley.core.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.Relationship;
import dev.parley.core.policy.RuleId;
import dev.parley.core.policy.Violation;

/**
 * The rules about who may use which action now, whatever the text (SPEC §4.1–4.3):
 * {@code NO_RELATIONSHIP}, {@code MESSAGING_SUSPENDED} (a suspended buyer or seller),
 * {@code PROACTIVE_WINDOW}, {@code REVIEW_REQUEST_ALREADY_SENT},
 * {@code REVIEW_REQUEST_WINDOW}, and {@code MEMBER_PERMISSION} for a member of the
 * seller's team who may not answer, or may not send proactive messages (issue 16). The
 * send and the list of available actions both ask this class, so they cannot disagree.
 * Every refusal has the span 0..0 and the configured outcome of its rule.
 */
final class ContextRefusals {

	private final PolicySettings settings;

	ContextRefusals(PolicySettings settings) {
		this.settings = settings;
	}

	List<Violation> of(Role role, Action action, ThreadState state, boolean proactive, Instant now) {
		List<Violation> refusals = new ArrayList<>(1);
		relationship(role, action, state, refusals);
		MessagingStatus status = (role == Role.BUYER) ? state.buyerStatus() : state.sellerStatus();
		if ((role == Role.SELLER || role == Role.BUYER) && status == MessagingStatus.SUSPENDED) {
			add(refusals, role, RuleId.MESSAGING_SUSPENDED, "");
		}
		if (role == Role.SELLER && (proactive ? !state.senderMayInitiate() : !state.senderMayReply())) {
			add(refusals, role, RuleId.MEMBER_PERMISSION, proactive ? "proactive" : "reply");
		}
		PolicySettings.Limits limits = this.settings.limits();
		Instant delivered = state.deliveredAt();
		if (proactive && action != Action.REQUEST_REVIEW && delivered != null
				&& now.isAfter(delivered.plus(Duration.ofDays(limits.proactiveWindowDays())))) {
			add(refusals, role, RuleId.PROACTIVE_WINDOW, "", limits.proactiveWindowDays(),
					Duration.between(delivered, now).toDays());
		}
		if (action == Action.REQUEST_REVIEW) {
			reviewRequest(role, state, now, limits, refusals);
		}
		return refusals;
	}

	/**
	 * How sender and thread relate: the order's parties; in a pre-sale thread the buyer,
	 * and the seller when answering or when the buyer has ordered from them.
	 */
	static Relationship relationship(Role role, ThreadState state) {
		if (!state.preSale()) {
			return Relationship.ORDER;
		}
		if (role == Role.BUYER || state.isAwaiting() || state.pairHasOrder()) {
			return Relationship.PRE_SALE;
		}
		return Relationship.NONE;
	}

	private void relationship(Role role, Action action, ThreadState state, List<Violation> refusals) {
		if (role != Role.BUYER && role != Role.SELLER) {
			addQuoting(refusals, role, RuleId.NO_RELATIONSHIP, "role", role.name());
			return;
		}
		Relationship relationship = relationship(role, state);
		if (relationship == Relationship.NONE) {
			add(refusals, role, RuleId.NO_RELATIONSHIP, "");
		}
		else if ((role == Role.BUYER) ? !action.isBuyerAction() : !action.isSellerAction()) {
			addQuoting(refusals, role, RuleId.NO_RELATIONSHIP, "action", action.name());
		}
		else if (role == Role.SELLER && relationship == Relationship.PRE_SALE && action.isProactiveAction()) {
			addQuoting(refusals, role, RuleId.NO_RELATIONSHIP, "preSale", action.name());
		}
	}

	private void reviewRequest(Role role, ThreadState state, Instant now, PolicySettings.Limits limits,
			List<Violation> refusals) {
		if (state.reviewRequested()) {
			add(refusals, role, RuleId.REVIEW_REQUEST_ALREADY_SENT, "");
		}
		Instant delivered = state.deliveredAt();
		int from = limits.reviewRequestFromDays();
		int to = limits.reviewRequestToDays();
		if (delivered == null) {
			add(refusals, role, RuleId.REVIEW_REQUEST_WINDOW, "notDelivered", from, to);
		}
		else if (now.isBefore(delivered.plus(Duration.ofDays(from)))) {
			long wait = Duration.between(now, delivered.plus(Duration.ofDays(from))).toHours();
			add(refusals, role, RuleId.REVIEW_REQUEST_WINDOW, "tooEarly", from, to, (wait + 23) / 24);
		}
		else if (now.isAfter(delivered.plus(Duration.ofDays(to)))) {
			add(refusals, role, RuleId.REVIEW_REQUEST_WINDOW, "tooLate", from, to);
		}
	}

	/** A refusal whose excerpt (and only argument) names what is refused. */
	private void addQuoting(List<Violation> refusals, Role role, RuleId rule, String variant, String excerpt) {
		add(refusals, role, rule, variant, excerpt, new Object[] { excerpt });
	}

	private void add(List<Violation> refusals, Role role, RuleId rule, String variant, Object... arguments) {
		add(refusals, role, rule, variant, "", (Object[]) arguments);
	}

	private void add(List<Violation> refusals, Role role, RuleId rule, String variant, String excerpt,
			Object[] arguments) {
		Outcome outcome = (role == Role.BUYER || role == Role.SELLER) ? this.settings.outcome(rule, role)
				: Outcome.BLOCK;
		if (outcome == Outcome.ALLOW) {
			return;
		}
		String key = "policy." + rule.name() + (variant.isEmpty() ? "" : "." + variant);
		refusals.add(new Violation(rule, outcome, key, List.of(arguments), 0, 0, excerpt));
	}

}
