package dev.parley.core.template;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import org.jspecify.annotations.Nullable;

/**
 * A seller's saved message. Placeholders {@code {{buyerName}}}, {@code {{orderId}}},
 * {@code {{productTitle}}}, {@code {{sellerName}}} and {@code {{deliveryDate}}} are
 * filled when it is used, in the buyer's language where a translation exists.
 *
 * @param id the id, null before it is saved
 * @param seller the owning seller
 * @param name how the seller finds it in the picker
 * @param language the language of the main text
 * @param subject the subject
 * @param body the body (plain text or simple HTML; it goes through the rules when sent)
 * @param translations other languages' subject and body
 * @param updatedAt when it last changed
 */
public record Template(@Nullable TemplateId id, AccountId seller, String name, Language language, String subject,
		String body, Map<Language, Translation> translations, Instant updatedAt) {

	public Template {
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("a template needs a name of at most 100 characters");
		}
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("a template needs a body");
		}
		Objects.requireNonNull(subject, "subject");
		translations = Map.copyOf(translations);
		if (translations.containsKey(language)) {
			throw new IllegalArgumentException("the main language is not also a translation");
		}
	}

	/**
	 * The subject and body in a language: its translation when there is one, else the
	 * main text.
	 * @param wanted the buyer's language
	 * @return the text to fill
	 */
	public Translation in(Language wanted) {
		Translation translation = this.translations.get(wanted);
		return (translation != null) ? translation : new Translation(this.subject, this.body);
	}

	/**
	 * A template's text in one language.
	 *
	 * @param subject the subject
	 * @param body the body
	 */
	public record Translation(String subject, String body) {

		public Translation {
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(body, "body");
		}

	}

}
