package dev.parley.web.thread;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.Permission;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.metrics.MetricsService;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.conversation.ThreadView;
import dev.parley.web.order.OrderService;
import dev.parley.web.order.ActionChoice;
import dev.parley.web.page.Composer;
import dev.parley.web.page.Composer.Outcome;
import dev.parley.web.page.Composer.Refused;
import dev.parley.web.page.Composer.Sent;
import dev.parley.web.page.DueTime;
import dev.parley.web.page.Explained;
import dev.parley.web.platform.Ids;
import dev.parley.web.page.MessageView;
import dev.parley.web.page.PlainText;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.team.AssignmentService;
import dev.parley.web.team.NoteService;
import dev.parley.web.template.TemplateService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A thread page for its seller or buyer. Opening it marks the thread read. The reply form
 * works without JavaScript: a refused reply comes back with every violation explained,
 * the offending spans marked and the text kept; a script adds the same check while typing
 * (the JSON endpoint below, the same dry run as sending).
 */
@Controller
class ThreadController {

	static final String VIEW = "thread/thread";

	private final ThreadReader reader;

	private final MessagingService messaging;

	private final OrderService orders;

	private final TemplateService templates;

	private final Composer composer;

	private final Explained explained;

	private final MessageSource messages;

	private final NoteService notes;

	private final Clock clock;

	private final MetricsService metrics;

	private final AssignmentService assignments;

	private final ThreadMessagesHtml messagesHtml;

