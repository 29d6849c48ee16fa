package dev.parley.core.policy;

import java.time.Duration;
import java.time.Instant;

import dev.parley.core.conversation.Action;

/**
 * {@code REVIEW_REQUEST_WINDOW} (SPEC §4.3): a review request goes out from 5 to 30 days
 * after delivery, and not before the order is delivered.
 */
final class ReviewRequestWindowRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.REVIEW_REQUEST_WINDOW;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		if (inspection.action() != Action.REQUEST_REVIEW) {
			return;
		}
		Instant delivered = inspection.context().deliveredAt();
		int from = inspection.limits().reviewRequestFromDays();
		int to = inspection.limits().reviewRequestToDays();
		if (delivered == null) {
			findings.general(id(), "notDelivered", "", from, to);
			return;
		}
		Instant now = inspection.now();
		if (now.isBefore(delivered.plus(Duration.ofDays(from)))) {
			long wait = Duration.between(now, delivered.plus(Duration.ofDays(from))).toHours();
			findings.general(id(), "tooEarly", "", from, to, (wait + 23) / 24);
		}
		else if (now.isAfter(delivered.plus(Duration.ofDays(to)))) {
			findings.general(id(), "tooLate", "", from, to);
		}
	}

}
