package dev.parley.core.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RulesEngine;
import dev.parley.core.policy.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random search over thread states and drafts (the real rules engine): what the
 * list of available actions predicts (messaging-actions, the pages' pickers) and what the
 * dry run reports (policy/check) is exactly what the send then decides. An action is
 * available if and only if the send is not refused for a context reason, and the
 * predicted delivery, proactive and critical flags are the send's.
 */
class PredictionPropertyTests {

	private static final int CASES = 4000;

	private static final List<String> BODIES = List.of("<p>The replacement part ships tomorrow.</p>", "Thank you!",
			"Write to me at jane.doe@example.com", "Call 415 555 0132 for help", "See http://example.com/manual",
			"Here is a 20% off coupon: SAVE20", "", "Your order has shipped.", "Please leave a five star review",
			"The manual is at https://www.ups.com/track");

	private static final List<String> SUBJECTS = List.of("About your order", "[Important] Please read", "",
			"Re: your question");

	private final ThreadModel model = new ThreadModel(new RulesEngine(PolicySettings.defaults()),
			PolicySettings.defaults());

	@Test
	void predictionsAreWhatTheSendDoes() {
		Random random = new Random(20261202L);
		Instant now = Instant.parse("2026-06-01T10:00:00Z");
		List<Action> actions = Arrays.stream(Action.values()).filter((action) -> !action.isSystem()).toList();
		int refusedForContext = 0;
		int withheld = 0;
		for (int i = 0; i < CASES; i++) {
			ThreadState state = randomState(random, now);
			Role role = (random.nextInt(10) == 0) ? Role.ADMIN : random.nextBoolean() ? Role.SELLER : Role.BUYER;
			Action action = actions.get(random.nextInt(actions.size()));
			Outgoing outgoing = new Outgoing(action, null, SUBJECTS.get(random.nextInt(SUBJECTS.size())),
					BODIES.get(random.nextInt(BODIES.size())), List.of());

			ActionOption predicted = this.model.actions(state, role, now)
				.stream()
				.filter((option) -> option.action() == action)
				.findFirst()
				.orElseGet(() -> this.model.option(state, role, action, now));
			SendDecision dryRun = this.model.decide(state, role, outgoing, now);
			SendDecision send = this.model.decide(state, role, outgoing, now);

			String what = "case " + i + ": " + role + " " + action + " in " + state;
			assertThat(send).as(what).isEqualTo(dryRun);
			assertThat(predicted.available()).as(what).isEqualTo(!send.isRefusedForContext());
			assertThat(predicted.refusals()).as(what).isEqualTo(send.refusals());
			assertThat(send.rules().violations()).as(what).containsAll(predicted.refusals());
			if (!send.isRefused()) {
				assertThat(predicted.available()).as(what).isTrue();
				assertThat(send.delivery()).as(what).isEqualTo(predicted.delivery());
				assertThat(send.proactive()).as(what).isEqualTo(predicted.proactive());
				assertThat(send.critical()).as(what).isEqualTo(predicted.critical());
				assertThat(send.rules().important()).as(what).isEqualTo(predicted.critical());
			}
			if (predicted.available()) {
				assertThat(send.rules()
					.violations()
					.stream()
					.filter((violation) -> predicted.refusals().contains(violation))
					.map(Violation::outcome)).as(what).doesNotContain(Outcome.BLOCK);
			}
			refusedForContext += send.isRefusedForContext() ? 1 : 0;
			withheld += (!send.isRefused() && predicted.isWithheld()) ? 1 : 0;
		}
		// the search reaches both sides of every prediction
		assertThat(refusedForContext).isBetween(CASES / 10, CASES * 9 / 10);
		assertThat(withheld).isPositive();
	}

	private static ThreadState randomState(Random random, Instant now) {
		boolean preSale = random.nextInt(4) == 0;
		Integer deliveredDaysAgo = (preSale || random.nextInt(3) == 0) ? null : random.nextInt(45);
		Instant delivered = (deliveredDaysAgo != null) ? now.minus(Duration.ofDays(deliveredDaysAgo)) : null;
		int messages = random.nextInt(3);
		Instant last = (messages > 0) ? now.minus(Duration.ofMinutes(random.nextInt(600) - 5)) : null;
		Instant awaiting = (messages > 0 && random.nextBoolean()) ? now.minus(Duration.ofHours(random.nextInt(48)))
				: null;
		MessagingStatus status = MessagingStatus.values()[random.nextInt(MessagingStatus.values().length)];
		return new ThreadState(preSale, !preSale || random.nextBoolean(), delivered, delivered, messages, last,
				awaiting, !preSale && random.nextInt(4) == 0, random.nextBoolean(), Language.EN, Language.DE, status,
				random.nextBoolean());
	}

}
