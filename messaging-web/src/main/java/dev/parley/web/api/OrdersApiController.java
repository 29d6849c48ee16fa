package dev.parley.web.api;

import java.util.List;
import java.util.Locale;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.order.ActionAvailability;
import dev.parley.web.order.OrderService;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: the caller's orders, one order, the actions available on it, and the messages
 * that start or continue its thread.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.API + "/orders")
class OrdersApiController {

	private final OrderService orders;

	private final MessagingService messaging;

	private final Accounts accounts;

	private final IdempotentSends sends;

	private final Explanations explanations;

	OrdersApiController(OrderService orders, MessagingService messaging, Accounts accounts, IdempotentSends sends,
			Explanations explanations) {
		this.orders = orders;
		this.messaging = messaging;
		this.accounts = accounts;
		this.sends = sends;
		this.explanations = explanations;
	}

	@GetMapping
	OrderPage list(Caller caller, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		int size = Paging.limit(limit);
		OrderId after = (cursor != null && !cursor.isBlank()) ? Ids.order(cursor) : null;
		List<Order> page = this.orders.orders(caller, after, size);
		String next = (page.size() == size) ? page.get(page.size() - 1).id().value() : null;
		return new OrderPage(page.stream().map(this::json).toList(), next);
	}

	@GetMapping("/{orderId}")
	OrderJson one(Caller caller, @PathVariable String orderId) {
		return json(this.orders.order(caller, Ids.order(orderId)));
	}

	@GetMapping("/{orderId}/messaging-actions")
	ActionsJson actions(Caller caller, @PathVariable String orderId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ActionJson> actions = this.orders.messagingActions(caller, Ids.order(orderId))
			.stream()
			.map((availability) -> ActionJson.of(availability, this.explanations, locale))
			.toList();
		return new ActionsJson(orderId, actions);
	}

	@PostMapping("/{orderId}/messages")
	ResponseEntity<?> send(Caller caller, @PathVariable String orderId,
			@RequestHeader(name = IdempotentSends.HEADER, required = false) @Nullable String key,
			@Valid @RequestBody SendJson.Request request) {
		OrderId id = Ids.order(orderId);
		return this.sends.send(caller, key, List.of("POST /orders/" + orderId + "/messages", request),
				() -> this.messaging.sendToOrder(caller, id, request.toCompose()));
	}

	@PostMapping("/{orderId}/review-request")
	ResponseEntity<?> requestReview(Caller caller, @PathVariable String orderId,
			@RequestHeader(name = IdempotentSends.HEADER, required = false) @Nullable String key) {
		OrderId id = Ids.order(orderId);
		return this.sends.send(caller, key, List.of("POST /orders/" + orderId + "/review-request"),
				() -> this.messaging.requestReview(caller, id));
	}

	private OrderJson json(Order order) {
		return OrderJson.of(order, account(order.buyer()), account(order.seller()));
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

	/**
	 * A page of orders.
	 *
	 * @param items the orders, newest first
	 * @param nextCursor the cursor of the next page, or null
	 */
	record OrderPage(List<OrderJson> items, @Nullable String nextCursor) {
	}

	/**
	 * The actions of an order.
	 *
	 * @param orderId the order
	 * @param actions one per action of the caller's role
	 */
	record ActionsJson(String orderId, List<ActionJson> actions) {
	}

	/**
	 * One action's availability.
	 *
	 * @param action the action
	 * @param critical sent with {@code [Important]}
	 * @param proactive a message of it would answer no awaiting buyer message
	 * @param available usable now (the text may still be refused)
	 * @param delivery what a send of it would store: {@code DELIVERED} or
	 * {@code NOT_DELIVERED_OPTED_OUT}
	 * @param reasons why not (and {@code BUYER_OPTED_OUT} for withheld ones), each with a
	 * code and an explanation
	 */
	record ActionJson(String action, boolean critical, boolean proactive, boolean available, String delivery,
			List<ReasonJson> reasons) {

		static ActionJson of(ActionAvailability availability, Explanations explanations, Locale locale) {
			return new ActionJson(availability.action().name(), availability.critical(), availability.proactive(),
					availability.available(), availability.delivery().name(),
					availability.reasons()
						.stream()
						.map((reason) -> new ReasonJson(reason.code(),
								explanations.text(reason.messageKey(), reason.arguments(), locale)))
						.toList());
		}

	}

	/**
	 * A reason.
	 *
	 * @param code stable code
	 * @param message explanation in the caller's language
	 */
	record ReasonJson(String code, String message) {
	}

}
