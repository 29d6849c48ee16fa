package dev.parley.core.policy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Redaction;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine as a whole: verdicts, ordering, flags, redaction, configuration, thread
 * safety.
 */
class RulesEngineTests {

	@Test
	void anHonestReplyIsAllowedAsIs() {
		Decision decision = Drafts.seller()
			.html("<p>Hi Ben,</p><p>Your order <b>114-3941689-8772232</b> left on 12/05/2024; UPS tracking "
					+ "1Z999AA10123456784.</p>")
			.check();
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		assertThat(decision.violations()).isEmpty();
		assertThat(decision.text())
			.isEqualTo("Hi Ben,\nYour order 114-3941689-8772232 left on 12/05/2024; UPS tracking 1Z999AA10123456784.");
		assertThat(decision.redactedHtml()).isEqualTo(decision.sanitizedHtml());
		assertThat(decision.proactive()).isFalse();
		assertThat(decision.important()).isFalse();
	}

	@Test
	void blockWinsOverFlagAndViolationsAreSortedByPosition() {
		Decision decision = Drafts.buyer()
			.html("See https://evil.example.com then http://x.example and call me")
			.check();
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(decision.violations()).extracting(Violation::rule)
			.containsExactly(RuleId.LINK_EXTERNAL, RuleId.LINK_INSECURE, RuleId.OFF_PLATFORM);
		assertThat(decision.violations()).extracting(Violation::start).isSorted();
	}

	@Test
	void flagAloneDelivers() {
		Decision decision = Drafts.buyer().html("Can we talk on WhatsApp?").check();
		assertThat(decision.verdict()).isEqualTo(Verdict.FLAG);
		assertThat(decision.isFlagged()).isTrue();
		assertThat(decision.isBlocked()).isFalse();
	}

	@Test
	void redactionKeepsTheMarkupValidAndReportsItsPlace() {
		Decision decision = Drafts.buyer()
			.html("<p>Owner <b>john</b>@example.com or <i>+44 7911 123456</i>.</p><p>Thanks</p>")
			.check();
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		assertThat(decision.isRedacted()).isTrue();
		assertThat(decision.redactedHtml())
			.isEqualTo("<p>Owner <b>[removed]</b> or <i>[removed]</i>.</p><p>Thanks</p>");
		assertThat(decision.redactedText()).isEqualTo("Owner [removed] or [removed].\nThanks");
		List<Redaction> redactions = decision.redactions();
		assertThat(redactions).extracting(Redaction::rule).containsExactly("CONTACT_EMAIL", "CONTACT_PHONE");
		for (Redaction redaction : redactions) {
			assertThat(decision.redactedText().substring(redaction.start(), redaction.end())).isEqualTo("[removed]");
		}
		org.jsoup.nodes.Document reparsed = Jsoup.parseBodyFragment(decision.redactedHtml());
		reparsed.outputSettings().prettyPrint(false);
		assertThat(reparsed.body().html()).isEqualTo(decision.redactedHtml());
		Violation phone = decision.violations().get(1);
		assertThat(decision.redactedPosition(phone.start())).isEqualTo(redactions.get(1).start());
		int thanks = decision.text().indexOf("Thanks");
		assertThat(decision.redactedText().substring(decision.redactedPosition(thanks))).isEqualTo("Thanks");
	}

	@Test
	void criticalMessagesAreImportantAndProactive() {
		Decision decision = Drafts.proactive(Action.SHIPPING_ADDRESS_ISSUE)
			.subject("Address")
			.html("Your address lacks a house number; please add it on the order page.")
			.check();
		assertThat(decision.important()).isTrue();
		assertThat(decision.proactive()).isTrue();
		assertThat(decision.subject()).isEqualTo("[Important] Address");
	}

	@Test
	void buyersAreNeverProactive() {
		assertThat(Drafts.buyer().check().proactive()).isFalse();
	}

	@Test
	void sanitizingIsReportedAsNotes() {
		Decision decision = Drafts.seller()
			.html("<p onclick=\"x()\" style=\"color:red\">Hi<script>alert(1)</script><!-- c --><blink>!</blink>"
					+ "<foo>bar</foo></p><iframe src=\"https://x\"></iframe><form><input></form>")
			.check();
		assertThat(decision.sanitizedHtml()).isEqualTo("<p>Hi!bar</p>");
		assertThat(decision.notes()).extracting(Note::messageKey)
			.contains("policy.note.SCRIPT_REMOVED", "policy.note.EVENT_HANDLER_REMOVED", "policy.note.STYLE_REMOVED",
					"policy.note.COMMENT_REMOVED", "policy.note.ELEMENT_REMOVED", "policy.note.FRAME_REMOVED",
					"policy.note.FORM_REMOVED");
		assertThat(decision.notes()).filteredOn((n) -> n.messageKey().equals("policy.note.ELEMENT_REMOVED"))
			.singleElement()
			.satisfies((note) -> assertThat(note.arguments()).containsExactly(1, "foo"));
		assertThat(decision.violations()).isEmpty();
	}

	@Test
	void outcomesAreConfigurable() {
		RulesEngine engine = new RulesEngine(PolicySettings.defaults()
			.withOutcome(RuleId.CONTACT_EMAIL, Role.SELLER, Outcome.REDACT)
			.withOutcome(RuleId.EMOJI, Role.SELLER, Outcome.ALLOW));
		Decision decision = Drafts.seller().html("Owner a@example.com 😀").check(engine);
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		assertThat(decision.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.CONTACT_EMAIL);
			assertThat(violation.messageKey()).isEqualTo("policy.CONTACT_EMAIL.redacted");
		});
		assertThat(decision.redactedText()).isEqualTo("Owner [removed] 😀");
	}

	@Test
	void aFlaggedRuleWithoutItsOwnFlagMessageFallsBackToTheRuleMessage() {
		RulesEngine engine = new RulesEngine(
				PolicySettings.defaults().withOutcome(RuleId.TRACKING_PIXEL, Role.SELLER, Outcome.FLAG));
		Decision decision = Drafts.seller()
			.html("Hi<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">")
			.check(engine);
		assertThat(decision.violations()).singleElement()
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("policy.TRACKING_PIXEL"));
	}

	@Test
	void oneEngineServesManyThreads() throws Exception {
		List<String> bodies = List.of("Mail me at john@example.com", "Call +44 7911 123456",
				"<p>Order 114-3941689-8772232 shipped</p>", "Visit mystore.com", "Thanks 😀");
		List<Decision> expected = bodies.stream().map((body) -> Drafts.seller().html(body).check()).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int index = i % bodies.size();
				results.add(
						pool.submit(() -> Drafts.seller().html(bodies.get(index)).check().equals(expected.get(index))));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
