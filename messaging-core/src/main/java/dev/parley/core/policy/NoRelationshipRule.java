package dev.parley.core.policy;

import dev.parley.core.account.Role;

/**
 * {@code NO_RELATIONSHIP} (SPEC §4.1): only a buyer and a seller with an order or a
 * pre-sale question between them may write; buyers only ask ({@code BUYER_QUESTION}),
 * sellers only reply or use a proactive action, and proactive actions need an order.
 */
final class NoRelationshipRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.NO_RELATIONSHIP;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		Role role = inspection.role();
		if (role != Role.BUYER && role != Role.SELLER) {
			findings.general(id(), "role", role.name(), role.name());
		}
		else if (inspection.context().relationship() == Relationship.NONE) {
			findings.general(id(), "", "");
		}
		else if ((role == Role.BUYER) ? !inspection.action().isBuyerAction() : !inspection.action().isSellerAction()) {
			findings.general(id(), "action", inspection.action().name(), inspection.action().name());
		}
		else if (role == Role.SELLER && inspection.context().relationship() == Relationship.PRE_SALE
				&& inspection.action().isProactiveAction()) {
			findings.general(id(), "preSale", inspection.action().name(), inspection.action().name());
		}
	}

}
