package dev.parley.core.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RuleId;
import dev.parley.core.policy.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of a seller's team decides nothing of their own: the thread model refuses what
 * their permissions leave out ({@code MEMBER_PERMISSION}), in the available actions and
 * in the send alike, and nothing else changes.
 */
class MemberPermissionTests {

	private final ThreadModel model = new ThreadModel(new ThreadStates.AllowingPolicy(), PolicySettings.defaults());

	private final Instant now = Instant.parse("2026-06-10T12:00:00Z");

	private ThreadState state(boolean awaiting) {
		Instant delivered = this.now.minus(Duration.ofDays(10));
		return new ThreadState(false, true, delivered.minus(Duration.ofDays(2)), delivered, awaiting ? 1 : 0,
				awaiting ? this.now.minus(Duration.ofHours(2)) : null,
				awaiting ? this.now.minus(Duration.ofHours(2)) : null, false, false, Language.EN, Language.EN,
				MessagingStatus.ACTIVE, true);
	}

	@Test
	void withoutTheProactivePermissionEveryProactiveActionIsUnavailableWithTheReason() {
		Map<Action, ActionOption> options = options(state(false).withSenderPermissions(true, false));
		for (Action action : Action.proactiveActions()) {
			assertThat(options.get(action).available()).as(action.name()).isFalse();
			assertThat(rules(options.get(action).refusals())).contains(RuleId.MEMBER_PERMISSION);
		}
		Map<Action, ActionOption> owner = options(state(false));
		assertThat(owner.get(Action.WARRANTY).available()).isTrue();
		assertThat(owner.values().stream().flatMap((o) -> o.refusals().stream()).map(Violation::rule))
			.doesNotContain(RuleId.MEMBER_PERMISSION);
	}

	@Test
	void withoutTheReplyPermissionAnswersAreRefusedButProactiveMessagesAreNot() {
		ThreadState awaiting = state(true).withSenderPermissions(false, true);
		SendDecision reply = this.model.decide(awaiting, Role.SELLER, outgoing(Action.REPLY), this.now);
		assertThat(reply.isRefused()).isTrue();
		assertThat(rules(reply.rules().violations())).containsExactly(RuleId.MEMBER_PERMISSION);
		assertThat(reply.rules().violations().get(0).messageKey()).isEqualTo("policy.MEMBER_PERMISSION.reply");
		SendDecision proactive = this.model.decide(state(false).withSenderPermissions(false, true), Role.SELLER,
				outgoing(Action.PRODUCT_INSTRUCTIONS), this.now);
		assertThat(proactive.isRefused()).isFalse();
	}

	@Test
	void theSameSendByTheOwnerIsAllowed() {
		SendDecision decision = this.model.decide(state(false).withSenderPermissions(true, false), Role.SELLER,
				outgoing(Action.PRODUCT_INSTRUCTIONS), this.now);
		assertThat(decision.isRefused()).isTrue();
		assertThat(decision.rules().violations().get(0).messageKey()).isEqualTo("policy.MEMBER_PERMISSION.proactive");
		assertThat(this.model.decide(state(false), Role.SELLER, outgoing(Action.PRODUCT_INSTRUCTIONS), this.now)
			.isRefused()).isFalse();
	}

	@Test
	void buyersAreNeverAskedForTeamPermissions() {
		SendDecision decision = this.model.decide(
				state(false).withSenderPermissions(false, false), Role.BUYER, new Outgoing(Action.BUYER_QUESTION,
						dev.parley.core.conversation.Topic.OTHER, "Question", "<p>Where is it?</p>", List.of()),
				this.now);
		assertThat(rules(decision.rules().violations())).doesNotContain(RuleId.MEMBER_PERMISSION);
	}

	private Map<Action, ActionOption> options(ThreadState state) {
		return this.model.actions(state, Role.SELLER, this.now)
			.stream()
			.collect(Collectors.toMap(ActionOption::action, (option) -> option));
	}

	private static Outgoing outgoing(Action action) {
		return new Outgoing(action, null, "About your order", "<p>The manual is attached as a guide.</p>", List.of());
	}

	private static List<RuleId> rules(List<Violation> violations) {
		return violations.stream().map(Violation::rule).toList();
	}

}
