package dev.parley.web.team;

import java.util.List;

import dev.parley.core.conversation.ThreadId;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning a thread from the seller's thread page and switching round-robin on the
 * settings page: POST, then back to the page with a flash message.
 */
@Controller
class AssignmentController {

	private final AssignmentService assignments;

	private final MessageSource messages;

	AssignmentController(AssignmentService assignments, MessageSource messages) {
		this.assignments = assignments;
		this.messages = messages;
	}

	@PostMapping("/seller/threads/{threadId}/assignment")
	String assign(Caller caller, @PathVariable String threadId,
			@RequestParam(required = false) @Nullable String assignee, RedirectAttributes redirect) {
		ThreadId id = Ids.thread(threadId);
		try {
			this.assignments.assign(caller, id, AssignmentService.Target.ofParameter(assignee));
			redirect.addFlashAttribute("flash", List.of(text("thread.assignment.done")));
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("flashWarn", List.of(text("thread.assignment.invalid")));
		}
		return "redirect:/seller/threads/" + id.value() + "#assignment";
	}

	@PostMapping("/seller/settings/assignment")
	String settings(Caller caller, @RequestParam(required = false) @Nullable Boolean roundRobin,
			RedirectAttributes redirect) {
		this.assignments.saveSettings(caller, Boolean.TRUE.equals(roundRobin));
		redirect.addFlashAttribute("flash", List.of(text("settings.saved")));
		return "redirect:/seller/settings#assignment";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
