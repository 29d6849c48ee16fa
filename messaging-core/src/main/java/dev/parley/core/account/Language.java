package dev.parley.core.account;

import java.util.Locale;

/**
 * A preferred language of an account: decides the UI language and the language of
 * standardized texts (review requests, template translations).
 */
public enum Language {

	EN("en"), DE("de"), ES("es"), FR("fr"), JA("ja");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/**
	 * The ISO 639-1 code, as stored and as written in the API.
	 * @return the code, lower case
	 */
	public String code() {
		return this.code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	/**
	 * The language for an ISO 639-1 code.
	 * @param code a code such as {@code es}, any case
	 * @return the language
	 * @throws IllegalArgumentException for a code the product does not know
	 */
	public static Language of(String code) {
		for (Language language : values()) {
			if (language.code.equalsIgnoreCase(code)) {
				return language;
			}
		}
		throw new IllegalArgumentException("unknown language: " + code);
	}

}
