package dev.parley.web.moderation;

import dev.parley.core.account.Role;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.Moderation.CurrentStanding;
import dev.parley.web.security.ParleyUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every page of a buyer or seller their standing, in one read: the unread notices
 * for the header badge and the notices tab ({@code noticeBadge}), and the messaging
 * status and warning end for the inbox banner ({@code messagingStatus},
 * {@code warnedUntil}).
 */
class StandingInterceptor implements HandlerInterceptor {

	private final Moderation moderation;

	StandingInterceptor(Moderation moderation) {
		this.moderation = moderation;
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
				|| (user.role() != Role.BUYER && user.role() != Role.SELLER)) {
			return;
		}
		CurrentStanding standing = this.moderation.currentStanding(user.toCaller().id());
		view.addObject("noticeBadge", standing.unreadNotices());
		view.addObject("messagingStatus", standing.status());
		view.addObject("warnedUntil", standing.warnedUntil());
		view.addObject("noticesUrl", (user.role() == Role.SELLER) ? "/seller/inbox?tab=notices" : "/buyer/notices");
	}

}
