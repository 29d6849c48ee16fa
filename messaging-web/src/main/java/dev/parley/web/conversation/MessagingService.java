package dev.parley.web.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Accounts.Parties;
import dev.parley.core.account.Role;
import dev.parley.core.alias.AliasPairs;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadChange;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.conversation.Topic;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.Moderation.ProactiveCounts;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.DraftAttachment;
import dev.parley.core.policy.Outcome;
import dev.parley.core.relay.Outbox;
import dev.parley.core.team.Assignments;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.core.thread.ActionOption;
import dev.parley.core.thread.Notification;
import dev.parley.core.thread.Outgoing;
import dev.parley.core.thread.SendDecision;
import dev.parley.core.thread.SystemNote;
import dev.parley.core.thread.ThreadModel;
import dev.parley.core.thread.Uploads;
import dev.parley.core.thread.ThreadState;
import dev.parley.web.conversation.SendResult.Posted;
import dev.parley.web.conversation.SendResult.Rejected;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.ForbiddenException;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Sends, replies, review requests, read marks, "No response needed" and reports, for
 * every channel. A send only orchestrates: it loads the thread's state under the thread's
 * lock, asks the {@link ThreadModel} what the send does, and stores exactly that
 * (message, attachments, thread change, system notes, outbox email, flags) in one
 * transaction. A refused send rolls back and stores nothing. The dry run and the list of
 * available actions ask the same model.
 */
@Service
public class MessagingService {

	private final Accounts accounts;

	private final Orders orders;

	private final Conversations conversations;

	private final Attachments attachments;

	private final Uploads uploads;

	private final Moderation moderation;

	private final Outbox outbox;

	private final AliasPairs aliases;

	private final ThreadModel model;

	private final Members members;

	private final Assignments assignments;

	private final MessagingTexts texts;

	private final Clock clock;

