package dev.parley.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listings and pre-sale questions: the catalogue feeds listings (admin/system, like the
 * order feed); a buyer asks a seller about a listing, before any order.
 */
@RestController
@Tag(name = "Threads")
class ListingsApiController {

	private final MessagingService messaging;

	private final IdempotentSends sends;

	private final Listings listings;

	private final Accounts accounts;

	private final Clock clock;

	ListingsApiController(MessagingService messaging, IdempotentSends sends, Listings listings, Accounts accounts,
			Clock clock) {
		this.messaging = messaging;
		this.sends = sends;
		this.listings = listings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@PostMapping(ApiSecurityConfiguration.API + "/admin/listings")
	@Tag(name = "Admin")
	@Operation(operationId = "feedListing", summary = "Create or update a listing",
			description = "Admins (the marketplace's catalogue): creates a listing (201) or replaces it (200). "
					+ "The optional image URL must be https; Parley's pages never load it.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListingJson.class)))
	@ApiResponse(responseCode = "200", description = "Replaced",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListingJson.class)))
	ResponseEntity<ListingJson> feed(Caller caller, @Valid @RequestBody ListingFeed request) {
		Account seller = this.accounts.find(AccountId.of(request.sellerId()))
			.filter((account) -> account.is(Role.SELLER))
			.orElseThrow(() -> new BadRequestException("SELLER_UNKNOWN", "no seller " + request.sellerId()));
		Listing listing;
		try {
			listing = new Listing(request.listingId(), seller.id(), request.title(), request.imageUrl(),
					this.clock.instant());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("LISTING_INVALID", ex.getMessage());
		}
		boolean created = this.listings.save(listing);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ListingJson.of(listing, seller));
	}

	@GetMapping(ApiSecurityConfiguration.API + "/listings/{listingId}")
	@Operation(operationId = "getListing", summary = "Get a listing",
			description = "Buyers and sellers: a listing from the catalogue feed, with its seller.")
	ListingJson listing(Caller caller, @PathVariable String listingId) {
		Listing listing = this.listings.find(listingId).orElseThrow(() -> new NotFoundException("listing"));
		Account seller = this.accounts.find(listing.seller())
			.orElseThrow(() -> new IllegalStateException("no seller " + listing.seller()));
		return ListingJson.of(listing, seller);
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

	/**
	 * A listing from the marketplace's catalogue.
	 *
	 * @param listingId the catalogue's id (letters, digits, {@code . _ -}; at most 40)
	 * @param sellerId the seller's account id
	 * @param title the product title
	 * @param imageUrl an https image URL, or null
	 */
	record ListingFeed(@NotBlank @Size(max = 40) String listingId, @NotNull @Min(1) Long sellerId,
			@NotBlank @Size(max = 500) String title, @Size(max = 2000) @Nullable String imageUrl) {
	}

	/**
	 * A listing.
	 *
	 * @param listingId the catalogue's id
	 * @param sellerId the seller
	 * @param sellerName the seller's display name
	 * @param title the product title
	 * @param imageUrl the image URL the catalogue gave, or null
	 * @param updatedAt when the catalogue last reported it
	 */
	record ListingJson(String listingId, long sellerId, String sellerName, String title, @Nullable String imageUrl,
			Instant updatedAt) {

		static ListingJson of(Listing listing, Account seller) {
			return new ListingJson(listing.id(), seller.id().value(), seller.displayName(), listing.title(),
					listing.imageUrl(), listing.updatedAt());
		}

	}

}
