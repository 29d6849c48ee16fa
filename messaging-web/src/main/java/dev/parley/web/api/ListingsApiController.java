package dev.parley.web.api;

import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pre-sale questions: a buyer asks a seller about a listing, before any order.
 */
@RestController
class ListingsApiController {

	private final MessagingService messaging;

	private final IdempotentSends sends;

	ListingsApiController(MessagingService messaging, IdempotentSends sends) {
		this.messaging = messaging;
		this.sends = sends;
	}

	@PostMapping(ApiSecurityConfiguration.API + "/listings/{sellerId}/questions")
	ResponseEntity<?> ask(Caller caller, @PathVariable String sellerId,
			@RequestHeader(name = IdempotentSends.HEADER, required = false) @Nullable String key,
			@Valid @RequestBody SendJson.Request request) {
		AccountId seller = Ids.account(sellerId);
		return this.sends.send(caller, key, List.of("POST /listings/" + sellerId + "/questions", request),
				() -> this.messaging.askAboutListing(caller, seller, request.toCompose()));
	}

}
