package dev.parley.web.token;

import java.time.Clock;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seller's API tokens: create, list, revoke. Creating is POST, redirect, GET: the
 * secret travels to the one GET after the POST as a flash attribute (in the session only
 * until that GET reads it) and is shown there once, never cached; reloading that page
 * shows the list without it and creates nothing.
 */
@Controller
class TokenController {

	static final String VIEW = "token/tokens";

	private final ApiTokenService tokens;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	TokenController(ApiTokenService tokens, Accounts accounts, MessageSource messages, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	static final String ISSUED = "issued";

	@GetMapping("/seller/tokens")
	String list(Caller caller, Model model, HttpServletResponse response) {
		IssuedToken issued = (model.getAttribute(ISSUED) instanceof IssuedToken token) ? token : null;
		if (issued != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		return render(caller, issued, null, model);
	}

	@PostMapping("/seller/tokens")
	String create(Caller caller, @Valid @ModelAttribute("newToken") @Nullable TokenForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(caller, null, "tokens.invalid", model);
		}
		Account account = this.accounts.find(caller.id()).orElseThrow(() -> new NotFoundException("account"));
		IssuedToken issued;
		try {
			issued = this.tokens.issue(account, caller.member(), form.name());
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(caller, null, "tokens.tooMany", model);
		}
		redirect.addFlashAttribute(ISSUED, issued);
		return "redirect:/seller/tokens";
	}

	@PostMapping("/seller/tokens/{tokenId}/revoke")
	String revoke(Caller caller, @PathVariable String tokenId, RedirectAttributes redirect) {
		long id;
		try {
			id = Long.parseLong(tokenId);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("token");
		}
		if (!this.tokens.revoke(caller, id)) {
			throw new NotFoundException("token");
		}
		redirect.addFlashAttribute("flash",
				List.of(this.messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale())));
		return "redirect:/seller/tokens";
	}

	private String render(Caller caller, @Nullable IssuedToken issued, @Nullable String error, Model model) {
		model.addAttribute("tokens", this.tokens.list(caller));
		model.addAttribute("issued", issued);
		model.addAttribute("error", error);
		model.addAttribute("now", this.clock.instant());
		return VIEW;
	}

	/**
	 * A new token's label.
	 *
	 * @param name what the seller calls it
	 */
	record TokenForm(@Size(max = 100) @Nullable String name) {
	}

}
