package dev.parley.web.conversation;

import dev.parley.core.account.Language;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts the system writes into the record (default subjects, system notes), in the
 * language of whoever reads them.
 */
@Component
class MessagingTexts {

	private final MessageSource messages;

	MessagingTexts(MessageSource messages) {
		this.messages = messages;
	}

	String defaultSubject(Action action, @Nullable Topic topic, @Nullable OrderId order, Language language) {
		String what = (action == Action.BUYER_QUESTION)
				? text("topic." + ((topic != null) ? topic : Topic.OTHER).name(), language)
				: text("action." + action.name(), language);
		return (order != null) ? text("subject.aboutOrder", language, what, order.value())
				: text("subject.aboutListing", language, what);
	}

	String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

}
