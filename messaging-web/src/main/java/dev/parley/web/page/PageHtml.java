package dev.parley.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * What the page parts written in Java share (the inbox rows, a thread's messages): text
 * escaped as {@code th:text} escapes it, the current request, and the icons they show.
 * <p>
 * Thread-safe: stateless.
 */
public final class PageHtml {

	/** As {@code fragments/icons :: paperclip} renders, white space included. */
	public static final String PAPERCLIP = "<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\" width=\"16\" "
			+ "height=\"16\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
			+ "stroke-linecap=\"round\" stroke-linejoin=\"round\">\n  <path d=\"M21.44 11.05l-9.19 9.19a6 6 0 0 "
			+ "1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48\"/>\n</svg>";

	private PageHtml() {
	}

	/**
	 * Appends a text escaped for element content and attribute values (null as empty).
	 * @param out where to
	 * @param text the text
	 * @return {@code out}
	 */
	public static StringBuilder escape(StringBuilder out, @Nullable String text) {
		return out.append(HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8"));
	}

	/**
	 * The request being answered, or null outside one.
	 * @return the request
	 */
	public static @Nullable HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * The request's context path, as {@code @{...}} starts a link, or "" outside a
	 * request.
	 * @return the context path
	 */
	public static String contextPath() {
		HttpServletRequest request = request();
		return (request != null) ? request.getContextPath() : "";
	}

}
