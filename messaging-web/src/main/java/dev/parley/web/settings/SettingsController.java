package dev.parley.web.settings;

import java.util.List;

import dev.parley.core.account.SellerSettings;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.AssignmentService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seller's messaging settings (the "Buyer messages" notification switch and address;
 * the messaging status is shown, never changed here) and a buyer's communication
 * preferences (opt-out of non-essential seller messages).
 */
@Controller
class SettingsController {

	static final String SELLER_VIEW = "settings/seller";

	static final String BUYER_VIEW = "settings/buyer";

	private final SettingsService settings;

	private final MessageSource messages;

	private final AssignmentService assignments;

	SettingsController(SettingsService settings, MessageSource messages, AssignmentService assignments) {
		this.settings = settings;
		this.messages = messages;
		this.assignments = assignments;
	}

	@InitBinder({ "sellerSettings", "buyerSettings" })
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("status");
	}

	@GetMapping("/seller/settings")
	String seller(Caller caller, Model model) {
		SellerSettings current = this.settings.sellerSettings(caller);
		model.addAttribute("sellerSettings", new SellerSettingsForm(current.buyerMessagesEnabled(),
				(current.notificationEmail() != null) ? current.notificationEmail() : ""));
		model.addAttribute("status", current.status());
		model.addAttribute("assignmentSettings", this.assignments.settings(caller));
		return SELLER_VIEW;
	}

	@PostMapping("/seller/settings")
	String saveSeller(Caller caller, @Valid @ModelAttribute("sellerSettings") @Nullable SellerSettingsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form != null && !errors.hasErrors()) {
			try {
				this.settings.saveSellerSettings(caller, form.enabled(), form.notificationEmail());
				redirect.addFlashAttribute("flash", List.of(text("settings.saved")));
				return "redirect:/seller/settings";
			}
			catch (BadRequestException ex) {
				// the service's check of the address: shown on the form
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("sellerSettings", (form != null) ? form : new SellerSettingsForm(false, ""));
		model.addAttribute("status", this.settings.sellerSettings(caller).status());
		model.addAttribute("emailInvalid", true);
		model.addAttribute("assignmentSettings", this.assignments.settings(caller));
		return SELLER_VIEW;
	}

	@GetMapping("/buyer/settings")
	String buyer(Caller caller, Model model) {
		model.addAttribute("buyerSettings",
				new BuyerSettingsForm(this.settings.buyerSettings(caller).optOutNonEssential()));
		return BUYER_VIEW;
	}

	@PostMapping("/buyer/settings")
	String saveBuyer(Caller caller, @ModelAttribute("buyerSettings") @Nullable BuyerSettingsForm form,
			RedirectAttributes redirect) {
		this.settings.saveBuyerSettings(caller, form != null && form.optedOut());
		redirect.addFlashAttribute("flash", List.of(text("settings.saved")));
		return "redirect:/buyer/settings";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * A seller's notification settings.
	 *
	 * @param buyerMessagesEnabled the "Buyer messages" switch
	 * @param notificationEmail where notifications go (blank: the account's address)
	 */
	record SellerSettingsForm(@Nullable Boolean buyerMessagesEnabled,
			@Size(max = 320) @Nullable String notificationEmail) {

		boolean enabled() {
			return Boolean.TRUE.equals(this.buyerMessagesEnabled);
		}

	}

	/**
	 * A buyer's communication preferences.
	 *
	 * @param optOutNonEssential decline non-essential seller messages
	 */
	record BuyerSettingsForm(@Nullable Boolean optOutNonEssential) {

		boolean optedOut() {
			return Boolean.TRUE.equals(this.optOutNonEssential);
		}

	}

}
