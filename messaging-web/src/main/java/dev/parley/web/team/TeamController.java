package dev.parley.web.team;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team page (members, their permissions and status, the invitation form) and the
 * invitation page where an invited member chooses a password.
 */
@Controller
class TeamController {

	static final String VIEW = "team/members";

	static final String INVITATION_VIEW = "team/invitation";

	static final String INVITATION = "/team/invitation";

	private final TeamService team;

	private final MessageSource messages;

	TeamController(TeamService team, MessageSource messages) {
		this.team = team;
		this.messages = messages;
	}

	@GetMapping("/seller/team")
	String members(Caller caller, Model model) {
		return render(caller, new InviteForm("", "", List.of(Permission.READ_MESSAGES, Permission.REPLY)), null, model);
	}

	@PostMapping("/seller/team")
	String invite(Caller caller, @Valid @ModelAttribute("invite") @Nullable InviteForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(caller, (form != null) ? form : new InviteForm("", "", List.of()), "team.invite.invalid",
					model);
		}
		try {
			Member member = this.team.invite(caller, form.email(), form.name(), permissions(form.permissions()));
			redirect.addFlashAttribute("flash", List.of(text("team.invited", member.email())));
			return "redirect:/seller/team";
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(caller, form, "EMAIL_TAKEN".equals(ex.code()) ? "team.invite.taken" : "team.invite.invalid",
					model);
		}
	}

	@PostMapping("/seller/team/{memberId}/permissions")
	String permissions(Caller caller, @PathVariable String memberId,
			@RequestParam(name = "permissions", required = false) @Nullable List<Permission> permissions,
			RedirectAttributes redirect) {
		this.team.setPermissions(caller, id(memberId), permissions(permissions));
		redirect.addFlashAttribute("flash", List.of(text("team.permissions.saved")));
		return "redirect:/seller/team";
	}

	@PostMapping("/seller/team/{memberId}/status")
	String status(Caller caller, @PathVariable String memberId, @RequestParam MemberStatus status,
			RedirectAttributes redirect) {
		this.team.setStatus(caller, id(memberId), status);
		redirect.addFlashAttribute("flash", List.of(text("team.status." + status.name() + ".done")));
		return "redirect:/seller/team";
	}

	@GetMapping(INVITATION)
	String invitation(@RequestParam(required = false) @Nullable String token, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Member member = (token != null) ? this.team.invitation(token).orElse(null) : null;
		if (member == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("member", member);
		model.addAttribute("token", (member != null) ? token : "");
		model.addAttribute("minPassword", TeamService.MIN_PASSWORD);
		return INVITATION_VIEW;
	}

	@PostMapping(INVITATION)
	String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Member member = this.team.invitation(token).orElse(null);
		if (member == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("member", null);
			model.addAttribute("token", "");
			model.addAttribute("minPassword", TeamService.MIN_PASSWORD);
			return INVITATION_VIEW;
		}
		String error = !password.equals(confirm) ? "team.accept.mismatch"
				: (password.length() < TeamService.MIN_PASSWORD || password.length() > 200) ? "team.accept.short"
						: null;
		if (error == null && this.team.accept(token, password).isPresent()) {
			return "redirect:/login?joined";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("member", member);
		model.addAttribute("token", token);
		model.addAttribute("minPassword", TeamService.MIN_PASSWORD);
		model.addAttribute("error", (error != null) ? error : "team.accept.short");
		return INVITATION_VIEW;
	}

	private String render(Caller caller, InviteForm form, @Nullable String error, Model model) {
		model.addAttribute("members", this.team.members(caller));
		model.addAttribute("invite", form);
		model.addAttribute("allPermissions", Permission.values());
		model.addAttribute("error", error);
		model.addAttribute("self", caller.member());
		return VIEW;
	}

	private static Set<Permission> permissions(@Nullable List<Permission> permissions) {
		return (permissions == null || permissions.isEmpty()) ? Set.of() : EnumSet.copyOf(permissions);
	}

	private static MemberId id(String value) {
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return MemberId.of(id);
			}
		}
		catch (NumberFormatException ex) {
			// not a member id: not found
		}
		throw new NotFoundException("member");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The invitation form.
	 *
	 * @param email the member's address
	 * @param name the member's name
	 * @param permissions what the member may do
	 */
	record InviteForm(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 120) String name,
			@Nullable List<Permission> permissions) {
	}

}
