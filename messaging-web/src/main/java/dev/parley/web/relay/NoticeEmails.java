package dev.parley.web.relay;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.moderation.PlatformNotice;

import org.springframework.context.MessageSource;

/**
 * Emails a platform notice to the party it is for (buyer: the account's address; seller:
 * the notification address when set, else the account's), through the outbox in the
 * notice's transaction, so that it goes out exactly when the notice is stored.
 */
public class NoticeEmails {

	private final Bounces bounces;

	private final MessageSource texts;

	private final String baseUrl;

	NoticeEmails(Bounces bounces, MessageSource texts, String baseUrl) {
		this.bounces = bounces;
		this.texts = texts;
		this.baseUrl = baseUrl;
	}

	/**
	 * Queues the email of a notice.
	 * @param party the recipient
	 * @param address where it goes
	 * @param notice the stored notice
	 */
	public void send(Account party, String address, PlatformNotice notice) {
		String page = this.baseUrl + (party.is(Role.SELLER) ? "/seller/inbox?tab=notices" : "/buyer/notices");
		String text = notice.body() + "\n\n"
				+ this.texts.getMessage("relay.platformNotice.read", new Object[] { page }, party.language().locale());
		this.bounces.platformNotice(address, notice.subject(), text, party.language().locale());
	}

}
