package dev.parley.web.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.Role;
import dev.parley.web.platform.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sets the viewer's time zone: from the settings form (redirects back with a flash), or
 * from the page script the first time an account signs in without one (the browser's own
 * zone; answers 204).
 */
@Controller
class TimeZoneController {

	private final TimeZoneService zones;

	private final MessageSource messages;

	TimeZoneController(TimeZoneService zones, MessageSource messages) {
		this.zones = zones;
		this.messages = messages;
	}

	@PostMapping("/settings/time-zone")
	String save(Caller caller, @RequestParam(required = false) @Nullable String zone, HttpServletRequest request,
			RedirectAttributes redirect) {
		Optional<ZoneId> saved = this.zones.set(caller, zone);
		saved.ifPresent((id) -> TimeZoneInterceptor.remember(request, id));
		String key = saved.isPresent() ? "settings.saved" : "settings.timeZone.invalid";
		redirect.addFlashAttribute(saved.isPresent() ? "flash" : "flashWarn",
				List.of(this.messages.getMessage(key, null, LocaleContextHolder.getLocale())));
		return "redirect:" + (caller.is(Role.SELLER) ? "/seller/settings" : "/buyer/settings");
	}

	@PostMapping(path = "/settings/time-zone", headers = "X-Parley-Default-Zone")
	ResponseEntity<Void> defaultFromBrowser(Caller caller, @RequestParam(required = false) @Nullable String zone,
			HttpServletRequest request) {
		// Only a viewer without a zone takes the browser's: a choice made since wins.
		if (this.zones.find(caller).isEmpty()) {
			this.zones.set(caller, zone).ifPresent((id) -> TimeZoneInterceptor.remember(request, id));
		}
		return ResponseEntity.noContent().build();
	}

}
