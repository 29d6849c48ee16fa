package dev.parley.core.policy;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code NO_RELATIONSHIP}: only the parties of an order or a pre-sale question, each with
 * the actions of their role.
 */
class NoRelationshipRuleTests {

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "BUYER", "SELLER" })
	void noRelationshipBlocks(Role role) {
		Decision decision = Drafts.of(role).relationship(Relationship.NONE).check();
		ContextRules.assertCaught(decision, RuleId.NO_RELATIONSHIP, "policy.NO_RELATIONSHIP");
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@ParameterizedTest
	@EnumSource(value = Action.class, names = { "BUYER_QUESTION", "SYSTEM_NOTE" })
	void sellersCannotAskOrWriteSystemNotes(Action action) {
		ContextRules.assertCaught(Drafts.seller().action(action).check(), RuleId.NO_RELATIONSHIP,
				"policy.NO_RELATIONSHIP.action");
	}

	@ParameterizedTest
	@EnumSource(value = Action.class, names = { "BUYER_QUESTION" }, mode = EnumSource.Mode.EXCLUDE)
	void buyersOnlyAsk(Action action) {
		ContextRules.assertCaught(Drafts.buyer().action(action).check(), RuleId.NO_RELATIONSHIP,
				"policy.NO_RELATIONSHIP.action");
	}

	@Test
	void proactiveActionsNeedAnOrder() {
		ContextRules.assertCaught(Drafts.proactive(Action.UNEXPECTED_PROBLEM)
			.relationship(Relationship.PRE_SALE)
			.html("The blue one is out of stock.")
			.check(), RuleId.NO_RELATIONSHIP, "policy.NO_RELATIONSHIP.preSale");
	}

	@Test
	void preSaleQuestionsAndRepliesPass() {
		Drafts.assertNotCaught(Drafts.buyer().relationship(Relationship.PRE_SALE).html("Is it waterproof?").check(),
				RuleId.NO_RELATIONSHIP);
		Drafts.assertNotCaught(Drafts.seller().relationship(Relationship.PRE_SALE).html("Yes, it is.").check(),
				RuleId.NO_RELATIONSHIP);
	}

	@Test
	void adminsDoNotWriteMessages() {
		ContextRules.assertCaught(Drafts.seller().role(Role.ADMIN).check(), RuleId.NO_RELATIONSHIP,
				"policy.NO_RELATIONSHIP.role");
	}

	@Test
	void orderPartiesPass() {
		assertThat(Drafts.seller().check().violations()).isEmpty();
		assertThat(Drafts.buyer().check().violations()).isEmpty();
	}

}
