package dev.parley.web.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Role;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.page.DueTime;
import dev.parley.web.platform.Caller;
import dev.parley.web.settings.SettingsService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox pages: a seller's "Buyer messages" (filters with counts, search, date range,
 * cursor paging) and "Platform notices" tabs, and a buyer's messages. One inbox query per
 * page; the counts come with it.
 */
@Controller
class InboxController {

	static final String VIEW = "inbox/inbox";

	static final String NOTICES_VIEW = "inbox/notices";

	static final List<InboxFilter> SELLER_FILTERS = List.of(InboxFilter.UNREAD, InboxFilter.SENT,
			InboxFilter.NEEDS_RESPONSE, InboxFilter.COMPANY, InboxFilter.ALL);

	static final List<InboxFilter> BUYER_FILTERS = List.of(InboxFilter.ALL, InboxFilter.UNREAD, InboxFilter.SENT);

	private static final int NOTICES_PER_PAGE = 25;

	private final InboxService inbox;

	private final SettingsService settings;

	private final ModerationService moderation;

	private final Clock clock;

	InboxController(InboxService inbox, SettingsService settings, ModerationService moderation, Clock clock) {
		this.inbox = inbox;
		this.settings = settings;
		this.moderation = moderation;
		this.clock = clock;
	}

	@GetMapping("/seller/inbox")
	String seller(Caller caller, @RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String filter, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		model.addAttribute("buyerMessagesEnabled", this.settings.sellerSettings(caller).buyerMessagesEnabled());
		if ("notices".equals(tab)) {
			List<PlatformNotice> notices = this.moderation.notices(caller, before, NOTICES_PER_PAGE);
			model.addAttribute("notices", notices);
			model.addAttribute("nextBefore",
					(notices.size() == NOTICES_PER_PAGE) ? notices.get(notices.size() - 1).id() : null);
			model.addAttribute("counts", this.inbox.counts(caller));
			return NOTICES_VIEW;
		}
		return page(caller, "seller", SELLER_FILTERS, filter, q, from, to, cursor, model);
	}

	@GetMapping("/buyer/inbox")
	String buyer(Caller caller, @RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		return page(caller, "buyer", BUYER_FILTERS, filter, q, from, to, cursor, model);
	}

	private String page(Caller caller, String area, List<InboxFilter> filters, @Nullable String filter,
			@Nullable String q, @Nullable String from, @Nullable String to, @Nullable String cursor, Model model) {
		InboxPage page = this.inbox.page(caller, filter, q, from, to, cursor, InboxQuery.DEFAULT_LIMIT);
		Instant now = this.clock.instant();
		InboxFilter current = InboxFilter.ofParameter(filter);
		model.addAttribute("area", area);
		model.addAttribute("seller", caller.is(Role.SELLER));
		model.addAttribute("filters", filters);
		model.addAttribute("filter", current);
		model.addAttribute("counts", page.counts());
		model.addAttribute("rows",
				page.items().stream().map((item) -> new Row(item, DueTime.of(item.dueAt(), now))).toList());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("from", (from != null) ? from : "");
		model.addAttribute("to", (to != null) ? to : "");
		model.addAttribute("firstPage", cursor == null || cursor.isBlank());
		return VIEW;
	}

	/**
	 * One inbox row.
	 *
	 * @param item the thread's inbox entry
	 * @param due the answer's due time, or null when nothing awaits
	 */
	record Row(InboxItem item, @Nullable DueTime due) {
	}

}
