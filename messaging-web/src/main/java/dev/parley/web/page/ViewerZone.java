package dev.parley.web.page;

import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone of the current request's viewer, as the settings feature put it on the
 * request ({@link #set}); UTC outside requests and for viewers who have not chosen one.
 */
public final class ViewerZone {

	static final String ATTRIBUTE = ViewerZone.class.getName();

	private static final String CHOSEN = ATTRIBUTE + ".chosen";

	private ViewerZone() {
	}

	/**
	 * Puts the viewer's zone on the request.
	 * @param request the request
	 * @param zone the zone, or null when the viewer has not chosen one
	 */
	public static void set(HttpServletRequest request, @Nullable ZoneId zone) {
		request.setAttribute(ATTRIBUTE, (zone != null) ? zone : ZoneOffset.UTC);
		request.setAttribute(CHOSEN, zone != null);
	}

	/**
	 * The current viewer's zone.
	 * @return the zone, UTC when none is known
	 */
	public static ZoneId current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object zone = (attributes != null) ? attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		return (zone instanceof ZoneId id) ? id : ZoneOffset.UTC;
	}

	/**
	 * Whether the current viewer chose a zone (else the browser's is proposed).
	 * @return true when chosen
	 */
	public static boolean chosen() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes != null
				&& Boolean.TRUE.equals(attributes.getAttribute(CHOSEN, RequestAttributes.SCOPE_REQUEST));
	}

}
