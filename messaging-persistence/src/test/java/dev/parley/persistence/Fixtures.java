package dev.parley.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.ThreadChange;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data through the real ports: accounts, orders, threads and messages, each write in
 * a transaction of its own.
 */
@Component
public class Fixtures {

	public final Accounts accounts;

	public final Orders orders;

	public final Conversations conversations;

	public final TransactionTemplate tx;

	public Fixtures(Accounts accounts, Orders orders, Conversations conversations, TransactionTemplate tx) {
		this.accounts = accounts;
		this.orders = orders;
		this.conversations = conversations;
		this.tx = tx;
	}

	public Account seller(String name) {
		return account(name, Role.SELLER, false);
	}

	public Account buyer(String name) {
		return account(name, Role.BUYER, false);
	}

	public Account businessBuyer(String name) {
		return account(name, Role.BUYER, true);
	}

	public Account admin(String name) {
		return account(name, Role.ADMIN, false);
	}

	private Account account(String name, Role role, boolean business) {
		String email = name.replaceAll("[^A-Za-z]", "").toLowerCase() + "-" + UUID.randomUUID() + "@parley.test";
		return this.accounts.register(new Accounts.Registration(email, name, "{noop}x", role, Language.EN, business));
	}

	public Order order(Account buyer, Account seller, Instant placedAt) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String id = String.format("%03d-%07d-%07d", random.nextInt(1000), random.nextInt(10_000_000),
				random.nextInt(10_000_000));
		return this.orders.save(new Order(OrderId.of(id), buyer.id(), seller.id(),
				List.of(new LineItem("Walnut desk organizer", 1, null)), placedAt, null, null));
	}

	public ThreadId thread(Account buyer, Account seller, @Nullable Order order, String subject, Instant at) {
		return inTx(() -> this.conversations
			.lockOrCreate(new ThreadKey(buyer.id(), seller.id(), (order != null) ? order.id() : null), subject, at)
			.id());
	}

	/**
	 * Appends a message with the change the thread model would decide for it: a buyer
	 * message awaits an answer, a seller message that is not proactive answers, a
	 * withheld one is the seller's only, a system note changes nothing.
	 */
	public Message append(ThreadId thread, NewMessage message) {
		return inTx(() -> {
			ThreadSummary summary = this.conversations.lock(thread).orElseThrow();
			Instant at = (summary.messageCount() > 0 && message.sentAt().isBefore(summary.lastActivityAt()))
					? summary.lastActivityAt() : message.sentAt();
			NewMessage dated = new NewMessage(message.sender(), message.author(), message.action(), message.topic(),
					message.subject(), message.html(), message.text(), message.attachments(), at, message.delivery(),
					message.important(), message.proactive(), message.redactions());
			Instant awaiting = summary.awaitingSince();
			ThreadChange change = switch (message.sender()) {
				case BUYER -> new ThreadChange(Visibility.BOTH, (awaiting != null) ? awaiting : at, null, false);
				case SELLER -> message.proactive()
						? new ThreadChange(visibility(message), awaiting, null,
								message.action() == Action.REQUEST_REVIEW)
						: new ThreadChange(visibility(message), null,
								(awaiting != null) ? new ThreadChange.Answer(awaiting, at) : null, false);
				case SYSTEM -> ThreadChange.note(awaiting);
			};
			return this.conversations.append(thread, dated, change);
		});
	}

	private static Visibility visibility(NewMessage message) {
		return (message.delivery() == Delivery.DELIVERED) ? Visibility.BOTH : Visibility.SELLER;
	}

	public Message buyerWrites(ThreadId thread, Account buyer, String text, Instant at) {
		return append(thread, buyerMessage(buyer, "Question", text, at, List.of()));
	}

	public Message sellerWrites(ThreadId thread, Account seller, String text, Instant at) {
		return append(thread, sellerMessage(seller, Action.REPLY, text, at, false, Delivery.DELIVERED));
	}

	public static NewMessage buyerMessage(Account buyer, String subject, String text, Instant at,
			List<AttachmentId> attachments) {
		return new NewMessage(Sender.BUYER, buyer.id(), Action.BUYER_QUESTION, Topic.OTHER, subject,
				"<p>" + text + "</p>", text, attachments, at, Delivery.DELIVERED, false, false, List.of());
	}

	public static NewMessage sellerMessage(Account seller, Action action, String text, Instant at, boolean proactive,
			Delivery delivery) {
		return new NewMessage(Sender.SELLER, seller.id(), action, null, action.isCritical() ? "[Important] Re" : "Re",
				"<p>" + text + "</p>", text, List.of(), at, delivery, action.isCritical(), proactive, List.of());
	}

	public static NewMessage systemNote(String text, Instant at) {
		return new NewMessage(Sender.SYSTEM, null, Action.SYSTEM_NOTE, null, "Not delivered", "<p>" + text + "</p>",
				text, List.of(), at, Delivery.DELIVERED, false, false, List.of());
	}

	public <T> T inTx(Supplier<T> work) {
		return this.tx.execute((status) -> work.get());
	}

	public void run(Runnable work) {
		this.tx.executeWithoutResult((status) -> work.run());
	}

	public static AccountId id(Account account) {
		return account.id();
	}

}