	MessagingService(Accounts accounts, Orders orders, Conversations conversations, Attachments attachments,
			Uploads uploads, Moderation moderation, Outbox outbox, AliasPairs aliases, ThreadModel model,
			Members members, Assignments assignments, MessagingTexts texts, Clock clock) {
		this.accounts = accounts;
		this.orders = orders;
		this.conversations = conversations;
		this.attachments = attachments;
		this.uploads = uploads;
		this.moderation = moderation;
		this.outbox = outbox;
		this.aliases = aliases;
		this.model = model;
		this.members = members;
		this.assignments = assignments;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Starts or continues the thread of an order.
	 * @param caller the order's buyer or seller
	 * @param orderId the order
	 * @param compose the message
	 * @return posted or rejected
	 * @throws NotFoundException when the order is not the caller's
	 */
	@Transactional
	public SendResult sendToOrder(Caller caller, OrderId orderId, Compose compose) {
		requireParty(caller);
		Order order = ownOrder(caller, orderId);
		requireSender(caller);
		Action action = resolveAction(caller, compose.action());
		String subject = subjectOrDefault(compose, action, order.id(), caller);
		ThreadSummary thread = this.conversations.lockOrCreate(new ThreadKey(order.buyer(), order.seller(), order.id()),
				subject, now());
		return send(caller, thread, order, compose, parties(thread.key()));
	}

	/**
	 * A buyer's pre-sale question about a seller's listing (a thread without order).
	 * @param caller a buyer
	 * @param sellerId the listing's seller
	 * @param compose the question
	 * @return posted or rejected
	 * @throws NotFoundException when there is no such seller
	 */
	@Transactional
	public SendResult askAboutListing(Caller caller, AccountId sellerId, Compose compose) {
		if (!caller.is(Role.BUYER)) {
			throw new BadRequestException("BUYERS_ONLY", "only buyers ask about listings");
		}
		Account seller = this.accounts.find(sellerId)
			.filter((account) -> account.is(Role.SELLER))
			.orElseThrow(() -> new NotFoundException("seller"));
		if (compose.topic() != null && !compose.topic().isPreSale()) {
			throw new BadRequestException("TOPIC_NOT_PRE_SALE", "a question before buying is about " + Topic.preSale()
					+ "; order topics belong to the order's page");
		}
		Action action = resolveAction(caller, compose.action());
		String subject = subjectOrDefault(compose, action, null, caller);
		ThreadSummary thread = this.conversations.lockOrCreate(new ThreadKey(caller.id(), seller.id(), null), subject,
				now());
		return send(caller, thread, null, compose, parties(thread.key()));
	}

	/**
	 * A message in an existing thread (sellers: a reply by default).
	 * @param caller one of the thread's parties
	 * @param threadId the thread
	 * @param compose the message
	 * @return posted or rejected
	 * @throws NotFoundException when the thread is not the caller's
	 */
	@Transactional
	public SendResult reply(Caller caller, ThreadId threadId, Compose compose) {
		requireParty(caller);
		ThreadSummary thread = this.conversations.lock(threadId)
			.filter((summary) -> summary.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.REPLY);
		Order order = orderOf(thread);
		return send(caller, thread, order, compose, parties(thread.key()));
	}

	/**
	 * The standardized review request (§4.3): once per order, 5 to 30 days after
	 * delivery.
	 * @param caller the order's seller
	 * @param orderId the order
	 * @return posted or rejected
	 */
	@Transactional
	public SendResult requestReview(Caller caller, OrderId orderId) {
		if (!caller.is(Role.SELLER)) {
			throw new BadRequestException("SELLERS_ONLY", "only the seller requests a review");
		}
		Order order = ownOrder(caller, orderId);
		caller.require(Permission.PROACTIVE);
		ThreadKey key = new ThreadKey(order.buyer(), order.seller(), order.id());
		Parties parties = parties(key);
		// The standardized text goes out in the buyer's language, and so does the title
		// of
		// a thread it starts.
		ThreadSummary thread = this.conversations.lockOrCreate(key,
				this.texts.defaultSubject(Action.REQUEST_REVIEW, null, order.id(), parties.buyer().language()), now());
		return send(caller, thread, order, new Compose(Action.REQUEST_REVIEW, null, null, "", List.of()), parties);
	}

	/**
	 * The dry run: exactly what a send to this order would do, storing nothing.
	 * @param caller the order's buyer or seller
	 * @param orderId the order
	 * @param compose the draft
	 * @return the decision a send would make now
	 */
	@Transactional(readOnly = true)
	public SendDecision checkForOrder(Caller caller, OrderId orderId, Compose compose) {
		requireParty(caller);
		Order order = ownOrder(caller, orderId);
		caller.require(Permission.READ_MESSAGES);
		ThreadKey key = new ThreadKey(order.buyer(), order.seller(), order.id());
		Optional<ThreadSummary> thread = this.conversations.find(key);
		Parties parties = parties(key);
		return decide(caller, key, thread.orElse(null), order, compose, parties, now());
	}

	/**
	 * The dry run for a message in an existing thread.
	 * @param caller one of the thread's parties
	 * @param threadId the thread
	 * @param compose the draft
	 * @return the decision a send would make now
	 */
	@Transactional(readOnly = true)
	public SendDecision checkForThread(Caller caller, ThreadId threadId, Compose compose) {
		requireParty(caller);
		ThreadSummary thread = ownThread(caller, threadId);
		return decide(caller, thread.key(), thread, orderOf(thread), compose, parties(thread.key()), now());
	}

	/**
	 * The actions the caller may use on an order now, each refusal explained, from the
	 * same model as the send (no rules run on any text).
	 * @param caller the order's buyer or seller
	 * @param order the order
	 * @return buyers: the question; sellers: the reply and every proactive action
	 */
	@Transactional(readOnly = true)
	public List<ActionOption> actionsForOrder(Caller caller, Order order) {
		requireParty(caller);
		if (!order.involves(caller.id())) {
			throw new NotFoundException("order");
		}
		caller.require(Permission.READ_MESSAGES);
		ThreadKey key = new ThreadKey(order.buyer(), order.seller(), order.id());
		ThreadSummary thread = this.conversations.find(key).orElse(null);
		return this.model.actions(state(caller, key, thread, order, parties(key)), caller.role(), now());
	}

	/**
	 * Records that the caller read the thread up to now.
	 * @param caller one of the thread's parties
	 * @param threadId the thread
	 */
	@Transactional
	public void markRead(Caller caller, ThreadId threadId) {
		requireParty(caller);
		ownThread(caller, threadId);
		caller.require(Permission.READ_MESSAGES);
		this.conversations.markRead(threadId, caller.id(), now());
	}

	/**
	 * Shows the thread as unread again for the caller (until they open it).
	 * @param caller one of the thread's parties
	 * @param threadId the thread
	 * @return whether anything changed
	 */
	@Transactional
	public boolean markUnread(Caller caller, ThreadId threadId) {
		requireParty(caller);
		ownThread(caller, threadId);
		return this.conversations.markUnread(threadId, caller.id(), now());
	}

	/**
	 * The seller's "No response needed" mark: answers every awaiting buyer message.
	 * @param caller the thread's seller
	 * @param threadId the thread
	 * @return whether anything was awaiting an answer
	 */
	@Transactional
	public boolean noResponseNeeded(Caller caller, ThreadId threadId) {
		if (!caller.is(Role.SELLER)) {
			throw new BadRequestException("SELLERS_ONLY", "only the seller marks a thread as needing no response");
		}
		ThreadSummary thread = this.conversations.lock(threadId)
			.filter((summary) -> summary.key().seller().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.REPLY);
		return this.conversations.markNoResponseNeeded(thread.id(), caller.id(), now());
	}

	/**
	 * Reports a message of the other party and queues the thread for admin review.
	 * @param caller one of the thread's parties
	 * @param threadId the thread
	 * @param messageId a message of the other party in that thread
	 * @param reason why
	 * @param note optional free text
	 * @return the report event
	 */
	@Transactional
	public ThreadEvent report(Caller caller, ThreadId threadId, MessageId messageId, ReportReason reason,
			@Nullable String note) {
		requireParty(caller);
		ThreadSummary thread = ownThread(caller, threadId);
		Message message = this.conversations.message(messageId)
			.filter((candidate) -> candidate.thread().equals(thread.id()))
			.filter((candidate) -> isVisibleTo(candidate, caller.role()))
			.orElseThrow(() -> new NotFoundException("message"));
		if (message.isFrom(caller.id()) || message.sender() == Sender.SYSTEM) {
			throw new BadRequestException("REPORT_OWN_MESSAGE", "only the other party's messages can be reported");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 2000) {
			throw new BadRequestException("NOTE_TOO_LONG", "a report note is limited to 2000 characters");
		}
		Instant now = now();
		ThreadEvent event = this.conversations.report(thread.id(), caller.id(), message.id(), reason, cleanNote, now);
		this.moderation.raise(thread.id(), message.id(), FlagSource.REPORT, reason.name(), cleanNote, List.of(),
				caller.id(), now);
		return event;
	}

	/**
	 * Whether a role sees a message: buyers never see system notes (they are addressed to
	 * the seller) nor messages that were not delivered to them.
	 * @param message the message
	 * @param viewer the viewer's role
	 * @return whether the viewer may see it
	 */
	public static boolean isVisibleTo(Message message, Role viewer) {
		return message.isVisibleTo(viewer);
	}

	private SendResult send(Caller caller, ThreadSummary thread, @Nullable Order order, Compose compose,
			Parties parties) {
		SendDecision decision = decide(caller, thread.key(), thread, order, compose, parties, now());
		if (decision.isRefused()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Rejected(decision.rules());
		}
		if (thread.messageCount() == 0) {
			// First contact of this thread: the pair's relay aliases exist from now on.
			this.aliases.obtain(thread.key().buyer(), thread.key().seller());
		}
		Decision rules = decision.rules();
		Instant at = decision.sentAt();
		Message message = this.conversations.append(thread.id(),
				new NewMessage(caller.is(Role.BUYER) ? Sender.BUYER : Sender.SELLER, caller.id(), decision.action(),
						(decision.action() == Action.BUYER_QUESTION) ? topicOf(compose) : null, rules.subject(),
						rules.redactedHtml(), rules.redactedText(), compose.attachments(), at, decision.delivery(),
						decision.critical(), decision.proactive(), rules.redactions()),
				decision.change());
		if (caller.member() != null) {
			this.members.recordAuthor(message.id(), caller.member());
		}
		if (thread.messageCount() == 0 && caller.is(Role.BUYER)) {
			// A new buyer thread: with round-robin on, the next member who may reply
			// takes it (the seller's settings row is locked until this commits).
			this.assignments.nextInRotation(thread.key().seller(), at)
				.ifPresent((member) -> this.assignments.assign(thread.id(), thread.key().seller(), null, null, false,
						member, Assignments.ROUND_ROBIN, at));
		}
		for (SystemNote note : decision.notes()) {
			String text = this.texts.text(note.messageKey(), parties.seller().language());
			this.conversations.append(thread.id(),
					new NewMessage(Sender.SYSTEM, null, Action.SYSTEM_NOTE, null, rules.subject(),
							"<p>" + escape(text) + "</p>", text, List.of(), at, Delivery.DELIVERED, false, false,
							List.of()),
					ThreadChange.note(decision.change().awaitingSince()));
		}
		notify(decision.notification(), message, parties, at);
		if (decision.flag()) {
			List<FlagSpan> flagSpans = StoredSpans.flagSpans(rules);
			String flagRules = flagSpans.stream().map(FlagSpan::rule).distinct().collect(Collectors.joining(","));
			this.moderation.raise(thread.id(), message.id(), FlagSource.RULE, flagRules, null, flagSpans, null, at);
		}
		if (decision.checkCriticalShare()) {
			flagExcessiveCriticalMessages(thread, caller.id(), message.id(), at);
		}
		List<String> redactedRules = rules.violationsWith(Outcome.REDACT)
			.stream()
			.map((violation) -> violation.rule().name())
			.distinct()
			.toList();
		return new Posted(thread.id(), message, rules, redactedRules, decision.flag());
	}

	/** The one place a send, a dry run and a page's check ask the thread model. */
	private SendDecision decide(Caller caller, ThreadKey key, @Nullable ThreadSummary thread, @Nullable Order order,
			Compose compose, Parties parties, Instant now) {
		Action action = resolveAction(caller, compose.action());
		Topic topic = (action == Action.BUYER_QUESTION) ? topicOf(compose) : null;
		String subject = (compose.subject() != null && !compose.subject().isBlank()) ? compose.subject().strip()
				: (thread != null) ? thread.subject()
						: this.texts.defaultSubject(action, topic, key.order(), caller.language());
		Outgoing outgoing = new Outgoing(action, topic, subject, compose.body(), attachmentsOf(caller, compose));
		return this.model.decide(state(caller, key, thread, order, parties), caller.role(), outgoing, now);
	}

	private ThreadState state(Caller caller, ThreadKey key, @Nullable ThreadSummary thread, @Nullable Order order,
			Parties parties) {
		if (!key.involves(caller.id())) {
			throw new NotFoundException("thread");
		}
		boolean awaiting = thread != null && thread.isAwaitingResponse();
		// Only a seller starting a pre-sale conversation needs to know whether the buyer
		// ever ordered from them.
		boolean pairHasOrder = !key.isPreSale()
				|| (caller.is(Role.SELLER) && !awaiting && this.orders.existsBetween(key.buyer(), key.seller()));
		return ThreadState
			.of(thread, order, pairHasOrder, parties.buyerSettings(), parties.buyer().language(),
					parties.sellerSettings(), parties.seller().language())
			.withSenderPermissions(caller.may(Permission.REPLY), caller.may(Permission.PROACTIVE));
	}

	private static Topic topicOf(Compose compose) {
		return (compose.topic() != null) ? compose.topic() : Topic.OTHER;
	}

	/**
	 * The caller's uploads as the rules see them: what was read from each on upload, not
	 * the bytes (inspected once). An upload staged before readings were kept is read now.
	 */
	private List<DraftAttachment> attachmentsOf(Caller caller, Compose compose) {
		List<DraftAttachment> drafts = new ArrayList<>();
		for (AttachmentId id : compose.attachments()) {
			Uploads.Upload upload = this.uploads.staged(id)
				.filter((staged) -> staged.owner().equals(caller.id()))
				.orElseThrow(() -> new NotFoundException("attachment " + id));
			if (upload.isSent()) {
				throw new BadRequestException("ATTACHMENT_ALREADY_SENT",
						"attachment " + id + " is already part of a message; upload the file again");
			}
			String name = upload.info().fileName();
			drafts.add((upload.reading() != null) ? DraftAttachment.read(name, upload.info().size(), upload.reading())
					: new DraftAttachment(name, this.attachments.find(id).orElseThrow().content()));
		}
		if (compose.attachments().stream().distinct().count() != compose.attachments().size()) {
			throw new BadRequestException("ATTACHMENT_REPEATED", "each attachment can be attached once");
		}
		return drafts;
	}

	private Action resolveAction(Caller caller, @Nullable Action requested) {
		if (requested != null) {
			if (requested.isSystem()) {
				throw new BadRequestException("ACTION_NOT_ALLOWED", "system notes are written by the system only");
			}
			return requested;
		}
		return caller.is(Role.BUYER) ? Action.BUYER_QUESTION : Action.REPLY;
	}

	private String subjectOrDefault(Compose compose, Action action, @Nullable OrderId order, Caller caller) {
		if (compose.subject() != null && !compose.subject().isBlank()) {
			return compose.subject().strip();
		}
		return this.texts.defaultSubject(action, compose.topic(), order, caller.language());
	}

	private void notify(Notification notification, Message message, Parties parties, Instant now) {
		if (notification == Notification.EMAIL_BUYER) {
			this.outbox.enqueue(message.id(), parties.buyer().id(), parties.buyer().email(), now);
		}
		else if (notification == Notification.EMAIL_SELLER) {
			String address = parties.sellerSettings().notificationEmail();
			if (address != null) {
				this.outbox.enqueue(message.id(), parties.seller().id(), address, now);
			}
		}
	}

	private void flagExcessiveCriticalMessages(ThreadSummary thread, AccountId seller, MessageId message, Instant now) {
		ProactiveCounts counts = this.moderation.proactiveCounts(seller, now.minus(30, ChronoUnit.DAYS));
		boolean excessive = ThreadModel.isExcessiveCriticalShare(counts);
		boolean alreadyOpen = this.moderation.flags(thread.id())
			.stream()
			.anyMatch((flag) -> flag.isOpen() && flag.source() == FlagSource.SYSTEM);
		if (excessive && !alreadyOpen) {
			String note = counts.critical() + " of " + counts.proactive()
					+ " proactive messages in the last 30 days were marked critical";
			this.moderation.raise(thread.id(), message, FlagSource.SYSTEM, "EXCESSIVE_CRITICAL", note, List.of(), null,
					now);
		}
	}

	private Parties parties(ThreadKey key) {
		return this.accounts.parties(key.buyer(), key.seller());
	}

	private Order ownOrder(Caller caller, OrderId orderId) {
		return this.orders.find(orderId)
			.filter((order) -> order.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("order"));
	}

	private ThreadSummary ownThread(Caller caller, ThreadId threadId) {
		ThreadSummary thread = this.conversations.find(threadId)
			.filter((summary) -> summary.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.READ_MESSAGES);
		return thread;
	}

	/** A member who may neither answer nor write proactively cannot send at all. */
	private static void requireSender(Caller caller) {
		if (!caller.may(Permission.REPLY) && !caller.may(Permission.PROACTIVE)) {
			throw new ForbiddenException(Permission.REPLY);
		}
	}

	private @Nullable Order orderOf(ThreadSummary thread) {
		OrderId order = thread.key().order();
		return (order != null) ? this.orders.find(order).orElse(null) : null;
	}

	private static void requireParty(Caller caller) {
		if (caller.is(Role.ADMIN)) {
			throw new BadRequestException("PARTIES_ONLY", "admins read threads but do not write in them");
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
