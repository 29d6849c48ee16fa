package dev.parley.web.moderation;

import java.util.List;

import dev.parley.core.account.Role;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buyer's notices page (a seller's are the inbox's "Platform notices" tab), and the
 * appeal of a warning or suspension from either.
 */
@Controller
class NoticesController {

	static final String BUYER_NOTICES_VIEW = "inbox/buyer-notices";

	static final int PAGE_SIZE = 25;

	private final ModerationService moderation;

	private final MessageSource messages;

	NoticesController(ModerationService moderation, MessageSource messages) {
		this.moderation = moderation;
		this.messages = messages;
	}

	@GetMapping("/buyer/notices")
	String buyer(Caller caller, @RequestParam(required = false) @Nullable Long before, Model model) {
		List<PlatformNotice> notices = this.moderation.notices(caller, before, PAGE_SIZE);
		model.addAttribute("notices", notices);
		model.addAttribute("nextBefore", (notices.size() == PAGE_SIZE) ? notices.get(notices.size() - 1).id() : null);
		model.addAttribute("standing", this.moderation.ownStanding(caller));
		model.addAttribute("appealAction", "/buyer/appeals");
		if (before == null && !notices.isEmpty()) {
			this.moderation.markNoticesRead(caller, notices.get(0).id());
		}
		return BUYER_NOTICES_VIEW;
	}

	@PostMapping({ "/buyer/appeals", "/seller/appeals" })
	String appeal(Caller caller, @RequestParam(required = false) @Nullable Long decisionId,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
		String back = caller.is(Role.SELLER) ? "redirect:/seller/inbox?tab=notices" : "redirect:/buyer/notices";
		if (decisionId == null || text == null || text.isBlank()
				|| text.strip().length() > ModerationService.MAX_APPEAL_LENGTH) {
			redirect.addFlashAttribute("appealError", "notices.appeal.invalid");
			return back;
		}
		try {
			this.moderation.appeal(caller, decisionId, text);
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("appealError", "notices.appeal.refused");
			return back;
		}
		redirect.addFlashAttribute("flash",
				List.of(this.messages.getMessage("notices.appeal.sent", null, LocaleContextHolder.getLocale())));
		return back;
	}

}
