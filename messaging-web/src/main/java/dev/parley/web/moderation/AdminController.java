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
import dev.parley.core.conversation.MessageId;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.NotFoundException;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.PartyDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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

	static final String APPEAL_VIEW = "admin/appeal";

	static final String PARTIES_VIEW = "admin/parties";

	static final String RULES_VIEW = "admin/rules";

	static final int PAGE_SIZE = 25;

	private final ModerationService moderation;

	private final ThreadReader reader;

	private final Accounts accounts;

	private final MessageSource messages;

	private final NoteService notes;

	private final Clock clock;

	AdminController(ModerationService moderation, ThreadReader reader, Accounts accounts, NoteService notes,
			MessageSource messages, Clock clock) {
		this.notes = notes;
		this.clock = clock;
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
	String queue(Caller caller, @RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable String age,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String after, Model model) {
		Cases.Query query = CaseQueries.query(blank(rule), parse(FlagSource.class, source), parse(Role.class, role),
				hours(age), blank(language), q, parse(Cases.Order.class, sort), after, PAGE_SIZE, this.clock.instant());
		List<Cases.Case> cases = this.moderation.cases(caller, query);
		model.addAttribute("cases", cases);
		model.addAttribute("counts", this.moderation.queueCounts(caller));
		model.addAttribute("appeals", this.moderation.openAppeals(caller, PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("filter", new QueueFilter(blank(rule), blank(source), blank(role), blank(age),
				blank(language), (q != null) ? q : "", (sort != null) ? sort : "OLDEST"));
		model.addAttribute("next",
				(cases.size() == PAGE_SIZE) ? CaseQueries.cursor(cases.get(cases.size() - 1).cursor()) : null);
		model.addAttribute("firstPage", after == null || after.isBlank());
		model.addAttribute("me", caller.id());
		model.addAttribute("sources", FlagSource.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("ages", List.of("1d", "7d", "30d"));
		model.addAttribute("sorts", Cases.Order.values());
		return QUEUE_VIEW;
	}

	@PostMapping("/admin/cases/{threadId}/claim")
	String claim(Caller caller, @PathVariable String threadId, RedirectAttributes redirect) {
		try {
			this.moderation.claim(caller, Ids.thread(threadId));
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("flashWarn", List.of(text("admin.decided.claimed")));
		}
		return "redirect:/admin/flags";
	}

	@PostMapping("/admin/cases/{threadId}/release")
	String release(Caller caller, @PathVariable String threadId) {
		this.moderation.release(caller, Ids.thread(threadId));
		return "redirect:/admin/flags";
	}

	@PostMapping("/admin/cases/dismiss")
	String dismiss(Caller caller, @RequestParam(name = "thread", required = false) @Nullable List<String> threads,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		if (threads == null || threads.isEmpty() || reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("flashWarn", List.of(text("admin.decision.invalid")));
			return "redirect:/admin/flags";
		}
		int dismissed = this.moderation.dismissCases(caller, threads.stream().map(Ids::thread).toList(), reason);
		redirect.addFlashAttribute("flash", List.of(this.messages.getMessage("admin.decided.bulk",
				new Object[] { dismissed }, LocaleContextHolder.getLocale())));
		return "redirect:/admin/flags";
	}

	@GetMapping("/admin/appeals/{appealId}")
	String appeal(Caller caller, @PathVariable long appealId, Model model) {
		model.addAttribute("appeal", this.moderation.appealFor(caller, appealId));
		return APPEAL_VIEW;
	}

	@PostMapping("/admin/appeals/{appealId}/decision")
	String decideAppeal(Caller caller, @PathVariable long appealId,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String internalNote, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Appeal appeal = this.moderation.appealFor(caller, appealId);
		if (!("UPHOLD".equals(outcome) || "OVERTURN".equals(outcome)) || reason == null || reason.isBlank()
				|| reason.length() > ModerationService.MAX_REASON_LENGTH) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			model.addAttribute("appeal", appeal);
			return APPEAL_VIEW;
		}
		this.moderation.decideAppeal(caller, appealId, "OVERTURN".equals(outcome), reason, internalNote);
		redirect.addFlashAttribute("flash", List.of(text("admin.decided." + outcome)));
		return "redirect:/admin/flags";
	}

	@GetMapping({ "/admin/buyers", "/admin/sellers" })
	String parties(Caller caller, HttpServletRequest request, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long after, Model model) {
		Role role = request.getRequestURI().endsWith("/buyers") ? Role.BUYER : Role.SELLER;
		List<PartyDirectory.PartyRow> rows = this.moderation.parties(caller, role, q, after, PAGE_SIZE);
		model.addAttribute("role", role);
		model.addAttribute("rows", rows);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).id().value() : null);
		return PARTIES_VIEW;
	}

	@GetMapping("/admin/rules")
	String rules(Caller caller, Model model) {
		model.addAttribute("rows", this.moderation.ruleFeedback(caller));
		model.addAttribute("periods", ModerationService.RULE_FEEDBACK_DAYS);
		return RULES_VIEW;
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
		AdminDecision decision;
		try {
			decision = this.moderation.decide(caller, flag.id(), form.kind(), form.reason(), form.internalNote());
		}
		catch (BadRequestException ex) {
			if (!"CASE_CLAIMED".equals(ex.code())) {
				throw ex;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("claimed", true);
			return renderFlag(caller, flag, form, model);
		}
		redirect.addFlashAttribute("flash",
				List.of(text("admin.decided." + (decision.escalated() ? "ESCALATED" : decision.kind().name()))));
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

	@GetMapping({ "/admin/sellers/{sellerId}", "/admin/buyers/{sellerId}" })
	String seller(Caller caller, @PathVariable String sellerId, HttpServletRequest request, Model model) {
		return renderSeller(caller, party(request, sellerId), DecisionForm.empty(), model);
	}

	@PostMapping({ "/admin/sellers/{sellerId}/decision", "/admin/buyers/{sellerId}/decision" })
	String decideForSeller(Caller caller, @PathVariable String sellerId, HttpServletRequest request,
			@Valid @ModelAttribute("decision") @Nullable DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AccountId id = party(request, sellerId);
		if (form == null || errors.hasErrors() || form.kind() == DecisionKind.DISMISS || form.kind().decidesAppeal()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return renderSeller(caller, id, (form != null) ? form : DecisionForm.empty(), model);
		}
		AdminDecision decision = this.moderation.decideForParty(caller, id, form.kind(), form.reason(),
				form.internalNote());
		redirect.addFlashAttribute("flash",
				List.of(text("admin.decided." + (decision.escalated() ? "ESCALATED" : decision.kind().name()))));
		return "redirect:" + (request.getRequestURI().contains("/admin/buyers/") ? "/admin/buyers/" : "/admin/sellers/")
				+ id.value();
	}

	/**
	 * The party of a party page's path: a buyer under /admin/buyers, a seller under
	 * /admin/sellers.
	 */
	private AccountId party(HttpServletRequest request, String id) {
		AccountId account = Ids.account(id);
		Role role = request.getRequestURI().contains("/admin/buyers/") ? Role.BUYER : Role.SELLER;
		if (!this.accounts.find(account).map((found) -> found.is(role)).orElse(false)) {
			throw new NotFoundException("party");
		}
		return account;
	}

	private String renderFlag(Caller caller, Flag flag, DecisionForm form, Model model) {
		ThreadView thread = this.reader.read(caller, flag.thread());
		model.addAttribute("party", name(flag.party()));
		model.addAttribute("reporter", (flag.raisedBy() != null) ? name(flag.raisedBy()) : null);
		model.addAttribute("case", this.moderation.caseOf(caller, flag.thread()));
		model.addAttribute("me", caller.id());
		model.addAttribute("admins", admins(thread));
		model.addAttribute("marks", marks(thread));
		model.addAttribute("flag", flag);
		model.addAttribute("thread", thread);
		model.addAttribute("messages", MessageView.of(thread, caller.id(), true));
		model.addAttribute("decision", form);
		model.addAttribute("kinds",
				List.of(DecisionKind.DISMISS, DecisionKind.WARN, DecisionKind.SUSPEND, DecisionKind.REINSTATE));
		return FLAG_VIEW;
	}

	private String renderThread(Caller caller, ThreadId id, @Nullable ChainVerification verification, Model model) {
		ThreadView thread = this.reader.read(caller, id);
		model.addAttribute("thread", thread);
		model.addAttribute("messages", MessageView.of(thread, caller.id(), true));
		model.addAttribute("verification", verification);
		model.addAttribute("notes", this.notes.notes(caller, id));
		model.addAttribute("admins", admins(thread));
		model.addAttribute("marks", marks(thread));
		return THREAD_VIEW;
	}

	/** Each message's flags: reported and flagged messages are marked in the thread. */
	private static Map<MessageId, List<Flag>> marks(ThreadView thread) {
		Map<MessageId, List<Flag>> marks = new HashMap<>();
		for (Flag flag : thread.flags()) {
			if (flag.message() != null) {
				marks.computeIfAbsent(flag.message(), (id) -> new java.util.ArrayList<>()).add(flag);
			}
		}
		return marks;
	}

	/** The names of the admins who decided on the thread, and of the reporters. */
	private Map<AccountId, String> admins(ThreadView thread) {
		Map<AccountId, String> names = new HashMap<>();
		thread.decisions().forEach((decision) -> names.computeIfAbsent(decision.admin(), this::name));
		thread.flags().forEach((flag) -> {
			names.computeIfAbsent(flag.party(), this::name);
			if (flag.raisedBy() != null) {
				names.computeIfAbsent(flag.raisedBy(), this::name);
			}
		});
		return names;
	}

	private String renderSeller(Caller caller, AccountId id, DecisionForm form, Model model) {
		ModerationService.Standing standing = this.moderation.standing(caller, id);
		model.addAttribute("standing", standing);
		model.addAttribute("threads", this.moderation.threadsOf(caller, id, 50));
		Map<AccountId, String> admins = new HashMap<>();
		standing.decisions().forEach((decision) -> admins.computeIfAbsent(decision.admin(), this::name));
		model.addAttribute("admins", admins);
		model.addAttribute("decision", form);
		model.addAttribute("kinds", List.of(DecisionKind.WARN, DecisionKind.SUSPEND, DecisionKind.REINSTATE));
		return SELLER_VIEW;
	}

	private String name(AccountId id) {
		return this.accounts.find(id).map((account) -> account.displayName()).orElse("");
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("FILTER_INVALID", "unknown filter value: " + value);
		}
	}

	private static @Nullable Integer hours(@Nullable String age) {
		if (age == null || age.isBlank()) {
			return null;
		}
		return switch (age) {
			case "1d" -> 24;
			case "7d" -> 24 * 7;
			case "30d" -> 24 * 30;
			default -> throw new BadRequestException("FILTER_INVALID", "unknown age: " + age);
		};
	}

	/**
	 * The queue's filters as the form shows them.
	 *
	 * @param rule rule id or null
	 * @param source source or null
	 * @param role party role or null
	 * @param age 1d, 7d, 30d or null
	 * @param language language code or null
	 * @param q search
	 * @param sort OLDEST or SEVERITY
	 */
	record QueueFilter(@Nullable String rule, @Nullable String source, @Nullable String role, @Nullable String age,
			@Nullable String language, String q, String sort) {
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
