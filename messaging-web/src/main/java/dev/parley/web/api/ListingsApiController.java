package dev.parley.web.api;

import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Threads")
class ListingsApiController {

	private final MessagingService messaging;

	private final IdempotentSends sends;

	ListingsApiController(MessagingService messaging, IdempotentSends sends) {
		this.messaging = messaging;
		this.sends = sends;
	}

	@PostMapping(ApiSecurityConfiguration.API + "/listings/{sellerId}/questions")
	@Operation(operationId = "askListingQuestion", summary = "Ask a seller before buying",
			description = "Buyers: a pre-sale question, in a thread without an order. Honours Idempotency-Key.")
	@ApiResponse(responseCode = "201", description = "The stored question",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SendJson.Response.class)),
			headers = @Header(name = "Idempotent-Replayed",
					description = "true when this is the stored answer to an earlier request with the same Idempotency-Key",
					schema = @Schema(type = "string", allowableValues = "true")))
	ResponseEntity<?> ask(Caller caller, @PathVariable String sellerId,
			@Parameter(description = IdempotentSends.HEADER_DESCRIPTION) @RequestHeader(name = IdempotentSends.HEADER,
					required = false) @Nullable String key,
			@Valid @RequestBody SendJson.Request request) {
		AccountId seller = Ids.account(sellerId);
		return this.sends.send(caller, key, List.of("POST /listings/" + sellerId + "/questions", request),
				() -> this.messaging.askAboutListing(caller, seller, request.toCompose()));
	}

}
