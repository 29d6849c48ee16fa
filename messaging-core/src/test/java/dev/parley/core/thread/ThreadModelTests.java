package dev.parley.core.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.ThreadChange.Answer;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.moderation.Moderation.ProactiveCounts;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RuleId;
import dev.parley.core.policy.Verdict;
import dev.parley.core.policy.Violation;
import dev.parley.core.thread.ThreadStates.AllowingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.parley.core.thread.ThreadStates.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread model's decisions, table-driven: sender role × action × awaiting or not ×
 * opted out or not × timing (before delivery, 2 days after, within the 30-day window,
 * past it) × seller status. No database, no Spring; the content rules are a stub that
 * allows everything.
 */
class ThreadModelTests {

	private final AllowingPolicy policy = new AllowingPolicy();

	private final ThreadModel model = new ThreadModel(this.policy, PolicySettings.defaults());

	@ParameterizedTest(name = "{0} {1} awaiting={2} optedOut={3} {4} {5} -> {6} {7}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# role | action                    | awaiting | optedOut | timing | status    | verdict | refusal                | delivery               | proactive | awaiting after | record | notification
					BUYER  | BUYER_QUESTION            | false    | false    | BEFORE | ACTIVE    | ALLOW   |                        | DELIVERED              | false     | NOW            | false  | EMAIL_SELLER
					BUYER  | BUYER_QUESTION            | true     | true     | PAST   | SUSPENDED | ALLOW   |                        | DELIVERED              | false     | SAME           | false  | EMAIL_SELLER
					BUYER  | BUYER_QUESTION            | false    | true     | WITHIN | WARNED    | ALLOW   |                        | DELIVERED              | false     | NOW            | false  | EMAIL_SELLER
					BUYER  | REPLY                     | false    | false    | BEFORE | ACTIVE    | BLOCK   | NO_RELATIONSHIP        | DELIVERED              | false     | NOW            | false  | EMAIL_SELLER
					BUYER  | WARRANTY                  | true     | false    | WITHIN | ACTIVE    | BLOCK   | NO_RELATIONSHIP        | DELIVERED              | false     | SAME           | false  | EMAIL_SELLER
					SELLER | REPLY                     | true     | true     | PAST   | ACTIVE    | ALLOW   |                        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | REPLY                     | true     | false    | WITHIN | WARNED    | ALLOW   |                        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | REPLY                     | true     | false    | BEFORE | ACTIVE    | ALLOW   |                        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | REPLY                     | true     | false    | WITHIN | SUSPENDED | BLOCK   | MESSAGING_SUSPENDED    | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | REPLY                     | false    | false    | WITHIN | ACTIVE    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | REPLY                     | false    | true     | WITHIN | ACTIVE    | ALLOW   |                        | NOT_DELIVERED_OPTED_OUT| true      | NONE           | false  | NONE
					SELLER | REPLY                     | false    | false    | PAST   | ACTIVE    | BLOCK   | PROACTIVE_WINDOW       | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | PRODUCT_INSTRUCTIONS      | false    | true     | BEFORE | ACTIVE    | ALLOW   |                        | NOT_DELIVERED_OPTED_OUT| true      | NONE           | false  | NONE
					SELLER | PRODUCT_INSTRUCTIONS      | false    | false    | BEFORE | WARNED    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | PRODUCT_INSTRUCTIONS      | false    | false    | WITHIN | ACTIVE    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | PRODUCT_INSTRUCTIONS      | true     | true     | PAST   | ACTIVE    | ALLOW   |                        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | PRODUCT_INSTRUCTIONS      | false    | false    | PAST   | ACTIVE    | BLOCK   | PROACTIVE_WINDOW       | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | PRODUCT_INSTRUCTIONS      | false    | true     | PAST   | WARNED    | BLOCK   | PROACTIVE_WINDOW       | NOT_DELIVERED_OPTED_OUT| true      | NONE           | false  | NONE
					SELLER | PRODUCT_INSTRUCTIONS      | false    | false    | WITHIN | SUSPENDED | BLOCK   | MESSAGING_SUSPENDED    | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | UNEXPECTED_PROBLEM        | false    | false    | EARLY  | WARNED    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | SHIPPING_ADDRESS_ISSUE    | false    | true     | BEFORE | ACTIVE    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | SHIPPING_ADDRESS_ISSUE    | false    | true     | WITHIN | WARNED    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | SHIPPING_ADDRESS_ISSUE    | false    | true     | PAST   | ACTIVE    | BLOCK   | PROACTIVE_WINDOW       | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | SHIPPING_ADDRESS_ISSUE    | true     | true     | PAST   | ACTIVE    | ALLOW   |                        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | CONFIRM_DELIVERY_DETAILS  | true     | false    | BEFORE | SUSPENDED | BLOCK   | MESSAGING_SUSPENDED    | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | false    | false    | WITHIN | ACTIVE    | ALLOW   |                        | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | true     | false    | WITHIN | ACTIVE    | ALLOW   |                        | DELIVERED              | true      | SAME           | false  | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | true     | true     | WITHIN | WARNED    | ALLOW   |                        | NOT_DELIVERED_OPTED_OUT| true      | SAME           | false  | NONE
					SELLER | REQUEST_REVIEW            | false    | true     | WITHIN | ACTIVE    | ALLOW   |                        | NOT_DELIVERED_OPTED_OUT| true      | NONE           | false  | NONE
					SELLER | REQUEST_REVIEW            | false    | false    | BEFORE | ACTIVE    | BLOCK   | REVIEW_REQUEST_WINDOW  | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | true     | false    | EARLY  | ACTIVE    | BLOCK   | REVIEW_REQUEST_WINDOW  | DELIVERED              | true      | SAME           | false  | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | false    | false    | PAST   | ACTIVE    | BLOCK   | REVIEW_REQUEST_WINDOW  | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | REQUEST_REVIEW            | false    | false    | WITHIN | SUSPENDED | BLOCK   | MESSAGING_SUSPENDED    | DELIVERED              | true      | NONE           | false  | EMAIL_BUYER
					SELLER | BUYER_QUESTION            | true     | false    | WITHIN | ACTIVE    | BLOCK   | NO_RELATIONSHIP        | DELIVERED              | false     | NONE           | true   | EMAIL_BUYER
					""")
	void decides(Role role, Action action, boolean awaiting, boolean optedOut, Timing timing, MessagingStatus status,
			Verdict verdict, RuleId refusal, Delivery delivery, boolean proactive, AwaitingAfter awaitingAfter,
			boolean record, Notification notification) {
		ThreadState state = ThreadStates.order()
			.deliveredDaysAgo(timing.days)
			.awaitingHoursAgo(awaiting ? 3 : null)
			.optedOut(optedOut)
			.status(status)
			.build();

		SendDecision decision = this.model.decide(state, role, ThreadStates.outgoing(action), NOW);

		assertThat(decision.rules().verdict()).isEqualTo(verdict);
		assertThat(decision.refusals()).extracting(Violation::rule)
			.containsExactlyElementsOf((refusal != null) ? List.of(refusal) : List.of());
		assertThat(decision.isRefusedForContext()).isEqualTo(refusal != null);
		assertThat(decision.delivery()).isEqualTo(delivery);
		assertThat(decision.proactive()).isEqualTo(proactive);
		assertThat(decision.rules().proactive()).isEqualTo(proactive);
		assertThat(decision.critical()).isEqualTo(role == Role.SELLER && action.isCritical());
		Instant expectedAwaiting = switch (awaitingAfter) {
			case NONE -> null;
			case SAME -> state.awaitingSince();
			case NOW -> NOW;
		};
		assertThat(decision.change().awaitingSince()).isEqualTo(expectedAwaiting);
		assertThat(decision.change().dueAt())
			.isEqualTo((expectedAwaiting != null) ? expectedAwaiting.plus(Duration.ofHours(24)) : null);
		assertThat(decision.change().answered()).isEqualTo(record ? new Answer(state.awaitingSince(), NOW) : null);
		assertThat(decision.notification()).isEqualTo(notification);
		boolean withheld = delivery == Delivery.NOT_DELIVERED_OPTED_OUT;
		assertThat(decision.change().visibility()).isEqualTo(withheld ? Visibility.SELLER : Visibility.BOTH);
		assertThat(decision.notes()).isEqualTo(withheld ? List.of(SystemNote.NOT_DELIVERED_OPTED_OUT) : List.of());
		assertThat(decision.withheldReason()).isEqualTo(withheld ? "BUYER_OPTED_OUT" : null);
		assertThat(decision.change().reviewRequested()).isEqualTo(action == Action.REQUEST_REVIEW);
		assertThat(decision.checkCriticalShare()).isEqualTo(proactive && action.isCritical());
		assertThat(this.policy.checks).hasValue(1);

		ActionOption option = this.model.option(state, role, action, NOW);
		assertThat(option.available()).isEqualTo(refusal == null);
		assertThat(option.delivery()).isEqualTo(delivery);
		assertThat(option.proactive()).isEqualTo(proactive);
		assertThat(option.refusals()).isEqualTo(decision.refusals());
	}

	@Test
	void aReviewRequestIsDecidedInTheBuyersLanguageAndNeverAnswers() {
		ThreadState state = ThreadStates.order().deliveredDaysAgo(10).awaitingHoursAgo(5).build();

		SendDecision decision = this.model.decide(state, Role.SELLER, ThreadStates.outgoing(Action.REQUEST_REVIEW),
				NOW);

		assertThat(this.policy.drafts.get(0).context().recipientLanguage()).isEqualTo(Language.DE);
		assertThat(this.policy.drafts.get(0).context().buyerMessageAwaiting()).isFalse();
		assertThat(decision.change().answered()).isNull();
		assertThat(decision.change().awaitingSince()).isEqualTo(state.awaitingSince());
	}

	@Test
	void oneReviewRequestPerOrder() {
		ThreadState state = ThreadStates.order().deliveredDaysAgo(10).reviewRequested(true).started(NOW).build();

		SendDecision decision = this.model.decide(state, Role.SELLER, ThreadStates.outgoing(Action.REQUEST_REVIEW),
				NOW);

		assertThat(decision.refusals()).extracting(Violation::rule).containsExactly(RuleId.REVIEW_REQUEST_ALREADY_SENT);
	}

	@Test
	void refusalsCarryTheirExplanationArguments() {
		ThreadState late = ThreadStates.order().deliveredDaysAgo(45).build();
		assertThat(this.model.option(late, Role.SELLER, Action.WARRANTY, NOW).refusals()).singleElement()
			.satisfies((refusal) -> {
				assertThat(refusal.messageKey()).isEqualTo("policy.PROACTIVE_WINDOW");
				assertThat(refusal.arguments()).containsExactly(30, 45L);
				assertThat(refusal.start()).isZero();
				assertThat(refusal.end()).isZero();
			});
		ThreadState early = ThreadStates.order().deliveredDaysAgo(2).build();
		assertThat(this.model.option(early, Role.SELLER, Action.REQUEST_REVIEW, NOW).refusals()).singleElement()
			.satisfies((refusal) -> {
				assertThat(refusal.messageKey()).isEqualTo("policy.REVIEW_REQUEST_WINDOW.tooEarly");
				assertThat(refusal.arguments()).containsExactly(5, 30, 3L);
			});
		ThreadState undelivered = ThreadStates.order().build();
		assertThat(this.model.option(undelivered, Role.SELLER, Action.REQUEST_REVIEW, NOW).refusals())
			.extracting(Violation::messageKey)
			.containsExactly("policy.REVIEW_REQUEST_WINDOW.notDelivered");
	}

	@Test
	void preSaleThreads() {
		ThreadState question = ThreadStates.preSale().awaitingHoursAgo(1).build();
		assertThat(this.model.option(question, Role.SELLER, Action.REPLY, NOW).available()).isTrue();
		assertThat(this.model.option(question, Role.SELLER, Action.WARRANTY, NOW).refusals())
			.extracting(Violation::messageKey)
			.containsExactly("policy.NO_RELATIONSHIP.preSale");
		assertThat(this.model.option(question, Role.BUYER, Action.BUYER_QUESTION, NOW).available()).isTrue();

		ThreadState answered = ThreadStates.preSale().started(NOW.minusSeconds(60)).build();
		assertThat(this.model.option(answered, Role.SELLER, Action.REPLY, NOW).refusals())
			.extracting(Violation::messageKey)
			.containsExactly("policy.NO_RELATIONSHIP");
		ThreadState customer = ThreadStates.preSale().pairHasOrder(true).started(NOW.minusSeconds(60)).build();
		assertThat(this.model.option(customer, Role.SELLER, Action.REPLY, NOW).available()).isTrue();
	}

	@Test
	void adminsCannotWrite() {
		ThreadState state = ThreadStates.order().build();
		assertThat(this.model.decide(state, Role.ADMIN, ThreadStates.outgoing(Action.REPLY), NOW).refusals())
			.extracting(Violation::messageKey)
			.containsExactly("policy.NO_RELATIONSHIP.role");
	}

	@Test
	void aSellerWithoutEmailIsNotNotified() {
		ThreadState state = ThreadStates.order().sellerEmailed(false).build();
		assertThat(
				this.model.decide(state, Role.BUYER, ThreadStates.outgoing(Action.BUYER_QUESTION), NOW).notification())
			.isEqualTo(Notification.NONE);
	}

	@Test
	void timeNeverGoesBackwardsInAThread() {
		Instant later = NOW.plusSeconds(2);
		ThreadState state = ThreadStates.order().started(later).build();
		SendDecision decision = this.model.decide(state, Role.BUYER, ThreadStates.outgoing(Action.BUYER_QUESTION), NOW);
		assertThat(decision.sentAt()).isEqualTo(later);
		assertThat(decision.change().awaitingSince()).isEqualTo(later);
	}

	@Test
	void buyersGetOneActionSellersTheReplyAndEveryProactiveAction() {
		ThreadState state = ThreadStates.order().build();
		assertThat(this.model.actions(state, Role.BUYER, NOW)).extracting(ActionOption::action)
			.containsExactly(Action.BUYER_QUESTION);
		assertThat(this.model.actions(state, Role.SELLER, NOW)).extracting(ActionOption::action)
			.startsWith(Action.REPLY)
			.containsAll(Action.proactiveActions());
		assertThat(this.policy.checks).hasValue(0);
	}

	@Test
	void excessiveCriticalShare() {
		assertThat(ThreadModel.isExcessiveCriticalShare(new ProactiveCounts(10, 4))).isTrue();
		assertThat(ThreadModel.isExcessiveCriticalShare(new ProactiveCounts(10, 3))).isFalse();
		assertThat(ThreadModel.isExcessiveCriticalShare(new ProactiveCounts(9, 9))).isFalse();
	}

	enum Timing {

		BEFORE(null), EARLY(2), WITHIN(10), PAST(40);

		final Integer days;

		Timing(Integer days) {
			this.days = days;
		}

	}

	enum AwaitingAfter {

		NONE, SAME, NOW

	}

	@Test
	void aSuspendedBuyerIsRefusedAndTheActionListSaysSoAWarnedBuyerIsNot() {
		ThreadState suspended = ThreadStates.order().buyerStatus(MessagingStatus.SUSPENDED).build();
		SendDecision refused = this.model.decide(suspended, Role.BUYER, ThreadStates.outgoing(Action.BUYER_QUESTION),
				ThreadStates.NOW);
		org.assertj.core.api.Assertions.assertThat(refused.isRefused()).isTrue();
		org.assertj.core.api.Assertions.assertThat(refused.refusals())
			.extracting((violation) -> violation.rule())
			.containsExactly(RuleId.MESSAGING_SUSPENDED);
		org.assertj.core.api.Assertions
			.assertThat(this.model.actions(suspended, Role.BUYER, ThreadStates.NOW).get(0).available())
			.isFalse();
		ThreadState warned = ThreadStates.order().buyerStatus(MessagingStatus.WARNED).build();
		org.assertj.core.api.Assertions
			.assertThat(this.model
				.decide(warned, Role.BUYER, ThreadStates.outgoing(Action.BUYER_QUESTION), ThreadStates.NOW)
				.isRefused())
			.isFalse();
		org.assertj.core.api.Assertions
			.assertThat(this.model.decide(suspended, Role.SELLER, ThreadStates.outgoing(Action.REPLY), ThreadStates.NOW)
				.isRefused())
			.as("the seller of a suspended buyer still answers")
			.isFalse();
	}

}
