package dev.parley.core.policy;

import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;

/**
 * {@code MESSAGING_SUSPENDED} (SPEC §4.1): a suspended seller cannot send anything.
 */
final class MessagingSuspendedRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.MESSAGING_SUSPENDED;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		if (inspection.role() == Role.SELLER && inspection.context().sellerStatus() == MessagingStatus.SUSPENDED) {
			findings.general(id(), "", "");
		}
	}

}
