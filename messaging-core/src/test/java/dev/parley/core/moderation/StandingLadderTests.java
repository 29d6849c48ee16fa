package dev.parley.core.moderation;

import java.time.Duration;
import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import org.junit.jupiter.api.Test;

import static dev.parley.core.account.MessagingStatus.ACTIVE;
import static dev.parley.core.account.MessagingStatus.SUSPENDED;
import static dev.parley.core.account.MessagingStatus.WARNED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation ladder, the same for buyers and sellers.
 */
class StandingLadderTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	final StandingLadder ladder = StandingLadder.DEFAULT;

	@Test
	void aWarningLastsTheExpiryAndTheThirdWarningInForceSuspends() {
		StandingLadder.Step first = this.ladder.apply(DecisionKind.WARN, ACTIVE, 0, null, null, NOW);
		assertThat(first.after()).isEqualTo(WARNED);
		assertThat(first.warnedUntil()).isEqualTo(NOW.plus(Duration.ofDays(90)));
		assertThat(this.ladder.apply(DecisionKind.WARN, WARNED, 1, null, null, NOW).after()).isEqualTo(WARNED);

		StandingLadder.Step third = this.ladder.apply(DecisionKind.WARN, WARNED, 2, null, null, NOW);
		assertThat(third.kind()).isEqualTo(DecisionKind.SUSPEND);
		assertThat(third.escalated()).isTrue();
		assertThat(third.after()).isEqualTo(SUSPENDED);
		assertThat(third.before()).isEqualTo(WARNED);
	}

	@Test
	void reinstatingRestoresTheStatusBeforeTheSuspension() {
		assertThat(this.ladder.apply(DecisionKind.REINSTATE, SUSPENDED, 1, WARNED, null, NOW).after())
			.isEqualTo(WARNED);
		assertThat(this.ladder.apply(DecisionKind.REINSTATE, SUSPENDED, 0, ACTIVE, null, NOW).after())
			.isEqualTo(ACTIVE);
		assertThat(this.ladder.apply(DecisionKind.REINSTATE, WARNED, 1, null, null, NOW).after()).isEqualTo(ACTIVE);
		assertThat(this.ladder.apply(DecisionKind.DISMISS, WARNED, 1, null, null, NOW).changesStatus()).isFalse();
	}

	@Test
	void anOverturnUndoesTheAppealedDecisionWhileItsStatusIsInForce() {
		AdminDecision suspension = decision(DecisionKind.SUSPEND, WARNED, SUSPENDED);
		assertThat(this.ladder.apply(DecisionKind.OVERTURN, SUSPENDED, 1, WARNED, suspension, NOW).after())
			.isEqualTo(WARNED);
		AdminDecision warning = decision(DecisionKind.WARN, ACTIVE, WARNED);
		assertThat(this.ladder.apply(DecisionKind.OVERTURN, WARNED, 1, null, warning, NOW).after()).isEqualTo(ACTIVE);
		// reinstated meanwhile: nothing to undo
		assertThat(this.ladder.apply(DecisionKind.OVERTURN, ACTIVE, 0, null, suspension, NOW).after())
			.isEqualTo(ACTIVE);
		assertThat(this.ladder.apply(DecisionKind.UPHOLD, SUSPENDED, 1, WARNED, suspension, NOW).after())
			.isEqualTo(SUSPENDED);
	}

	private static AdminDecision decision(DecisionKind kind, MessagingStatus before, MessagingStatus after) {
		return new AdminDecision(1, kind, AccountId.of(7), Role.BUYER, AccountId.of(1), null, "why", null, NOW, before,
				after, false, null);
	}

}
