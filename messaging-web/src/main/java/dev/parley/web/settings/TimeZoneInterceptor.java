package dev.parley.web.settings;

import java.time.ZoneId;

import dev.parley.web.page.ViewerZone;
import dev.parley.web.security.ParleyUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in viewer's time zone on each page request ({@link ViewerZone}); the
 * session keeps it after the first look-up, and the settings replace it there when it
 * changes.
 */
class TimeZoneInterceptor implements HandlerInterceptor {

	static final String SESSION_ATTRIBUTE = TimeZoneInterceptor.class.getName() + ".zone";

	/**
	 * Kept in the session for a viewer without a zone, so that the look-up is not
	 * repeated.
	 */
	private static final String NONE = "";

	/** Marks a request whose page names the viewer's zone for the script. */
	private static final String PROPOSE = TimeZoneInterceptor.class.getName() + ".page";

	private final TimeZoneService zones;

	TimeZoneInterceptor(TimeZoneService zones) {
		this.zones = zones;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ParleyUser user)) {
			return true;
		}
		HttpSession session = request.getSession(false);
		Object cached = (session != null) ? session.getAttribute(SESSION_ATTRIBUTE) : null;
		String zone;
		if (cached instanceof String id) {
			zone = id;
		}
		else {
			zone = this.zones.find(user.toCaller()).map(ZoneId::getId).orElse(NONE);
			if (session != null) {
				session.setAttribute(SESSION_ATTRIBUTE, zone);
			}
		}
		ViewerZone.set(request, zone.isEmpty() ? null : ZoneId.of(zone));
		request.setAttribute(PROPOSE, Boolean.TRUE);
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view != null && request.getAttribute(PROPOSE) != null && view.getViewName() != null
				&& !view.getViewName().startsWith("redirect:")) {
			view.addObject("viewerZone", ViewerZone.current().getId());
			view.addObject("viewerZoneChosen", ViewerZone.chosen());
		}
	}

	static void remember(HttpServletRequest request, @Nullable ZoneId zone) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, (zone != null) ? zone.getId() : NONE);
		}
		ViewerZone.set(request, zone);
	}

}
