package dev.parley.web.team;

import java.util.List;

import dev.parley.core.conversation.ThreadId;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding an internal note from the seller's thread page: POST, then back to the page.
 */
@Controller
class NoteController {

	private final NoteService notes;

	private final MessageSource messages;

	NoteController(NoteService notes, MessageSource messages) {
		this.notes = notes;
		this.messages = messages;
	}

	@PostMapping("/seller/threads/{threadId}/notes")
	String add(Caller caller, @PathVariable String threadId, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		ThreadId id = Ids.thread(threadId);
		try {
			this.notes.add(caller, id, text);
			redirect.addFlashAttribute("flash", List.of(text("thread.notes.added")));
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("flashWarn", List.of(text("thread.notes.invalid")));
		}
		return "redirect:/seller/threads/" + id.value() + "#notes";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
