package dev.parley.web.conversation;

import java.util.List;

import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Violation;

/**
 * The outcome of a send: posted, or rejected by the rules with nothing stored. Refusals
 * are values, not exceptions.
 */
public sealed interface SendResult permits SendResult.Posted, SendResult.Rejected {

	Decision decision();

	/**
	 * The message was stored (and, when delivered, queued for email).
	 *
	 * @param thread the thread
	 * @param message the stored message
	 * @param decision what the rules decided
	 * @param redactedRules the rules whose spans were replaced by {@code [removed]}
	 * @param flagged whether the thread was queued for admin review
	 */
	record Posted(ThreadId thread, Message message, Decision decision, List<String> redactedRules,
			boolean flagged) implements SendResult {

		public Delivery delivery() {
			return this.message.delivery();
		}

	}

	/**
	 * The rules refused the message; nothing was stored.
	 *
	 * @param decision what the rules decided, with every violation
	 */
	record Rejected(Decision decision) implements SendResult {

		public List<Violation> violations() {
			return this.decision.violations();
		}

	}

}
