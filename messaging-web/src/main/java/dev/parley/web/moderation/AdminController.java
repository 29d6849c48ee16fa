package dev.parley.web.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagId;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.conversation.ThreadView;
import dev.parley.web.platform.Ids;
import dev.parley.web.page.MessageView;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.NoteService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trust and safety pages: the flag queue (oldest first), a flagged thread read-only with
 * the flagged spans marked and the decision form, a seller's standing with the status
 * history, and the verification of a thread's hash chain.
 */
@Controller
class AdminController {

	static final String QUEUE_VIEW = "admin/flags";

	static final String FLAG_VIEW = "admin/flag";

	static final String THREAD_VIEW = "admin/thread";

	static final String SELLER_VIEW = "admin/seller";

	static final int PAGE_SIZE = 25;

	private final ModerationService moderation;

	private final ThreadReader reader;

	private final Accounts accounts;

	private final MessageSource messages;

	private final NoteService notes;

	AdminController(ModerationService moderation, ThreadReader reader, Accounts accounts, NoteService notes,
			MessageSource messages) {
		this.notes = notes;
		this.moderation = moderation;
		this.reader = reader;
		this.accounts = accounts;
		this.messages = messages;
	}

	@InitBinder("decision")
	void decisionBinder(WebDataBinder binder) {
		binder.setDisallowedFields("admin", "seller", "flag", "at");
	}

	@GetMapping("/admin/flags")
	String queue(Caller caller, @RequestParam(required = false) @Nullable String after, Model model) {
		FlagId cursor = (after != null && !after.isBlank()) ? Ids.flag(after) : null;
		List<Flag> flags = this.moderation.openFlags(caller, cursor, PAGE_SIZE);
		Map<AccountId, String> sellers = new HashMap<>();
		for (Flag flag : flags) {
			sellers.computeIfAbsent(flag.seller(), this::name);
		}
		model.addAttribute("flags", flags);
		model.addAttribute("sellers", sellers);
		model.addAttribute("total", this.moderation.countOpenFlags(caller));
		model.addAttribute("next", (flags.size() == PAGE_SIZE) ? flags.get(flags.size() - 1).id().value() : null);
		model.addAttribute("firstPage", cursor == null);
		return QUEUE_VIEW;
	}

	@GetMapping("/admin/flags/{flagId}")
	String flag(Caller caller, @PathVariable String flagId, Model model) {
		Flag flag = this.moderation.flag(caller, Ids.flag(flagId));
		return renderFlag(caller, flag, DecisionForm.empty(), model);
	}

	@PostMapping("/admin/flags/{flagId}/decision")
	String decide(Caller caller, @PathVariable String flagId,
			@Valid @ModelAttribute("decision") @Nullable DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Flag flag = this.moderation.flag(caller, Ids.flag(flagId));
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return renderFlag(caller, flag, (form != null) ? form : DecisionForm.empty(), model);
		}
		this.moderation.decide(caller, flag.id(), form.kind(), form.reason());
		redirect.addFlashAttribute("flash", List.of(text("admin.decided." + form.kind().name())));
		return "redirect:/admin/flags";
	}

	@GetMapping("/admin/threads/{threadId}")
	String thread(Caller caller, @PathVariable String threadId, Model model) {
		return renderThread(caller, Ids.thread(threadId), null, model);
	}

	@GetMapping("/admin/threads/{threadId}/verify")
	String verify(Caller caller, @PathVariable String threadId, Model model) {
		ThreadId id = Ids.thread(threadId);
		return renderThread(caller, id, this.moderation.verifyChain(caller, id), model);
	}

	@GetMapping("/admin/sellers/{sellerId}")
	String seller(Caller caller, @PathVariable String sellerId, Model model) {
		return renderSeller(caller, Ids.account(sellerId), DecisionForm.empty(), model);
	}

	@PostMapping("/admin/sellers/{sellerId}/decision")
	String decideForSeller(Caller caller, @PathVariable String sellerId,
			@Valid @ModelAttribute("decision") @Nullable DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AccountId id = Ids.account(sellerId);
		if (form == null || errors.hasErrors() || form.kind() == DecisionKind.DISMISS) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return renderSeller(caller, id, (form != null) ? form : DecisionForm.empty(), model);
		}
		this.moderation.decideForSeller(caller, id, form.kind(), form.reason());
		redirect.addFlashAttribute("flash", List.of(text("admin.decided." + form.kind().name())));
		return "redirect:/admin/sellers/" + id.value();
	}

	private String renderFlag(Caller caller, Flag flag, DecisionForm form, Model model) {
		ThreadView thread = this.reader.read(caller, flag.thread());
		model.addAttribute("flag", flag);
		model.addAttribute("thread", thread);
		model.addAttribute("messages", MessageView.of(thread, caller.id(), true));
		model.addAttribute("decision", form);
		model.addAttribute("kinds", DecisionKind.values());
		return FLAG_VIEW;
	}

	private String renderThread(Caller caller, ThreadId id, @Nullable ChainVerification verification, Model model) {
		ThreadView thread = this.reader.read(caller, id);
		model.addAttribute("thread", thread);
		model.addAttribute("messages", MessageView.of(thread, caller.id(), true));
		model.addAttribute("verification", verification);
		model.addAttribute("notes", this.notes.notes(caller, id));
		return THREAD_VIEW;
	}

	private String renderSeller(Caller caller, AccountId id, DecisionForm form, Model model) {
		model.addAttribute("standing", this.moderation.standing(caller, id));
		model.addAttribute("decision", form);
		model.addAttribute("kinds", List.of(DecisionKind.WARN, DecisionKind.SUSPEND, DecisionKind.REINSTATE));
		return SELLER_VIEW;
	}

	private String name(AccountId id) {
		return this.accounts.find(id).map((account) -> account.displayName()).orElse("");
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
