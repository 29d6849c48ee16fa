package dev.parley.web.relay;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.alias.AliasPair;
import dev.parley.core.alias.AliasPairs;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.policy.Violation;
import dev.parley.core.relay.InboundReceipts;
import dev.parley.core.relay.RelayLookups;
import dev.parley.core.relay.RelayMessageIds;
import dev.parley.core.relay.ReplySubjects;
import dev.parley.core.relay.ReplyThreading;
import dev.parley.core.relay.ReplyThreading.Routing;
import dev.parley.core.relay.SenderAuthentication;
import dev.parley.core.relay.SenderAuthentication.Verdict;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.attachment.UploadResult;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.relay.Bounces.Reason;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes an inbound email to an alias into the record, or refuses it with a bounce.
 * <p>
 * The alias names the pair. Behind the marketplace's MTA (sender authentication on), the
 * email must be one that the MTA's {@code Authentication-Results} authenticates
 * ({@link SenderAuthentication}); a refusal is bounced only to an envelope sender that is
 * vouched for, never to one that may be forged. An email without {@code From} gets a
 * bounce of its own. The sender must be the alias's counterpart, by their registered
 * address (buyer: account email; seller: account or notification email), in both the
 * envelope and the {@code From} header. The body is the plain text (else the HTML)
 * without quoted history and signatures. The thread is chosen by {@link ReplyThreading},
 * which never guesses: our Message-IDs in {@code In-Reply-To}/{@code References} (only
 * the pair's threads), the one order id named, one subject match, the pair's only thread;
 * otherwise a bounce lists the pair's conversations. Attachments go through the uploads'
 * checks, and the message through {@link MessagingService#reply}, the send path of the
 * web, with its rules. All of it is one transaction: a refusal anywhere stores nothing
 * and sends a bounce; a delivered email that the rules redacted or flagged is followed by
 * a notice to its sender, listing each rule and excerpt.
 * <p>
 * Emails from machines (auto-replies, delivery reports, bulk mail, the null sender) are
 * dropped without a bounce, so that the relay never talks to another robot.
 */
class InboundRelay {

	private static final Log logger = LogFactory.getLog(InboundRelay.class);

	private final AliasPairs aliases;

	private final Accounts accounts;

	private final Conversations conversations;

	private final RelayLookups lookups;

	private final InboundReceipts receipts;

	private final MessagingService messaging;

	private final AttachmentService attachments;

	private final RelayMessageIds messageIds;

	private final Bounces bounces;

	private final TransactionOperations transactions;

	private final RelayProperties.Authentication authentication;

	private final String domain;

	private final Clock clock;

	InboundRelay(AliasPairs aliases, Accounts accounts, Conversations conversations, RelayLookups lookups,
			InboundReceipts receipts, MessagingService messaging, AttachmentService attachments,
			RelayMessageIds messageIds, Bounces bounces, TransactionOperations transactions,
			RelayProperties.Authentication authentication, String domain, Clock clock) {
		this.aliases = aliases;
		this.accounts = accounts;
		this.conversations = conversations;
		this.lookups = lookups;
		this.receipts = receipts;
		this.messaging = messaging;
		this.attachments = attachments;
		this.messageIds = messageIds;
		this.bounces = bounces;
		this.transactions = transactions;
		this.authentication = authentication;
		this.domain = domain.toLowerCase(Locale.ROOT);
		this.clock = clock;
	}

	/**
	 * The alias a recipient address names, for the SMTP {@code RCPT} check.
	 * @param address the envelope recipient
	 * @return the pair, when the address is an existing alias on the relay domain
	 */
	Optional<AliasPair> alias(String address) {
		String normalized = address.strip().toLowerCase(Locale.ROOT);
		int at = normalized.lastIndexOf('@');
		if (at <= 0 || !normalized.substring(at + 1).equals(this.domain)) {
			return Optional.empty();
		}
		return this.aliases.findByLocalPart(normalized.substring(0, at));
	}

	/**
	 * Receives one email for one alias.
	 * @param envelopeFrom the SMTP reverse path, empty for the null sender
	 * @param recipient the alias address it was sent to
	 * @param raw the email
	 * @return what happened
	 */
	Outcome receive(String envelopeFrom, String recipient, byte[] raw) {
		return receive(envelopeFrom, recipient, () -> InboundEmail.parse(raw));
	}

	/**
	 * Receives one email for one alias from the file the listener spooled it to: the
	 * email is read from the file as needed, never held whole on the heap.
	 * @param envelopeFrom the SMTP reverse path, empty for the null sender
	 * @param recipient the alias address it was sent to
	 * @param file the email
	 * @return what happened
	 */
	Outcome receive(String envelopeFrom, String recipient, java.nio.file.Path file) {
		return receive(envelopeFrom, recipient, () -> InboundEmail.parse(file, this.attachments.maxAttachmentBytes()));
	}

	/** Reads the email: from bytes or from a file. */
	interface Source {

		InboundEmail parse() throws Exception;

	}

	private Outcome receive(String envelopeFrom, String recipient, Source source) {
		String sender = envelopeFrom.strip().toLowerCase(Locale.ROOT);
		if (sender.isEmpty() || sender.equals("<>")) {
			return Outcome.dropped("null reverse path (a bounce or a report)");
		}
		AliasPair pair = alias(recipient).orElse(null);
		if (pair == null) {
			return Outcome.dropped("no such alias: " + recipient);
		}
		InboundEmail email;
		try {
			email = source.parse();
		}
		catch (Exception ex) {
			// Nobody is authenticated yet: a bounce could go to a forged sender
			// (backscatter). Dropped; the sending server has our 250 and its log.
			logger.info("Relay: unreadable email from " + sender + " to " + recipient + ": " + ex.getMessage());
			return Outcome.dropped("unreadable email (not bounced: the sender is not authenticated)");
		}
		if (email.automatic()) {
			return Outcome.dropped("sent by a machine (Auto-Submitted, Precedence or a report)");
		}
		Verdict verdict = this.authentication.isRequired() ? SenderAuthentication.check(email.authenticationResults(),
				this.authentication.getTrustedAuthservId(), email.from(), sender) : Verdict.unchecked();
		if (email.from() == null) {
			return verdict.bounceSafe()
					? bounce(sender, recipient, email.subject(), email.messageId(), Language.EN,
							List.of(this.bounces.reason("RELAY_NO_FROM", "", Language.EN.locale())))
					: Outcome.dropped("no From header, and the envelope sender is not vouched for: no bounce");
		}
		if (!verdict.authenticated()) {
			logger.info("Relay: unauthenticated email from " + sender + " (From " + email.from() + ") to " + recipient
					+ ": " + verdict.detail());
			return verdict.bounceSafe()
					? bounce(sender, recipient, email.subject(), email.messageId(), Language.EN,
							List.of(this.bounces.reason("RELAY_UNAUTHENTICATED", email.from(), Language.EN.locale())))
					: Outcome.dropped("not authenticated (" + verdict.detail() + "), and the envelope sender is not "
							+ "vouched for: no bounce");
		}
		boolean toSellerAlias = pair.sellerLocalPart().equalsIgnoreCase(localPart(recipient));
		Account counterpart = account(toSellerAlias ? pair.buyer() : pair.seller());
		Set<String> registered = registeredAddresses(counterpart);
		if (!registered.contains(sender) || email.from() == null || !registered.contains(email.from())) {
			if (registered.contains(sender)) {
				// The envelope is our user's registered address (the From is not): the
				// bounce goes to that user, not to a stranger.
				return bounce(sender, recipient, email.subject(), email.messageId(), Language.EN, List.of(this.bounces
					.reason("RELAY_SENDER", (email.from() != null) ? email.from() : sender, Language.EN.locale())));
			}
			// The envelope sender is not the counterpart: likely forged, and a bounce to
			// it would be backscatter. Dropped without one.
			return Outcome.dropped("sender not the alias's counterpart (" + sender + ", From "
					+ ((email.from() != null) ? email.from() : "missing or not exactly one address")
					+ "): not bounced");
		}
		Caller caller = Caller.of(counterpart);
		Locale locale = counterpart.language().locale();
		String body = (email.text() != null) ? ReplyBodies.fromText(email.text())
				: (email.html() != null) ? ReplyBodies.fromHtml(email.html()) : "";
		Routing routing = ReplyThreading.route(referencedThread(pair, email).orElse(null),
				this.lookups.threads(pair.buyer(), pair.seller()), email.subject(), Jsoup.parse(body).text());
		if (!routing.isRouted()) {
			Reason reason = (routing.kind() == ReplyThreading.Kind.NO_CONVERSATION)
					? this.bounces.reason("RELAY_NO_CONVERSATION", "", locale) : this.bounces.unrouted(routing, locale);
			return bounce(sender, recipient, email.subject(), email.messageId(), counterpart.language(),
					List.of(reason));
		}
		ThreadSummary thread = this.conversations.find(routing.thread())
			.orElseThrow(() -> new IllegalStateException("no thread " + routing.thread()));
		Message answered = answered(thread, email, counterpart.id());
		// "[Important]" quoted from a critical message is not the sender claiming
		// criticality; one typed into a fresh email is, and the rules judge it.
		boolean quotesCritical = answered != null && answered.important()
				&& (referenced(email).contains(answered.id()) || ReplySubjects.hasReplyPrefix(email.subject()));
		String subject = ReplySubjects.forReply(email.subject(), thread.subject(),
				(answered != null) ? answered.subject() : null, quotesCritical);

		List<Reason> reasons = new ArrayList<>();
		List<Reason> changes = new ArrayList<>();
		Outcome outcome = this.transactions.execute((status) -> {
			if (email.messageId() != null && !this.receipts.record(caller.id(), email.messageId(), now())) {
				return Outcome.duplicate(thread.id());
			}
			List<AttachmentId> ids = new ArrayList<>();
			for (InboundEmail.File file : email.attachments()) {
				UploadResult upload;
				try {
					// By size first: an over-size file is refused without its bytes.
					upload = this.attachments.upload(caller, file.name(), file.size(),
							() -> new java.io.ByteArrayInputStream(file.content()));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				if (upload instanceof UploadResult.Refused refused) {
					refused.violations().forEach((violation) -> reasons.add(this.bounces.reason(violation, locale)));
				}
				else if (upload instanceof UploadResult.Stored stored) {
					ids.add(stored.info().id());
				}
			}
			if (!reasons.isEmpty()) {
				status.setRollbackOnly();
				return null;
			}
			try {
				SendResult result = this.messaging.reply(caller, thread.id(),
						new Compose(null, null, subject, body, ids));
				if (result instanceof SendResult.Posted posted) {
					for (Violation violation : posted.decision().violations()) {
						if (violation.outcome() == dev.parley.core.policy.Outcome.REDACT
								|| violation.outcome() == dev.parley.core.policy.Outcome.FLAG) {
							changes.add(this.bounces.change(violation, locale));
						}
					}
					return Outcome.posted(posted.thread(), posted.message().id(), routing.kind());
				}
				for (Violation violation : ((SendResult.Rejected) result).violations()) {
					reasons.add(this.bounces.reason(violation, locale));
				}
			}
			catch (BadRequestException | NotFoundException ex) {
				reasons.add(this.bounces.reason("RELAY_REFUSED", "", locale));
			}
			status.setRollbackOnly();
			return null;
		});
		if (outcome != null) {
			if (outcome.kind() == Kind.POSTED && !changes.isEmpty()) {
				this.bounces.notice(sender, recipient, email.subject(), email.messageId(), changes, locale);
			}
			return outcome;
		}
		return bounce(sender, recipient, email.subject(), email.messageId(), counterpart.language(), reasons);
	}

	private Outcome bounce(String to, String alias, @Nullable String subject, @Nullable String messageId,
			Language language, List<Reason> reasons) {
		this.bounces.send(to, alias, subject, messageId, reasons, language.locale());
		return Outcome.bounced(reasons);
	}

	/** The pair's thread that the email answers by our Message-IDs, newest first. */
	private Optional<ThreadId> referencedThread(AliasPair pair, InboundEmail email) {
		for (MessageId id : referenced(email)) {
			Optional<ThreadSummary> thread = this.conversations.message(id)
				.flatMap((message) -> this.conversations.find(message.thread()))
				.filter((summary) -> summary.key().buyer().equals(pair.buyer())
						&& summary.key().seller().equals(pair.seller()));
			if (thread.isPresent()) {
				return thread.map(ThreadSummary::id);
			}
		}
		return Optional.empty();
	}

	private List<MessageId> referenced(InboundEmail email) {
		List<MessageId> ids = new ArrayList<>(this.messageIds.parse(email.inReplyTo()));
		List<MessageId> references = new ArrayList<>(this.messageIds.parse(email.references()));
		Collections.reverse(references);
		ids.addAll(references);
		return ids;
	}

	/** The message the email answers: the one it names, else the other party's latest. */
	private @Nullable Message answered(ThreadSummary thread, InboundEmail email, AccountId sender) {
		List<MessageId> referenced = referenced(email);
		Message latestFromOther = null;
		for (Message message : this.conversations.messages(thread.id())) {
			if (!referenced.isEmpty() && message.id().equals(referenced.get(0))) {
				return message;
			}
			if (message.author() != null && !message.isFrom(sender)) {
				latestFromOther = message;
			}
		}
		return latestFromOther;
	}

	private Set<String> registeredAddresses(Account account) {
		Set<String> addresses = new TreeSet<>();
		addresses.add(account.email().strip().toLowerCase(Locale.ROOT));
		if (account.is(Role.SELLER)) {
			String notification = this.accounts.sellerSettings(account.id()).notificationEmail();
			if (notification != null && !notification.isBlank()) {
				addresses.add(notification.strip().toLowerCase(Locale.ROOT));
			}
		}
		return addresses;
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

	private static String localPart(String address) {
		String stripped = address.strip();
		int at = stripped.lastIndexOf('@');
		return (at > 0) ? stripped.substring(0, at) : stripped;
	}

	private java.time.Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * What became of an inbound email.
	 *
	 * @param kind posted, bounced, dropped or a duplicate
	 * @param thread the thread it was posted to (posted, duplicate)
	 * @param message the message it became (posted)
	 * @param reasons why it was refused (bounced)
	 * @param note why it was dropped, or how a posted one found its thread
	 */
	record Outcome(Kind kind, @Nullable ThreadId thread, @Nullable MessageId message, List<Reason> reasons,
			String note) {

		static Outcome posted(ThreadId thread, MessageId message, ReplyThreading.Kind routedBy) {
			return new Outcome(Kind.POSTED, thread, message, List.of(), "thread by " + routedBy);
		}

		static Outcome duplicate(ThreadId thread) {
			return new Outcome(Kind.DUPLICATE, thread, null, List.of(), "");
		}

		static Outcome bounced(List<Reason> reasons) {
			return new Outcome(Kind.BOUNCED, null, null, List.copyOf(reasons), "");
		}

		static Outcome dropped(String note) {
			return new Outcome(Kind.DROPPED, null, null, List.of(), note);
		}

	}

	enum Kind {

		POSTED, BOUNCED, DROPPED, DUPLICATE

	}

}
