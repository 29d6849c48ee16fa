package dev.parley.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.settings.SettingsService;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messaging settings: buyers' opt-out, sellers' notification switch and address.
 */
@RestController
@Tag(name = "Settings")
class SettingsApiController {

	private final SettingsService settings;

	SettingsApiController(SettingsService settings) {
		this.settings = settings;
	}

	@GetMapping(ApiSecurityConfiguration.API + "/settings/messaging")
	@Operation(operationId = "getMessagingSettings", summary = "Messaging settings",
			description = "Buyers: the opt-out of non-essential messages; sellers: the notification switch and address, and the messaging status.")
	SettingsJson get(Caller caller) {
		return caller.is(Role.BUYER) ? SettingsJson.of(this.settings.buyerSettings(caller))
				: SettingsJson.of(this.settings.sellerSettings(caller));
	}

	@PutMapping(ApiSecurityConfiguration.API + "/settings/messaging")
	@Operation(operationId = "updateMessagingSettings", summary = "Change messaging settings",
			description = "Buyers send optOutNonEssential; sellers send buyerMessagesEnabled and notificationEmail.")
	SettingsJson put(Caller caller, @RequestBody SettingsJson request) {
		if (caller.is(Role.BUYER)) {
			if (request.optOutNonEssential() == null) {
				throw new BadRequestException("FIELD_REQUIRED", "optOutNonEssential is required");
			}
			return SettingsJson.of(this.settings.saveBuyerSettings(caller, request.optOutNonEssential()));
		}
		if (request.buyerMessagesEnabled() == null) {
			throw new BadRequestException("FIELD_REQUIRED", "buyerMessagesEnabled is required");
		}
		return SettingsJson
			.of(this.settings.saveSellerSettings(caller, request.buyerMessagesEnabled(), request.notificationEmail()));
	}

	/**
	 * Settings; buyers use the first field, sellers the others.
	 *
	 * @param optOutNonEssential buyer: decline non-essential seller messages
	 * @param buyerMessagesEnabled seller: email notifications of buyer messages
	 * @param notificationEmail seller: where they go
	 * @param messagingStatus seller: ACTIVE, WARNED or SUSPENDED (read-only)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SettingsJson(@Nullable Boolean optOutNonEssential, @Nullable Boolean buyerMessagesEnabled,
			@Nullable String notificationEmail, @Nullable String messagingStatus) {

		static SettingsJson of(BuyerSettings settings) {
			return new SettingsJson(settings.optOutNonEssential(), null, null, null);
		}

		static SettingsJson of(SellerSettings settings) {
			return new SettingsJson(null, settings.buyerMessagesEnabled(), settings.notificationEmail(),
					settings.status().name());
		}

	}

}
