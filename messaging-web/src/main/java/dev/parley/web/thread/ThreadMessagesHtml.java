package dev.parley.web.thread;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.web.page.MessageView;
import dev.parley.web.page.PageDates;
import dev.parley.web.page.PageHtml;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import static dev.parley.web.page.PageHtml.escape;

/**
 * The messages of a thread page, written once per page rather than evaluated element by
 * element: the template engine's per-element work dominated the page (JFR: 18 ms at one
 * client, against 5 ms for the same thread through the JSON API; 50 messages by default,
 * every one of 200 and more with {@code ?all=true}). The markup is what
 * {@code thread/thread.html} wrote for a message, texts and attributes escaped as its
 * {@code th:text} and {@code th:attr} did, and the body, the stored sanitized HTML,
 * written as it is, as its {@code th:utext} did. The controller puts it in the model and
 * the template writes it inside the list {@code ol.messages} with {@code th:utext}.
 * <p>
 * Thread-safe: stateless.
 */
@Component
class ThreadMessagesHtml {

	private final MessageSource messages;

	private final PageDates dates;

	ThreadMessagesHtml(MessageSource messages, PageDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The messages as {@code li.message} elements, the last one with the id
	 * {@code latest}, the others {@code m<seq>}.
	 * @param shown the messages on the page, oldest first
	 * @param seller whether the viewer is the seller (who sees which member wrote what)
	 * @param thread the thread
	 * @param authors the team member who wrote a message, by message id
	 * @param reportFor the message whose report form is open, or null
	 * @return the markup
	 */
	String html(List<MessageView> shown, boolean seller, ThreadId thread, Map<Long, String> authors,
			@Nullable MessageId reportFor) {
		Page page = new Page(seller, thread, authors, reportFor);
		StringBuilder out = new StringBuilder(shown.size() * 1600);
		for (int i = 0; i < shown.size(); i++) {
			message(out, page, shown.get(i), i == shown.size() - 1);
		}
		return out.toString();
	}

	private void message(StringBuilder out, Page page, MessageView m, boolean last) {
		long id = m.id().value();
		out.append("<li id=\"").append(last ? "latest" : "m" + m.seq()).append("\" class=\"message ");
		out.append(m.system() ? "system" : (m.mine() ? "mine" : "theirs")).append("\">\n");
		out.append("<div class=\"message-head\">\n<strong class=\"sender\">");
		escape(out, m.system() ? page.text("thread.system") : m.senderName()).append("</strong>\n");
		if (!m.system()) {
			out.append("<span class=\"badge\">");
			escape(out, page.text("action." + m.action().name())).append("</span>\n");
		}
		if (m.topic() != null) {
			out.append("<span class=\"badge\">");
			escape(out, page.text("topic." + m.topic().name())).append("</span>\n");
		}
		if (m.message().important()) {
			out.append("<span class=\"badge badge-critical\">");
			escape(out, page.text("thread.important")).append("</span>\n");
		}
		out.append("<time datetime=\"");
		escape(out, this.dates.iso(m.message().sentAt())).append("\">");
		escape(out, this.dates.dateTime(m.message().sentAt())).append("</time>\n");
		String author = page.seller ? page.authors.get(id) : null;
		if (author != null) {
			out.append("<span class=\"muted message-author\">");
			escape(out, page.text("thread.author", author)).append("</span>\n");
		}
		out.append("</div>\n");
		if (!m.system()) {
			out.append("<p class=\"message-subject\">");
			escape(out, m.subject()).append("</p>\n");
		}
		// The stored sanitized HTML, unescaped as th:utext wrote it.
		out.append("<div class=\"message-body\">").append(m.html()).append("</div>\n");
		if (!m.delivered()) {
			out.append("<p class=\"note note-warn\">");
			escape(out, page.text("thread.notDelivered")).append("</p>\n");
		}
		if (!m.redactedRules().isEmpty()) {
			redacted(out, page, m.redactedRules());
		}
		if (!m.attachments().isEmpty()) {
			attachments(out, page, m.attachments());
		}
		for (ThreadEvent report : m.myReports()) {
			out.append("<p class=\"note\">");
			escape(out, page.text("thread.reported", page.text("report." + report.reason()),
					this.dates.dateTime(report.at())))
				.append("</p>\n");
		}
		if (m.reportable()) {
			if (page.reportFor == null || page.reportFor != id) {
				out.append("<p class=\"report-link\"><a href=\"").append(page.thread).append("?report=").append(id);
				out.append("#report\">");
				escape(out, page.text("thread.report")).append("</a></p>\n");
			}
			else {
				reportForm(out, page, id, last ? "#latest" : "#m" + m.seq());
			}
		}
		out.append("</li>\n");
	}

	private static void redacted(StringBuilder out, Page page, List<String> rules) {
		out.append("<p class=\"note\">\n<span>");
		escape(out, page.text("thread.redacted")).append("</span>\n");
		for (int i = 0; i < rules.size(); i++) {
			out.append("<span>");
			escape(out, page.text("rule." + rules.get(i)) + ((i == rules.size() - 1) ? "" : ", ")).append("</span>");
		}
		// As th:each wrote them: white space before the first only.
		out.append("\n</p>\n");
	}

	private static void attachments(StringBuilder out, Page page, List<AttachmentInfo> attachments) {
		out.append("<ul class=\"attachments\" aria-label=\"");
		escape(out, page.text("thread.attachments")).append("\">\n");
		for (AttachmentInfo attachment : attachments) {
			out.append("<li>\n<a href=\"").append(page.attachments).append(attachment.id().value());
			out.append("\" download>").append(PageHtml.PAPERCLIP).append("<span>");
			escape(out, attachment.fileName()).append("</span></a>\n<span class=\"muted\">");
			escape(out, page.text("thread.size", page.kilobytes(attachment.size()))).append("</span>\n</li>\n");
		}
		out.append("</ul>\n");
	}

	/**
	 * The one open report form; with the CSRF field Thymeleaf's {@code th:action} adds
	 * right after the form's start tag.
	 */
	private static void reportForm(StringBuilder out, Page page, long id, String cancel) {
		out.append("<form id=\"report\" method=\"post\" class=\"stacked report\" action=\"").append(page.thread);
		out.append("/reports\">");
		if (page.csrf != null) {
			out.append("<input type=\"hidden\" name=\"");
			escape(out, page.csrf.getParameterName()).append("\" value=\"");
			escape(out, page.csrf.getToken()).append("\"/>");
		}
		out.append("\n<h3>");
		escape(out, page.text("thread.report")).append("</h3>\n");
		out.append("<input type=\"hidden\" name=\"messageId\" value=\"").append(id).append("\">\n");
		out.append("<label for=\"report-reason\">");
		escape(out, page.text("thread.report.reason")).append("</label>\n");
		out.append("<select id=\"report-reason\" name=\"reason\" required>\n");
		for (ReportReason reason : ReportReason.values()) {
			out.append("<option value=\"").append(reason.name()).append("\">");
			escape(out, page.text("report." + reason.name())).append("</option>\n");
		}
		out.append("</select>\n<label for=\"report-note\">");
		escape(out, page.text("thread.report.note")).append("</label>\n");
		out.append("<textarea id=\"report-note\" name=\"note\" maxlength=\"2000\" rows=\"3\"></textarea>\n");
		out.append("<button type=\"submit\" class=\"danger\">");
		escape(out, page.text("thread.report.submit")).append("</button>\n");
		out.append("<a href=\"").append(page.thread).append(cancel).append("\">");
		escape(out, page.text("thread.report.cancel")).append("</a>\n</form>\n");
	}

	/** What one page's messages share: language, links, CSRF token, texts. */
	private final class Page {

		final Locale locale = LocaleContextHolder.getLocale();

		final boolean seller;

		final Map<Long, String> authors;

		final @Nullable Long reportFor;

		/** The thread's link, escaped, as {@code @{...}} builds it. */
		final String thread;

		/** The start of an attachment's link, escaped. */
		final String attachments;

		final @Nullable CsrfToken csrf;

		/** The texts without arguments: each message asks for the same few. */
		private final Map<String, String> texts = new HashMap<>();

		private @Nullable NumberFormat sizes;

		Page(boolean seller, ThreadId thread, Map<Long, String> authors, @Nullable MessageId reportFor) {
			this.seller = seller;
			this.authors = authors;
			this.reportFor = (reportFor != null) ? reportFor.value() : null;
			HttpServletRequest request = PageHtml.request();
			String context = (request != null) ? request.getContextPath() : "";
			this.thread = HtmlUtils
				.htmlEscape(context + "/" + (seller ? "seller" : "buyer") + "/threads/" + thread.value(), "UTF-8");
			this.attachments = HtmlUtils.htmlEscape(context + "/attachments/", "UTF-8");
			this.csrf = (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)
					? token : null;
		}

		String text(String key) {
			return this.texts.computeIfAbsent(key, (k) -> message(k, null));
		}

		String text(String key, Object... arguments) {
			return message(key, arguments);
		}

		/**
		 * A message as {@code #{...}} resolves it: a key the bundles lack (a rule id no
		 * bundle names) shows as Thymeleaf's {@code ??key_locale??}.
		 */
		private String message(String key, Object @Nullable [] arguments) {
			try {
				return ThreadMessagesHtml.this.messages.getMessage(key, arguments, this.locale);
			}
			catch (NoSuchMessageException ex) {
				return "??" + key + "_" + this.locale + "??";
			}
		}

		/**
		 * A size in KB as {@code #numbers.formatDecimal(size / 1024.0, 1, 1)} writes it:
		 * the language's number format, one decimal always shown, no grouping.
		 */
		String kilobytes(long bytes) {
			if (this.sizes == null) {
				DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(this.locale);
				format.setMinimumFractionDigits(1);
				format.setMaximumFractionDigits(1);
				format.setMinimumIntegerDigits(1);
				format.setDecimalSeparatorAlwaysShown(true);
				format.setGroupingUsed(false);
				DecimalFormatSymbols symbols = new DecimalFormatSymbols(this.locale);
				symbols.setGroupingSeparator('?');
				format.setDecimalFormatSymbols(symbols);
				this.sizes = format;
			}
			return this.sizes.format(bytes / 1024.0);
		}

	}

}
