package dev.parley.core.policy;

import java.time.Duration;
import java.time.Instant;

import dev.parley.core.conversation.Action;

/**
 * {@code PROACTIVE_WINDOW} (SPEC §4.2): a proactive seller message more than 30 days
 * after delivery is refused; before delivery there is no limit. Review requests have
 * their own window.
 */
final class ProactiveWindowRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.PROACTIVE_WINDOW;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		Instant delivered = inspection.context().deliveredAt();
		if (!inspection.proactive() || inspection.action() == Action.REQUEST_REVIEW || delivered == null) {
			return;
		}
		int days = inspection.limits().proactiveWindowDays();
		if (inspection.now().isAfter(delivered.plus(Duration.ofDays(days)))) {
			long since = Duration.between(delivered, inspection.now()).toDays();
			findings.general(id(), "", "", days, since);
		}
	}

}
