package dev.parley.web.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.metrics.MetricsService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.page.Composer;
import dev.parley.web.page.Composer.Outcome;
import dev.parley.web.page.Composer.Refused;
import dev.parley.web.page.Composer.Sent;
import dev.parley.web.page.Explained;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.Caller;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Order pages: the caller's orders, and one order with "Contact buyer" (the seller's
 * allowed actions only, each unavailable one explained, and "Request a review") or
 * "Contact seller" (topic, message, attachments).
 */
@Controller
class OrderController {

	static final String LIST_VIEW = "order/orders";

	static final String VIEW = "order/order";

	static final int PAGE_SIZE = 25;

	private final OrderService orders;

	private final MessagingService messaging;

	private final Accounts accounts;

	private final Composer composer;

	private final Explained explained;

	private final MessageSource messages;

	private final MetricsService metrics;

	OrderController(OrderService orders, MessagingService messaging, Accounts accounts, Composer composer,
			Explained explained, MessageSource messages, MetricsService metrics) {
		this.metrics = metrics;
		this.orders = orders;
		this.messaging = messaging;
		this.accounts = accounts;
		this.composer = composer;
		this.explained = explained;
		this.messages = messages;
	}

	@InitBinder("contact")
	void contactBinder(WebDataBinder binder) {
		binder.setDisallowedFields("sender", "author", "delivery", "important", "proactive", "attachments");
	}

	@GetMapping({ "/seller/orders", "/buyer/orders" })
	String list(Caller caller, @RequestParam(required = false) @Nullable String after, Model model) {
		OrderId cursor = (after != null && OrderId.isValid(after)) ? OrderId.of(after) : null;
		List<Order> page = this.orders.orders(caller, cursor, PAGE_SIZE);
		Map<AccountId, String> names = new HashMap<>();
		for (Order order : page) {
			AccountId counterpart = caller.is(Role.SELLER) ? order.buyer() : order.seller();
			names.computeIfAbsent(counterpart, (id) -> account(id).displayName());
		}
		model.addAttribute("area", area(caller));
		model.addAttribute("seller", caller.is(Role.SELLER));
		model.addAttribute("orders", page);
		model.addAttribute("names", names);
		model.addAttribute("next", (page.size() == PAGE_SIZE) ? page.get(page.size() - 1).id().value() : null);
		model.addAttribute("firstPage", cursor == null);
		return LIST_VIEW;
	}

	@GetMapping({ "/seller/orders/{orderId}", "/buyer/orders/{orderId}" })
	String show(Caller caller, @PathVariable String orderId, Model model) {
		return render(caller, this.orders.order(caller, Ids.order(orderId)), ContactForm.empty(), null, model);
	}

	@PostMapping({ "/seller/orders/{orderId}/messages", "/buyer/orders/{orderId}/messages" })
	String contact(Caller caller, @PathVariable String orderId,
			@Valid @ModelAttribute("contact") @Nullable ContactForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(name = "staged", required = false) @Nullable List<Long> staged, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Order order = this.orders.order(caller, Ids.order(orderId));
		if (errors.hasErrors() || form == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", errors.getFieldErrors().stream().map(FieldError::getField).toList());
			return render(caller, order, (form != null) ? form : ContactForm.empty(), null, model);
		}
		boolean seller = caller.is(Role.SELLER);
		if (seller && form.action() == null && !awaiting(order)) {
			// Nothing awaits an answer: the seller chooses what the message is for; a
			// missing choice never becomes a default action.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", List.of("action"));
			model.addAttribute("flashWarn", List.of(text("compose.action.required")));
			return render(caller, order, form, null, model);
		}
		Outcome outcome = this.composer.send(caller, files, staged,
				(attachments) -> this.messaging.sendToOrder(caller, order.id(), form.toCompose(seller, attachments)));
		if (outcome instanceof Sent sent) {
			return sent(caller, sent, redirect);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(caller, order, form, (Refused) outcome, model);
	}

	@PostMapping("/seller/orders/{orderId}/review-request")
	String requestReview(Caller caller, @PathVariable String orderId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Order order = this.orders.order(caller, Ids.order(orderId));
		SendResult result = this.messaging.requestReview(caller, order.id());
		if (result instanceof SendResult.Posted posted) {
			redirect.addFlashAttribute("flash", List.of(text("order.review.sent")));
			return "redirect:/seller/threads/" + posted.thread().value();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		Explained.Check check = this.explained.check(result.decision());
		return render(caller, order, ContactForm.empty(), new Refused(check.violations(), null), model);
	}

	/**
	 * The live check for a message to this order's thread.
	 * @param caller the order's buyer or seller
	 * @param orderId the order
	 * @param request the draft
	 * @return what a send would do
	 */
	@PostMapping(path = { "/seller/orders/{orderId}/check", "/buyer/orders/{orderId}/check" },
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Explained.Check check(Caller caller, @PathVariable String orderId, @Valid @RequestBody ContactForm request) {
		return this.explained.check(this.messaging
			.checkForOrder(caller, Ids.order(orderId), request.toCompose(caller.is(Role.SELLER), List.of()))
			.rules());
	}

	private String sent(Caller caller, Sent sent, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", List.of(text("thread.sent")));
		if (!sent.notes().isEmpty()) {
			redirect.addFlashAttribute("flashWarn", sent.notes());
		}
		return "redirect:/" + area(caller) + "/threads/" + sent.posted().thread().value() + "#latest";
	}

	private String render(Caller caller, Order order, ContactForm form, @Nullable Refused refused, Model model) {
		boolean seller = caller.is(Role.SELLER);
		model.addAttribute("area", area(caller));
		model.addAttribute("seller", seller);
		model.addAttribute("order", order);
		model.addAttribute("counterpart", account(seller ? order.buyer() : order.seller()));
		ThreadSummary thread = this.orders.thread(order).orElse(null);
		model.addAttribute("thread", thread);
		model.addAttribute("awaiting", thread != null && thread.isAwaitingResponse());
		model.addAttribute("contact", form);
		model.addAttribute("refused", refused);
		if (seller) {
			List<ActionChoice> choices = ActionChoice.of(this.orders.messagingActions(caller, order), this.explained);
			model.addAttribute("actions", choices);
			model.addAttribute("review",
					choices.stream()
						.filter((choice) -> choice.action() == Action.REQUEST_REVIEW)
						.findFirst()
						.orElse(null));
			model.addAttribute("canWrite", choices.stream()
				.anyMatch((choice) -> choice.selectable() && choice.action() != Action.REQUEST_REVIEW));
		}
		else {
			model.addAttribute("topics", Topic.values());
			model.addAttribute("canWrite", true);
			model.addAttribute("expectation",
					this.metrics.expectation(order.seller(), (thread != null) ? thread.awaitingSince() : null));
		}
		return VIEW;
	}

	private boolean awaiting(Order order) {
		return this.orders.thread(order).map(ThreadSummary::isAwaitingResponse).orElse(false);
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

	private static String area(Caller caller) {
		return caller.is(Role.SELLER) ? "seller" : "buyer";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
