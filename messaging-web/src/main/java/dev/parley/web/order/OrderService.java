package dev.parley.web.order;

import java.util.List;
import java.util.Optional;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.BadRequestException;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders for their parties and admins, the order feed, and the actions available on an
 * order. Availability comes from the thread model that decides the send, so pages and API
 * never disagree with what a send would do.
 */
@Service
public class OrderService {

	private final Orders orders;

	private final Accounts accounts;

	private final Conversations conversations;

	private final MessagingService messaging;

	OrderService(Orders orders, Accounts accounts, Conversations conversations, MessagingService messaging) {
		this.orders = orders;
		this.accounts = accounts;
		this.conversations = conversations;
		this.messaging = messaging;
	}

	/**
	 * The caller's orders, newest first.
	 * @param caller a buyer (orders bought) or seller (orders sold)
	 * @param after the last order of the previous page, or null
	 * @param limit page size
	 * @return the orders
	 */
	@Transactional(readOnly = true)
	public List<Order> orders(Caller caller, @Nullable OrderId after, int limit) {
		if (caller.is(Role.ADMIN)) {
			throw new BadRequestException("PARTIES_ONLY", "admins look orders up by id");
		}
		return this.orders.page(caller.id(), caller.role(), after, limit);
	}

	/**
	 * One order.
	 * @param caller its buyer or seller, or an admin
	 * @param id the order
	 * @return the order
	 * @throws NotFoundException for anybody else
	 */
	@Transactional(readOnly = true)
	public Order order(Caller caller, OrderId id) {
		Order found = this.orders.find(id)
			.filter((order) -> caller.is(Role.ADMIN) || order.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("order"));
		caller.require(Permission.READ_MESSAGES);
		return found;
	}

	@Transactional(readOnly = true)
	public boolean exists(OrderId id) {
		return this.orders.find(id).isPresent();
	}

	/**
	 * The order's thread, when one exists.
	 * @param order the order
	 * @return its thread's state
	 */
	@Transactional(readOnly = true)
	public Optional<ThreadSummary> thread(Order order) {
		return this.conversations.find(new ThreadKey(order.buyer(), order.seller(), order.id()));
	}

	/**
	 * Creates or updates an order from the marketplace's order system.
	 * @param order the order
	 * @return the stored order
	 * @throws BadRequestException when the parties are not a buyer and a seller, or an
	 * existing order would change hands
	 */
	@Transactional
	public Order save(Order order) {
		requireRole(order.buyer().value(), Role.BUYER, "buyer");
		requireRole(order.seller().value(), Role.SELLER, "seller");
		try {
			return this.orders.save(order);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("ORDER_PARTIES_CHANGED", ex.getMessage());
		}
	}

	/**
	 * Which actions the caller may use on the order now, each unavailable one explained:
	 * the thread model's answer, the same the send would give (no rules run on any text).
	 * @param caller the order's buyer or seller
	 * @param id the order
	 * @return one entry per action of the caller's role
	 */
	@Transactional(readOnly = true)
	public List<ActionAvailability> messagingActions(Caller caller, OrderId id) {
		Order order = this.orders.find(id)
			.filter((candidate) -> candidate.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("order"));
		return messagingActions(caller, order);
	}

	/**
	 * Which actions the caller may use on an order already loaded (a page that has it).
	 * @param caller the order's buyer or seller
	 * @param order the order
	 * @return one entry per action of the caller's role
	 */
	@Transactional(readOnly = true)
	public List<ActionAvailability> messagingActions(Caller caller, Order order) {
		return this.messaging.actionsForOrder(caller, order).stream().map(ActionAvailability::of).toList();
	}

	private void requireRole(long accountId, Role role, String what) {
		Optional<Account> account = this.accounts.find(dev.parley.core.account.AccountId.of(accountId));
		if (account.isEmpty() || !account.get().is(role)) {
			throw new BadRequestException("ORDER_PARTY_INVALID",
					"the order's " + what + " is not a " + what + " account");
		}
	}

}
