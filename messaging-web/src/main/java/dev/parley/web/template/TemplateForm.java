package dev.parley.web.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Language;
import dev.parley.core.template.Template;
import dev.parley.core.template.Template.Translation;
import dev.parley.web.page.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The template editor: a name, the main text in one language, and optional translations.
 * Texts are edited as plain text, like the reply box.
 *
 * @param name how the seller finds it in the picker
 * @param language the main text's language
 * @param subject the subject
 * @param body the text, with placeholders
 * @param translations one row per other language; rows without a body are not kept
 */
record TemplateForm(@NotBlank @Size(max = 100) String name, @NotNull Language language,
		@Size(max = 200) @Nullable String subject, @NotBlank @Size(max = 10_000) String body,
		@Valid @Nullable List<TranslationForm> translations) {

	static TemplateForm empty(Language language) {
		return new TemplateForm("", language, "", "", rows(language, Map.of()));
	}

	static TemplateForm of(Template template) {
		return new TemplateForm(template.name(), template.language(), template.subject(),
				PlainText.fromHtml(template.body()), rows(template.language(), template.translations()));
	}

	/**
	 * The same form with a row for every language, for showing it again.
	 * @return the form
	 */
	TemplateForm withAllRows() {
		Map<Language, Translation> given = new EnumMap<>(Language.class);
		for (TranslationForm row : (this.translations != null) ? this.translations : List.<TranslationForm>of()) {
			if (row.language() != null) {
				given.put(row.language(), new Translation(nonNull(row.subject()), nonNull(row.body())));
			}
		}
		Language main = (this.language != null) ? this.language : Language.EN;
		List<TranslationForm> rows = new ArrayList<>();
		for (Language other : Language.values()) {
			if (other != main) {
				Translation text = given.get(other);
				rows.add(new TranslationForm(other, (text != null) ? text.subject() : "",
						(text != null) ? text.body() : ""));
			}
		}
		return new TemplateForm(this.name, main, this.subject, this.body, rows);
	}

	Map<Language, Translation> translationMap() {
		Map<Language, Translation> map = new EnumMap<>(Language.class);
		if (this.translations != null) {
			for (TranslationForm row : this.translations) {
				if (row.language() != null && row.language() != this.language && row.body() != null
						&& !row.body().isBlank()) {
					map.put(row.language(),
							new Translation(nonNull(row.subject()).strip(), PlainText.toHtml(row.body())));
				}
			}
		}
		return map;
	}

	private static List<TranslationForm> rows(Language main, Map<Language, Translation> translations) {
		List<TranslationForm> rows = new ArrayList<>();
		for (Language other : Language.values()) {
			if (other != main) {
				Translation text = translations.get(other);
				rows.add(new TranslationForm(other, (text != null) ? text.subject() : "",
						(text != null) ? PlainText.fromHtml(text.body()) : ""));
			}
		}
		return rows;
	}

	private static String nonNull(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * A translation row.
	 *
	 * @param language its language
	 * @param subject the subject
	 * @param body the text; blank means no translation
	 */
	record TranslationForm(@Nullable Language language, @Size(max = 200) @Nullable String subject,
			@Size(max = 10_000) @Nullable String body) {
	}

}
