package dev.parley.web.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Sender;
import dev.parley.core.inbox.InboxAssignment;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.inbox.InboxSort;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.page.DueTime;
import dev.parley.web.page.ViewerZone;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.settings.SettingsService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox pages: a seller's "Buyer messages" (filters with counts, search, date range,
 * cursor paging, work on selected threads) and "Platform notices" tabs, and a buyer's
 * messages. One inbox query per page; the counts come with it. A date range that cannot
 * be used is explained next to the fields, and the inbox is shown without it.
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

	private final InboxBulk bulk;

	private final SettingsService settings;

	private final ModerationService moderation;

	private final MessageSource messages;

	private final Clock clock;

	private final InboxRowsHtml rowsHtml;

	InboxController(InboxService inbox, InboxBulk bulk, SettingsService settings, ModerationService moderation,
			MessageSource messages, Clock clock, InboxRowsHtml rowsHtml) {
		this.inbox = inbox;
		this.bulk = bulk;
		this.settings = settings;
		this.moderation = moderation;
		this.messages = messages;
		this.clock = clock;
		this.rowsHtml = rowsHtml;
	}

	/*
	 * The search text is read from the request, not bound: binding refuses what InputText
	 * refuses before the handler runs (a 404 here), and a search the inbox cannot take is
	 * answered with the inbox and an inline error instead.
	 */

	@GetMapping("/seller/inbox")
	String seller(Caller caller, @RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String back,
			@RequestParam(required = false) @Nullable Long before,
			@RequestParam(required = false) @Nullable String assigned, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String q = request.getParameter("q");
		model.addAttribute("buyerMessagesEnabled", this.settings.sellerSettings(caller).buyerMessagesEnabled());
		if ("notices".equals(tab)) {
			List<PlatformNotice> notices = this.moderation.notices(caller, before, NOTICES_PER_PAGE);
			model.addAttribute("notices", notices);
			model.addAttribute("nextBefore",
					(notices.size() == NOTICES_PER_PAGE) ? notices.get(notices.size() - 1).id() : null);
			model.addAttribute("counts", this.inbox.counts(caller));
			model.addAttribute("standing", this.moderation.ownStanding(caller));
			model.addAttribute("appealAction", "/seller/appeals");
			model.addAttribute("noticesPage", true);
			if (before == null && !notices.isEmpty()) {
				this.moderation.markNoticesRead(caller, notices.get(0).id());
			}
			return NOTICES_VIEW;
		}
		return page(caller, "seller", SELLER_FILTERS, filter, sort, q, from, to, cursor, back, assigned, model,
				response);
	}

	@GetMapping("/buyer/inbox")
	String buyer(Caller caller, @RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String back, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return page(caller, "buyer", BUYER_FILTERS, filter, sort, request.getParameter("q"), from, to, cursor, back,
				null, model, response);
	}

	/**
	 * Works on the threads selected on an inbox page, then shows that page again.
	 */
	@PostMapping({ "/seller/inbox/bulk", "/buyer/inbox/bulk" })
	String bulk(Caller caller, @RequestParam(name = "thread", required = false) @Nullable List<String> threads,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String assigned, RedirectAttributes redirect) {
		InboxBulk.Outcome outcome = this.bulk.apply(caller, InboxBulk.Action.ofParameter(action),
				(threads != null) ? threads : List.of());
		if (outcome.changed() > 0) {
			redirect.addFlashAttribute("flash", List.of(text(outcome.messageKey(), outcome.changed())));
		}
		if (outcome.selected() == 0 || outcome.changed() < outcome.selected()) {
			redirect.addFlashAttribute("flashWarn",
					List.of(text((outcome.selected() == 0) ? "inbox.bulk.none" : "inbox.bulk.unchanged",
							outcome.selected() - outcome.changed())));
		}
		String area = caller.is(Role.SELLER) ? "seller" : "buyer";
		UriComponentsBuilder back = UriComponentsBuilder.fromPath("/" + area + "/inbox");
		addIfPresent(back, "filter", filter);
		addIfPresent(back, "sort", sort);
		addIfPresent(back, "q", q);
		addIfPresent(back, "from", from);
		addIfPresent(back, "to", to);
		addIfPresent(back, "assigned", assigned);
		return "redirect:" + back.encode().build().toUriString();
	}

	private String page(Caller caller, String area, List<InboxFilter> filters, @Nullable String filter,
			@Nullable String sort, @Nullable String q, @Nullable String from, @Nullable String to,
			@Nullable String cursor, @Nullable String back, @Nullable String assigned, Model model,
			HttpServletResponse response) {
		String rangeError = null;
		String searchError = null;
		if (q != null && InboxService.searchProblem(q) != null) {
			// The inbox without the search, and the reason next to the search box.
			searchError = "inbox.search.invalid";
			q = null;
			cursor = null;
			back = null;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		InboxPage page;
		try {
			page = this.inbox.page(caller, filter, sort, q, from, to, cursor, InboxQuery.DEFAULT_LIMIT,
					ViewerZone.current(), assigned);
		}
		catch (BadRequestException ex) {
			if (!InboxService.RANGE_REVERSED.equals(ex.code()) && !InboxService.DATE_INVALID.equals(ex.code())) {
				throw ex;
			}
			// The inbox without the range, and the reason next to the date fields.
			rangeError = InboxService.RANGE_REVERSED.equals(ex.code()) ? "inbox.range.reversed" : "inbox.range.invalid";
			page = this.inbox.page(caller, filter, sort, q, null, null, null, InboxQuery.DEFAULT_LIMIT,
					ViewerZone.current(), assigned);
			cursor = null;
			back = null;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Instant now = this.clock.instant();
		InboxFilter current = InboxFilter.ofParameter(filter);
		boolean seller = caller.is(Role.SELLER);
		model.addAttribute("area", area);
		model.addAttribute("seller", seller);
		model.addAttribute("filters", filters);
		model.addAttribute("filter", current);
		model.addAttribute("sorts", InboxSort.choicesFor(current));
		model.addAttribute("sort", InboxService.sort(sort, current));
		model.addAttribute("results", page.results());
		InboxAssignment assignment = InboxService.assignment(caller, assigned);
		model.addAttribute("assigned", (assignment != null) ? assignment.parameter() : "");
		model.addAttribute("narrowed", assignment != null || (q != null && !q.isBlank())
				|| (rangeError == null && ((from != null && !from.isBlank()) || (to != null && !to.isBlank()))));
		model.addAttribute("counts", page.counts());
		List<Row> rows = page.items()
			.stream()
			.map((item) -> new Row(item, DueTime.of(item.dueAt(), now), State.of(item, seller)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("rowsHtml", this.rowsHtml.html(rows, seller, area));
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("from", (from != null) ? from : "");
		model.addAttribute("to", (to != null) ? to : "");
		model.addAttribute("rangeError", rangeError);
		model.addAttribute("searchError", searchError);
		boolean firstPage = cursor == null || cursor.isBlank();
		model.addAttribute("firstPage", firstPage);
		Trail trail = Trail.of(firstPage ? null : back);
		model.addAttribute("nextBack", trail.forward(firstPage ? null : cursor));
		model.addAttribute("prevCursor", firstPage ? null : trail.previousCursor());
		model.addAttribute("prevBack", trail.backward());
		model.addAttribute("bulkActions", InboxBulk.Action.forRole(caller.role()));
		return VIEW;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

	/**
	 * One inbox row.
	 *
	 * @param item the thread's inbox entry
	 * @param due the answer's due time, or null when nothing awaits
	 * @param state what the row says the thread's state is
	 */
	record Row(InboxItem item, @Nullable DueTime due, State state) {

		/**
		 * Whether the viewer wrote the last message.
		 * @param seller whether the viewer is the seller
		 * @return true when the viewer's side wrote last
		 */
		public boolean lastByViewer(boolean seller) {
			return this.item.lastSender() == (seller ? Sender.SELLER : Sender.BUYER);
		}

		/**
		 * Who wrote the last message, as the row names them.
		 * @param seller whether the viewer is the seller
		 * @return {@code you}, {@code them} (the counterpart) or {@code system}
		 */
		public String lastWriter(boolean seller) {
			if (lastByViewer(seller)) {
				return "you";
			}
			return (this.item.lastSender() == Sender.SYSTEM) ? "system" : "them";
		}

	}

	/**
	 * The cursors of the pages before the current one, carried in the links (the keyset
	 * cursor only goes forward): "Next" adds the current page, "Previous" goes to the
	 * last one. {@value #FIRST} stands for the first page; at most {@value #MAX} are kept
	 * (older pages stay reachable through "First page").
	 *
	 * @param cursors oldest first
	 */
	record Trail(List<String> cursors) {

		static final String FIRST = "0";

		static final String SEPARATOR = "~";

		static final int MAX = 20;

		static Trail of(@Nullable String back) {
			if (back == null || back.isBlank()) {
				return new Trail(List.of());
			}
			List<String> cursors = List.of(back.split(SEPARATOR, -1));
			return new Trail(cursors.subList(Math.max(0, cursors.size() - MAX), cursors.size()));
		}

		/** The trail for the next page's link, given the current page's cursor. */
		String forward(@Nullable String current) {
			List<String> next = new java.util.ArrayList<>(this.cursors);
			next.add((current != null && !current.isBlank()) ? current : FIRST);
			return String.join(SEPARATOR, next.subList(Math.max(0, next.size() - MAX), next.size()));
		}

		/** The previous page's cursor: empty for the first page, null when unknown. */
		@Nullable String previousCursor() {
			if (this.cursors.isEmpty()) {
				return "";
			}
			String last = this.cursors.get(this.cursors.size() - 1);
			return FIRST.equals(last) ? "" : last;
		}

		/** The trail for the previous page's link. */
		String backward() {
			return String.join(SEPARATOR, this.cursors.subList(0, Math.max(0, this.cursors.size() - 1)));
		}

	}

	/**
	 * A thread's state at a glance, as its row shows it.
	 */
	enum State {

		/** A buyer message awaits the seller's answer. */
		AWAITING_YOU,
		/** The buyer waits for the seller (the buyer's view). */
		AWAITING_SELLER,
		/** The seller wrote last. */
		ANSWERED,
		/** The buyer wrote last and the seller marked it as needing no answer. */
		NO_RESPONSE_NEEDED,
		/**
		 * The last thing in the thread is a note only the seller sees (e.g. not
		 * delivered).
		 */
		WITHHELD;

		static State of(InboxItem item, boolean seller) {
			if (item.dueAt() != null) {
				return seller ? AWAITING_YOU : AWAITING_SELLER;
			}
			if (item.lastSender() == Sender.SYSTEM) {
				return seller ? WITHHELD : ANSWERED;
			}
			if (item.lastSender() == Sender.BUYER) {
				return seller ? NO_RESPONSE_NEEDED : AWAITING_SELLER;
			}
			return ANSWERED;
		}

		public String cssClass() {
			return "state-" + name().toLowerCase().replace('_', '-');
		}

	}

}
