package dev.parley.web.api;

import java.util.List;
import java.util.Locale;

import dev.parley.core.policy.Decision;
import dev.parley.core.thread.SendDecision;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dry run: exactly the checks a send would make, storing nothing.
 */
@RestController
class PolicyApiController {

	private final MessagingService messaging;

	private final Explanations explanations;

	PolicyApiController(MessagingService messaging, Explanations explanations) {
		this.messaging = messaging;
		this.explanations = explanations;
	}

	@PostMapping(ApiSecurityConfiguration.API + "/policy/check")
	CheckJson check(Caller caller, @Valid @RequestBody CheckRequest request) {
		if ((request.orderId() == null) == (request.threadId() == null)) {
			throw new BadRequestException("TARGET_REQUIRED", "give exactly one of orderId and threadId");
		}
		SendJson.Request draft = new SendJson.Request(request.action(), request.topic(), request.subject(),
				request.body(), request.attachmentIds());
		SendDecision send = (request.orderId() != null)
				? this.messaging.checkForOrder(caller, Ids.order(request.orderId()), draft.toCompose())
				: this.messaging.checkForThread(caller, Ids.thread(request.threadId()), draft.toCompose());
		Decision decision = send.rules();
		Locale locale = LocaleContextHolder.getLocale();
		String withheld = send.withheldReason();
		return new CheckJson(decision.verdict().name(), this.explanations.violations(decision.violations(), locale),
				decision.sanitizedHtml(), decision.redactedHtml(), decision.subject(), decision.important(),
				decision.proactive(), send.delivery().name(),
				(withheld != null) ? new WithheldJson(withheld,
						this.explanations.text("actions.reason." + withheld, List.of(), locale)) : null,
				decision.notes()
					.stream()
					.map((note) -> this.explanations.text(note.messageKey(), note.arguments(), locale))
					.toList());
	}

	/**
	 * A draft to check, with where it would go.
	 *
	 * @param orderId the order (starting or continuing its thread), or null
	 * @param threadId the thread, or null
	 * @param action the action
	 * @param topic the buyer's topic
	 * @param subject the subject
	 * @param body the body
	 * @param attachmentIds the caller's uploads
	 */
	record CheckRequest(@Nullable String orderId, @Nullable String threadId,
			dev.parley.core.conversation.@Nullable Action action, dev.parley.core.conversation.@Nullable Topic topic,
			@Size(max = 1000) @Nullable String subject, @NotNull String body, @Nullable List<Long> attachmentIds) {
	}

	/**
	 * What a send would do.
	 *
	 * @param verdict ALLOW, BLOCK or FLAG
	 * @param violations every rule hit with its span
	 * @param sanitizedHtml the body through the safe list
	 * @param redactedHtml the body as it would be delivered
	 * @param subject the subject as it would be delivered
	 * @param important whether it would be critical
	 * @param proactive whether it would be proactive
	 * @param delivery {@code DELIVERED} or {@code NOT_DELIVERED_OPTED_OUT}: what the send
	 * would store
	 * @param withheld why the buyer would not receive it, or null when delivered
	 * @param notes what sanitizing removed
	 */
	record CheckJson(String verdict, List<Explanations.ViolationJson> violations, String sanitizedHtml,
			String redactedHtml, String subject, boolean important, boolean proactive, String delivery,
			@Nullable WithheldJson withheld, List<String> notes) {
	}

	/**
	 * Why a message would be stored but not delivered.
	 *
	 * @param reason a stable code ({@code BUYER_OPTED_OUT})
	 * @param message the explanation in the caller's language
	 */
	record WithheldJson(String reason, String message) {
	}

}
