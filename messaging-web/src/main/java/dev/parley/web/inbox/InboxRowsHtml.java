package dev.parley.web.inbox;

import java.util.List;
import java.util.Locale;

import dev.parley.core.inbox.InboxItem;
import dev.parley.web.page.DueTime;
import dev.parley.web.page.PageDates;
import dev.parley.web.page.PageHtml;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import static dev.parley.web.page.PageHtml.escape;

/**
 * The rows of an inbox page, written once per page rather than evaluated element by
 * element: the template engine spent three quarters of a page's time in its loops, about
 * twenty expressions per row (JFR at 1,000,000 messages, stop 27). The markup is what
 * {@code inbox/inbox.html} wrote for a row, text and attributes escaped as its
 * {@code th:text} and {@code th:attr} did; the controller puts it in the model and the
 * template writes it with {@code th:utext}.
 * <p>
 * Thread-safe: stateless.
 */
@Component
class InboxRowsHtml {

	private final MessageSource messages;

	private final PageDates dates;

	InboxRowsHtml(MessageSource messages, PageDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The rows as {@code
	 *
	<li>} elements.
	 * @param rows the page's rows
	 * @param seller whether the viewer is the seller
	 * @param area {@code seller} or {@code buyer}: the start of the thread links
	 * @return the markup
	 */
	String html(List<InboxController.Row> rows, boolean seller, String area) {
		Locale locale = LocaleContextHolder.getLocale();
		String threads = PageHtml.contextPath() + "/" + area + "/threads/";
		StringBuilder out = new StringBuilder(rows.size() * 1400);
		for (InboxController.Row row : rows) {
			row(out, row, seller, threads, locale);
		}
		return out.toString();
	}

	private void row(StringBuilder out, InboxController.Row row, boolean seller, String threads, Locale locale) {
		InboxItem item = row.item();
		long thread = item.thread().value();
		out.append("<li class=\"thread-row").append(item.unread() ? " unread" : "").append("\" data-thread=\"");
		out.append(thread).append("\">\n");
		out.append("<input type=\"checkbox\" name=\"thread\" class=\"select-row\" value=\"").append(thread);
		out.append("\" id=\"select-").append(thread).append("\" aria-label=\"");
		escape(out, text(locale, "inbox.select", item.counterpartName(), item.subject())).append("\">\n");
		out.append("<a class=\"thread-link\" href=\"").append(threads).append(thread).append("\">\n");
		out.append("<span class=\"row-top\">\n");
		if (item.unread()) {
			out.append("<span class=\"unread-dot\" aria-hidden=\"true\"></span>\n");
			out.append("<span class=\"visually-hidden\">");
			escape(out, text(locale, "inbox.unread")).append("</span>\n");
		}
		out.append("<strong class=\"counterpart\">");
		escape(out, item.counterpartName()).append("</strong>\n");
		if (seller && item.businessBuyer()) {
			out.append("<span class=\"badge\">");
			escape(out, text(locale, "inbox.business")).append("</span>\n");
		}
		out.append("<span class=\"badge state ").append(row.state().cssClass()).append("\">");
		escape(out, text(locale, "inbox.state." + row.state().name())).append("</span>\n");
		out.append("<span class=\"order-id\">");
		escape(out, (item.order() != null) ? text(locale, "inbox.order", item.order().value())
				: text(locale, "inbox.preSale"))
			.append("</span>\n");
		if (item.attachments() > 0) {
			String attachments = text(locale, "inbox.attachments", item.attachments());
			out.append("<span class=\"attachments\" title=\"");
			escape(out, attachments).append("\">")
				.append(PageHtml.PAPERCLIP)
				.append("<span class=\"visually-hidden\">");
			escape(out, attachments).append("</span></span>\n");
		}
		out.append("<time class=\"when\" datetime=\"");
		escape(out, this.dates.iso(item.lastActivityAt())).append("\" title=\"");
		escape(out, this.dates.dateTime(item.lastActivityAt())).append("\" data-relative>");
		escape(out, this.dates.relative(item.lastActivityAt())).append("</time>\n");
		out.append("</span>\n<span class=\"subject\">");
		escape(out, item.subject()).append("</span>\n");
		out.append("<span class=\"snippet\"><span class=\"last-writer\"><span>");
		String writer = switch (row.lastWriter(seller)) {
			case "you" -> text(locale, "inbox.lastByYou");
			case "system" -> text(locale, "inbox.lastBySystem");
			default -> text(locale, "inbox.lastBy", item.counterpartName());
		};
		escape(out, writer).append("</span></span>\n<span>");
		escape(out, item.snippet()).append("</span></span>\n</a>\n");
		if (seller && row.due() != null) {
			due(out, row.due(), locale);
		}
		out.append("</li>\n");
	}

	/** As the {@code due} fragment of {@code inbox/fragments.html}. */
	private void due(StringBuilder out, DueTime due, Locale locale) {
		out.append("<span class=\"due").append(due.overdue() ? " overdue" : "").append("\" data-due=\"");
		escape(out, due.dueAt().toString()).append("\" title=\"");
		escape(out, text(locale, "due.at", this.dates.dateTime(due.dueAt()))).append("\">\n<span>");
		String key = due.overdue() ? (due.inDays() ? "due.overdueDays" : "due.overdue")
				: (due.inDays() ? "due.leftDays" : "due.left");
		escape(out, due.inDays() ? text(locale, key, due.days()) : text(locale, key, due.hours(), due.minutes()));
		out.append("</span>\n</span>\n");
	}

	private String text(Locale locale, String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, (arguments.length == 0) ? null : arguments, locale);
	}

}
