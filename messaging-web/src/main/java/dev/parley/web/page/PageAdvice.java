package dev.parley.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.ForbiddenException;
import dev.parley.web.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page controller shares: the current path for the navigation's
 * {@code aria-current}, and the error pages. Another party's object and a missing one are
 * the same 404 page. The JSON API has its own handling ({@code dev.parley.web.api}).
 */
@ControllerAdvice(basePackages = { "dev.parley.web.inbox", "dev.parley.web.thread", "dev.parley.web.order",
		"dev.parley.web.listing", "dev.parley.web.template", "dev.parley.web.settings", "dev.parley.web.token",
		"dev.parley.web.metrics", "dev.parley.web.moderation", "dev.parley.web.attachment", "dev.parley.web.home",
		"dev.parley.web.security", "dev.parley.web.webhook", "dev.parley.web.evidence", "dev.parley.web.team" })
class PageAdvice {

	static final String NOT_FOUND_VIEW = "error/404";

	static final String BAD_REQUEST_VIEW = "error/400";

	static final String FORBIDDEN_VIEW = "error/403";

	private static final Log logger = LogFactory.getLog(PageAdvice.class);

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception ex, HttpServletResponse response) {
		ModelAndView page = new ModelAndView(NOT_FOUND_VIEW);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		ModelAndView page = new ModelAndView(FORBIDDEN_VIEW);
		page.addObject("permission", ex.permission());
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		logger.debug("Bad page request: " + ex.code() + ": " + ex.getMessage());
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW);
		page.addObject("code", ex.code());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
