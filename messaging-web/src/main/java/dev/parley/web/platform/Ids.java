package dev.parley.web.platform;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.order.OrderId;
import dev.parley.core.template.TemplateId;

/**
 * Ids from URL paths and form fields. A malformed id names nothing: "not found", like an
 * id that exists but is another party's.
 */
public final class Ids {

	private Ids() {
	}

	public static ThreadId thread(String value) {
		return ThreadId.of(positive(value, "thread"));
	}

	public static MessageId message(String value) {
		return MessageId.of(positive(value, "message"));
	}

	public static AttachmentId attachment(String value) {
		return AttachmentId.of(positive(value, "attachment"));
	}

	public static AccountId account(String value) {
		return AccountId.of(positive(value, "account"));
	}

	public static FlagId flag(String value) {
		return new FlagId(positive(value, "flag"));
	}

	public static TemplateId template(String value) {
		return new TemplateId(positive(value, "template"));
	}

	public static OrderId order(String value) {
		if (!OrderId.isValid(value)) {
			throw new NotFoundException("order");
		}
		return OrderId.of(value);
	}

	private static long positive(String value, String what) {
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// not a number: names nothing
		}
		throw new NotFoundException(what);
	}

}
