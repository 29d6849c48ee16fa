package dev.parley.web.live;

import dev.parley.core.inbox.InboxCounts;
import dev.parley.web.inbox.InboxService;
import dev.parley.web.security.ParleyUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every page of a buyer or seller the unread count for the header badge
 * ({@code unreadBadge}): the counts the page already has (the inbox), else one read of
 * the counters. The event stream keeps it current afterwards.
 */
class UnreadBadgeInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "unreadBadge";

	private final InboxService inbox;

	UnreadBadgeInterceptor(InboxService inbox) {
		this.inbox = inbox;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || !view.hasView() || view.getViewName() == null
				|| view.getViewName().startsWith("redirect:")) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ParleyUser user)
				|| !LiveUpdates.streams(user.role())) {
			return;
		}
		Object known = view.getModel().get("counts");
		long unread = (known instanceof InboxCounts counts) ? counts.unread()
				: this.inbox.counts(user.toCaller()).unread();
		view.addObject(ATTRIBUTE, unread);
	}

}
