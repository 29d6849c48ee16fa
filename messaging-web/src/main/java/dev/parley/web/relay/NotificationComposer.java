package dev.parley.web.relay;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.core.alias.AliasPair;
import dev.parley.core.alias.AliasPairs;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Attachments.StoredAttachment;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.relay.OutboxEmail;
import dev.parley.core.relay.RelayMessageIds;
import dev.parley.web.conversation.MessagingService;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes the notification email of a stored message for its recipient, as the relay sends
 * it: from the sender's alias ({@code "Name via Marketplace" <alias@relay>}, also the
 * {@code Reply-To}), the stored subject (with {@code [Important]} for critical messages),
 * the stored sanitized HTML inside a small email template plus a plain-text part, the
 * attachments, a stable {@code Message-ID}, and {@code In-Reply-To} and
 * {@code References} naming the earlier messages of the thread that the recipient could
 * see, and a link to the thread's page on the marketplace.
 * <p>
 * The recipient's address is decided now, not when the email was queued: a seller who
 * turned buyer-message notifications off since gets nothing (the email is skipped), and a
 * changed address is honoured. As a last guard, the sender's registered addresses are
 * replaced by their alias wherever they would appear in what the recipient receives.
 */
class NotificationComposer {

	/** At most this many ids in {@code References}: the first message and the latest. */
	static final int MAX_REFERENCES = 10;

	private final Conversations conversations;

	private final Accounts accounts;

	private final AliasPairs aliases;

	private final Attachments attachments;

	private final RelayMessageIds messageIds;

	private final MessageSource texts;

	private final ITemplateEngine templates;

	private final String domain;

	private final String marketplace;

	private final String baseUrl;

	NotificationComposer(Conversations conversations, Accounts accounts, AliasPairs aliases, Attachments attachments,
			RelayMessageIds messageIds, MessageSource texts, ITemplateEngine templates, String domain,
			String marketplace, String baseUrl) {
		this.conversations = conversations;
		this.accounts = accounts;
		this.aliases = aliases;
		this.attachments = attachments;
		this.messageIds = messageIds;
		this.texts = texts;
		this.templates = templates;
		this.domain = domain;
		this.marketplace = marketplace;
		this.baseUrl = baseUrl;
	}

	/**
	 * The email for a claimed outbox row.
	 * @param email the claimed row (not a prepared one)
	 * @param session the mail session
	 * @return the email, or the reason it must not be sent
	 * @throws MessagingException when the email cannot be built
	 */
	Composed compose(OutboxEmail email, Session session) throws MessagingException {
		if (email.message() == null || email.recipient() == null) {
			throw new IllegalArgumentException("a prepared email needs no composing");
		}
		Message message = this.conversations.message(email.message())
			.orElseThrow(() -> new IllegalStateException("no message " + email.message()));
		if (!message.isDelivered() || message.sender() == Sender.SYSTEM || message.author() == null) {
			return Composed.skip("message " + message.id() + " is not delivered to its recipient by email");
		}
		ThreadSummary thread = this.conversations.find(message.thread())
			.orElseThrow(() -> new IllegalStateException("no thread " + message.thread()));
		Account recipient = account(email.recipient());
		Account sender = account(message.author());
		String to;
		if (recipient.is(Role.SELLER)) {
			SellerSettings settings = this.accounts.sellerSettings(recipient.id());
			if (!settings.buyerMessagesEnabled() || settings.notificationEmail() == null) {
				return Composed.skip("the seller turned buyer-message notifications off");
			}
			to = settings.notificationEmail();
		}
		else {
			to = recipient.email();
		}
		AliasPair pair = this.aliases.obtain(thread.key().buyer(), thread.key().seller());
		String alias = (sender.is(Role.BUYER) ? pair.buyerLocalPart() : pair.sellerLocalPart()) + "@" + this.domain;
		Guard guard = new Guard(registeredAddresses(sender), alias);

		Locale locale = recipient.language().locale();
		String fromName = this.texts.getMessage("relay.email.from",
				new Object[] { sender.displayName(), this.marketplace }, locale);
		String intro = (thread.key().order() != null)
				? this.texts.getMessage("relay.email.introOrder",
						new Object[] { sender.displayName(), thread.key().order().value() }, locale)
				: this.texts.getMessage("relay.email.introListing", new Object[] { sender.displayName() }, locale);
		String footer = this.texts.getMessage("relay.email.footer",
				new Object[] { sender.displayName(), this.marketplace }, locale);
		String open = this.texts.getMessage("relay.email.open", new Object[] { this.marketplace }, locale);
		String link = conversationUrl(thread, recipient.role());

		List<StoredAttachment> files = new ArrayList<>();
		for (AttachmentInfo info : message.attachments()) {
			files.add(this.attachments.find(info.id())
				.orElseThrow(() -> new IllegalStateException("no attachment " + info.id())));
		}
		List<String> fileNames = files.stream().map((file) -> guard.apply(file.info().fileName())).toList();

		Context context = new Context(locale,
				Map.of("intro", guard.apply(intro), "html", guard.apply(message.html()), "attachments", fileNames,
						"footer", guard.apply(footer), "open", open, "link", link, "marketplace", this.marketplace,
						"important", message.important()));
		String html = this.templates.process("relay/email", context);
		StringBuilder text = new StringBuilder();
		text.append(guard.apply(intro)).append("\n\n").append(guard.apply(message.text()).strip()).append("\n\n");
		if (!fileNames.isEmpty()) {
			text.append(this.texts.getMessage("relay.email.attachments", null, locale))
				.append(' ')
				.append(String.join(", ", fileNames))
				.append("\n\n");
		}
		text.append("-- \n")
			.append(guard.apply(footer))
			.append('\n')
			.append(open)
			.append(' ')
			.append(link)
			.append('\n');

		RelayMimeMessage mime = new RelayMimeMessage(session);
		MimeMessageHelper helper = new MailProviders.Helper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		InternetAddress from = address(alias, guard.apply(fromName));
		helper.setFrom(from);
		helper.setReplyTo(from);
		helper.setTo(to);
		helper.setSubject(guard.apply(message.subject()));
		helper.setSentDate(java.util.Date.from(message.sentAt()));
		helper.setText(text.toString(), html);
		for (int i = 0; i < files.size(); i++) {
			helper.addAttachment(fileNames.get(i), new ByteArrayResource(files.get(i).content()),
					files.get(i).info().contentType());
		}
		mime.setHeader("Message-ID", this.messageIds.of(message.id()));
		List<String> earlier = earlierIds(thread, message, recipient.role());
		if (!earlier.isEmpty()) {
			mime.setHeader("In-Reply-To", earlier.get(earlier.size() - 1));
			mime.setHeader("References", String.join(" ", references(earlier)));
		}
		// Ask Exchange and others not to answer with out-of-office notices, which would
		// come back to the alias.
		mime.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
		return new Composed(mime, to, null);
	}