	ThreadController(ThreadReader reader, MessagingService messaging, OrderService orders, TemplateService templates,
			Composer composer, Explained explained, NoteService notes, MessageSource messages, Clock clock,
			MetricsService metrics, AssignmentService assignments, ThreadMessagesHtml messagesHtml) {
		this.metrics = metrics;
		this.assignments = assignments;
		this.messagesHtml = messagesHtml;
		this.reader = reader;
		this.messaging = messaging;
		this.orders = orders;
		this.templates = templates;
		this.composer = composer;
		this.explained = explained;
		this.notes = notes;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("reply")
	void replyBinder(WebDataBinder binder) {
		binder.setDisallowedFields("sender", "author", "delivery", "important", "proactive", "attachments");
	}

	/**
	 * The thread. With {@code report=<message id>} it also shows the form to report that
	 * message, at the message: each message carries only a link to it, so a long thread
	 * renders one form, not one per message (issue 19). A message the viewer may not
	 * report, or one of another thread, is a 404. A long thread shows its latest messages
	 * and a link to all of them ({@code all=true}; {@link MessageWindow}).
	 */
	@GetMapping({ "/seller/threads/{threadId}", "/buyer/threads/{threadId}" })
	String show(Caller caller, @PathVariable String threadId, @RequestParam(required = false) @Nullable String template,
			@RequestParam(required = false) @Nullable String report,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
		ThreadId id = Ids.thread(threadId);
		this.messaging.markRead(caller, id);
		ThreadView thread = this.reader.read(caller, id);
		ReplyForm form = ReplyForm.empty(null);
		if (template != null && !template.isBlank() && caller.is(Role.SELLER)) {
			TemplateService.Filled filled = this.templates.fillShowingGaps(caller, Ids.template(template),
					thread.buyer(), thread.order());
			form = new ReplyForm(null, filled.subject(), PlainText.fromHtml(filled.body()));
			model.addAttribute("chosenTemplate", template);
			model.addAttribute("unfilled", filled.unfilled());
		}
		List<MessageView> views = MessageView.of(thread, caller.id(), false);
		MessageId target = null;
		if (report != null) {
			MessageId reported = Ids.message(report);
			if (views.stream().noneMatch((message) -> message.reportable() && message.id().equals(reported))) {
				throw new NotFoundException("message");
			}
			target = reported;
		}
		return render(caller, thread, MessageWindow.of(views, all, target), target, form, null, model);
	}

	/**
	 * "Mark unread": the thread shows as unread in the caller's inbox (and badge) until
	 * it is opened again; back to the inbox, since showing the thread would read it.
	 */
	@PostMapping({ "/seller/threads/{threadId}/unread", "/buyer/threads/{threadId}/unread" })
	String markUnread(Caller caller, @PathVariable String threadId, RedirectAttributes redirect) {
		if (this.messaging.markUnread(caller, Ids.thread(threadId))) {
			redirect.addFlashAttribute("flash", List.of(text("thread.markUnread.done")));
		}
		return "redirect:/" + (caller.is(Role.SELLER) ? "seller" : "buyer") + "/inbox";
	}

	@PostMapping({ "/seller/threads/{threadId}/messages", "/buyer/threads/{threadId}/messages" })
	String reply(Caller caller, @PathVariable String threadId, @Valid @ModelAttribute("reply") @Nullable ReplyForm form,
			BindingResult errors, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(name = "staged", required = false) @Nullable List<Long> staged, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ThreadId id = Ids.thread(threadId);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", errors.getFieldErrors().stream().map(FieldError::getField).toList());
			return render(caller, this.reader.read(caller, id), (form != null) ? form : ReplyForm.empty(null), null,
					model);
		}
		boolean seller = caller.is(Role.SELLER);
		if (seller && form.seenUpTo() != null && !form.isConfirmed()) {
			// Collision check (issue 16): someone of the team answered after this page
			// was
			// opened. Show their answer first and ask before sending a second one.
			ThreadView thread = this.reader.read(caller, id);
			int seen = form.seenUpTo();
			List<MessageView> since = MessageView.of(thread, caller.id(), false)
				.stream()
				.filter((message) -> message.seq() > seen && message.sender() == Sender.SELLER)
				.toList();
			if (!since.isEmpty()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("collision", since);
				return render(caller, thread, form, null, model);
			}
		}
		if (seller && form.action() == null) {
			ThreadView thread = this.reader.read(caller, id);
			if (!thread.summary().isAwaitingResponse() && thread.order() != null) {
				// Nothing awaits an answer: the seller chooses what the message is for.
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("invalid", List.of("action"));
				model.addAttribute("flashWarn", List.of(text("compose.action.required")));
				return render(caller, thread, form, null, model);
			}
		}
		Outcome outcome = this.composer.send(caller, files, staged,
				(attachments) -> this.messaging.reply(caller, id, form.toCompose(seller, attachments)));
		if (outcome instanceof Sent sent) {
			redirect.addFlashAttribute("flash", List.of(text("thread.sent")));
			if (!sent.notes().isEmpty()) {
				redirect.addFlashAttribute("flashWarn", sent.notes());
			}
			return "redirect:" + path(caller, id) + "#latest";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(caller, this.reader.read(caller, id), form, (Refused) outcome, model);
	}

	@PostMapping("/seller/threads/{threadId}/no-response-needed")
	String noResponseNeeded(Caller caller, @PathVariable String threadId, RedirectAttributes redirect) {
		ThreadId id = Ids.thread(threadId);
		boolean answered = this.messaging.noResponseNeeded(caller, id);
		redirect.addFlashAttribute("flash",
				List.of(text(answered ? "thread.noResponse.done" : "thread.noResponse.nothing")));
		return "redirect:" + path(caller, id);
	}

	@PostMapping({ "/seller/threads/{threadId}/reports", "/buyer/threads/{threadId}/reports" })
	String report(Caller caller, @PathVariable String threadId,
			@Valid @ModelAttribute("report") @Nullable ReportForm form, BindingResult errors,
			RedirectAttributes redirect) {
		ThreadId id = Ids.thread(threadId);
		if (errors.hasErrors() || form == null) {
			redirect.addFlashAttribute("flashWarn", List.of(text("thread.report.invalid")));
			return "redirect:" + path(caller, id);
		}
		this.messaging.report(caller, id, Ids.message(form.messageId()), form.reason(), form.note());
		redirect.addFlashAttribute("flash", List.of(text("thread.report.done")));
		return "redirect:" + path(caller, id);
	}

	/**
	 * The live check: exactly the dry run a send would make.
	 * @param caller the party
	 * @param threadId the thread
	 * @param request the draft
	 * @return the verdict, the explained violations and the text they refer to
	 */
	@PostMapping(path = { "/seller/threads/{threadId}/check", "/buyer/threads/{threadId}/check" },
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Explained.Check check(Caller caller, @PathVariable String threadId, @Valid @RequestBody CheckRequest request) {
		return this.explained.check(
				this.messaging.checkForThread(caller, Ids.thread(threadId), request.toCompose(caller.is(Role.SELLER)))
					.rules());
	}

	/**
	 * A template filled for this thread's buyer, for the template picker's script.
	 * @param caller the seller
	 * @param threadId the thread
	 * @param templateId the template
	 * @return the subject and the body as text for the reply box, and the placeholders
	 * this thread cannot fill
	 */
	@GetMapping(path = "/seller/threads/{threadId}/templates/{templateId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	TemplateService.Filled template(Caller caller, @PathVariable String threadId, @PathVariable String templateId) {
		ThreadView thread = this.reader.read(caller, Ids.thread(threadId));
		TemplateService.Filled filled = this.templates.fillShowingGaps(caller, Ids.template(templateId), thread.buyer(),
				thread.order());
		return new TemplateService.Filled(filled.subject(), PlainText.fromHtml(filled.body()), filled.unfilled());
	}

	private String render(Caller caller, ThreadView thread, ReplyForm form, @Nullable Refused refused, Model model) {
		return render(caller, thread, MessageWindow.of(MessageView.of(thread, caller.id(), false), false, null), null,
				form, refused, model);
	}

	/**
	 * The thread page, its messages written by {@link ThreadMessagesHtml}.
	 * @param reportFor the message whose report form is open, or null
	 */
	private String render(Caller caller, ThreadView thread, MessageWindow window, @Nullable MessageId reportFor,
			ReplyForm form, @Nullable Refused refused, Model model) {
		boolean seller = caller.is(Role.SELLER);
		model.addAttribute("thread", thread);
		model.addAttribute("area", seller ? "seller" : "buyer");
		model.addAttribute("seller", seller);
		model.addAttribute("messages", window.shown());
		model.addAttribute("earlier", window.earlier());
		model.addAttribute("due", seller ? DueTime.of(thread.summary().dueAt(), this.clock.instant()) : null);
		model.addAttribute("reply", form);
		model.addAttribute("refused", refused);
		model.addAttribute("history",
				HistoryItem.of(thread, this.assignments.memberNames(caller, thread.seller().id())));
		model.addAttribute("assignment",
				(seller && caller.may(Permission.REPLY)) ? this.assignments.view(caller, thread.summary().id()) : null);
		if (seller) {
			List<ActionChoice> choices = (thread.order() != null)
					? ActionChoice.of(this.orders.messagingActions(caller, thread.order()), this.explained) : List.of();
			model.addAttribute("actions", choices);
			model.addAttribute("preSale", thread.order() == null);
			model.addAttribute("templates", this.templates.list(caller));
			model.addAttribute("awaiting", thread.summary().isAwaitingResponse());
			model.addAttribute("notes", this.notes.notes(caller, thread.summary().id()));
		}
		else {
			model.addAttribute("expectation",
					this.metrics.expectation(thread.seller().id(), thread.summary().awaitingSince()));
		}
		Map<Long, String> authors = this.notes.authors(caller, thread.messages());
		model.addAttribute("authors", authors);
		model.addAttribute("messagesHtml",
				this.messagesHtml.html(window.shown(), seller, thread.summary().id(), authors, reportFor));
		return VIEW;
	}

	private static String path(Caller caller, ThreadId id) {
		return "/" + (caller.is(Role.SELLER) ? "seller" : "buyer") + "/threads/" + id.value();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	static boolean isReply(@Nullable Action action) {
		return action == null || action == Action.REPLY;
	}

}
