package dev.parley.web.i18n;

import java.util.List;
import java.util.Locale;

import dev.parley.web.security.ParleyUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The UI speaks the signed-in account's preferred language when the UI has it; before
 * login (and for languages without a UI translation) the browser's Accept-Language
 * decides among the UI languages, English by default.
 */
public class AccountLocaleResolver implements LocaleResolver {

	/** The languages the UI is translated into. */
	public static final List<Locale> UI_LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private final AcceptHeaderLocaleResolver fallback = new AcceptHeaderLocaleResolver();

	public AccountLocaleResolver() {
		this.fallback.setSupportedLocales(UI_LOCALES);
		this.fallback.setDefaultLocale(Locale.ENGLISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ParleyUser user) {
			Locale preferred = user.language().locale();
			if (UI_LOCALES.stream().anyMatch((ui) -> ui.getLanguage().equals(preferred.getLanguage()))) {
				return preferred;
			}
			return Locale.ENGLISH;
		}
		return this.fallback.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("the UI language follows the account's preferred language");
	}

}
