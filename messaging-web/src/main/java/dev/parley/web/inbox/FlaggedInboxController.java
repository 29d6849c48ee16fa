package dev.parley.web.inbox;

import dev.parley.core.inbox.InboxPage;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' "flagged" inbox as a page: the threads with open flags, newest activity
 * first, searchable like any inbox (the trust-and-safety queue groups the same flags per
 * case). Here rather than with the other admin pages, so that moderation does not depend
 * on the inbox, which shows moderation's notices.
 */
@Controller
class FlaggedInboxController {

	static final String VIEW = "admin/flagged";

	static final int PAGE_SIZE = 25;

	private final InboxService inbox;

	FlaggedInboxController(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/admin/flagged")
	String flagged(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		InboxPage page = this.inbox.page(caller, "flagged", q, null, null, cursor, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("q", (q != null) ? q : "");
		return VIEW;
	}

}
