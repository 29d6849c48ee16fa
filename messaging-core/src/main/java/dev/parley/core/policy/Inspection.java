package dev.parley.core.policy;

import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;

/**
 * A draft as the rules see it: the context, the cleaned subject, the sanitized body's
 * text, the links and images sanitizing found, and the derived facts (proactive,
 * critical, standardized text). Made once per check; rules only read it.
 *
 * @param draft the draft
 * @param settings the engine's settings
 * @param now the time of the check
 * @param proactive a seller message while no buyer message awaits
 * @param standardText the body and subject are the product's (review requests): content
 * rules do not apply
 * @param subject the subject as typed, cleaned (one line, trimmed), without any
 * {@code [Important]} tag
 * @param subjectUnit the subject for the text rules
 * @param importantTag the {@code [Important]} tag the sender typed, or empty
 * @param body the body's plain text for the text rules
 * @param htmlFindings links and images found in the raw HTML
 * @param findingSpans the span in the body text of each finding
 * @param htmlBytes the size of the body HTML as sent, in UTF-8 bytes
 */
record Inspection(Draft draft, PolicySettings settings, Instant now, boolean proactive, boolean standardText,
		String subject, TextUnit subjectUnit, String importantTag, TextUnit body, List<HtmlFinding> htmlFindings,
		List<Span> findingSpans, long htmlBytes) {

	Role role() {
		return this.draft.senderRole();
	}

	Action action() {
		return this.draft.action();
	}

	DraftContext context() {
		return this.draft.context();
	}

	boolean isSeller() {
		return this.draft.senderRole() != Role.BUYER;
	}

	String text() {
		return this.body.text();
	}

	PolicySettings.Limits limits() {
		return this.settings.limits();
	}

}