	/**
	 * The absolute address of the thread's page for the recipient, from the configured
	 * public base URL (never from a request's Host header: there is no request here, and
	 * one could be forged). The page requires sign-in as usual.
	 */
	String conversationUrl(ThreadSummary thread, Role recipientRole) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + ((recipientRole == Role.SELLER) ? "/seller/threads/" : "/buyer/threads/") + thread.id().value();
	}

	private List<String> earlierIds(ThreadSummary thread, Message message, Role recipientRole) {
		List<String> ids = new ArrayList<>();
		for (Message earlier : this.conversations.messages(thread.id())) {
			if (earlier.seq() >= message.seq()) {
				break;
			}
			if (earlier.sender() != Sender.SYSTEM && MessagingService.isVisibleTo(earlier, recipientRole)) {
				ids.add(this.messageIds.of(earlier.id()));
			}
		}
		return ids;
	}

	private static List<String> references(List<String> earlier) {
		if (earlier.size() <= MAX_REFERENCES) {
			return earlier;
		}
		List<String> kept = new ArrayList<>(MAX_REFERENCES);
		kept.add(earlier.get(0));
		kept.addAll(earlier.subList(earlier.size() - (MAX_REFERENCES - 1), earlier.size()));
		return kept;
	}

	private Set<String> registeredAddresses(Account account) {
		Set<String> addresses = new LinkedHashSet<>();
		addresses.add(account.email());
		if (account.is(Role.SELLER)) {
			String notification = this.accounts.sellerSettings(account.id()).notificationEmail();
			if (notification != null && !notification.isBlank()) {
				addresses.add(notification);
			}
		}
		return addresses;
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

	static InternetAddress address(String address, String personal) {
		try {
			return new InternetAddress(address, personal, StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the worker sends, or why it sends nothing.
	 *
	 * @param email the email, or null when skipped
	 * @param to the address it goes to
	 * @param skipReason why nothing is sent, or null
	 */
	record Composed(@Nullable RelayMimeMessage email, @Nullable String to, @Nullable String skipReason) {

		static Composed skip(String reason) {
			return new Composed(null, null, reason);
		}

		boolean isSkipped() {
			return this.email == null;
		}

	}

	/** Replaces the sender's real addresses by their alias, ignoring case. */
	static final class Guard {

		private final @Nullable Pattern addresses;

		private final String alias;

		Guard(Set<String> addresses, String alias) {
			this.alias = alias;
			this.addresses = addresses.isEmpty() ? null : Pattern
				.compile(String.join("|", addresses.stream().map(Pattern::quote).toList()), Pattern.CASE_INSENSITIVE);
		}

		String apply(String text) {
			return (this.addresses != null)
					? this.addresses.matcher(text).replaceAll(Matcher.quoteReplacement(this.alias)) : text;
		}

	}

}
