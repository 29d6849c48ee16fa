package dev.parley.web.template;

import java.util.ArrayList;
import java.util.List;

import dev.parley.core.template.Template;
import dev.parley.core.template.TemplateId;
import dev.parley.web.platform.Ids;
import dev.parley.web.page.PlainText;
import dev.parley.web.platform.Caller;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seller's templates: list, create, edit (with translations), delete.
 */
@Controller
class TemplateController {

	static final String LIST_VIEW = "template/templates";

	static final String FORM_VIEW = "template/form";

	private final TemplateService templates;

	private final MessageSource messages;

	TemplateController(TemplateService templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@InitBinder("template")
	void templateBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "seller", "updatedAt");
	}

	@GetMapping("/seller/templates")
	String list(Caller caller, Model model) {
		model.addAttribute("templates", this.templates.list(caller));
		return LIST_VIEW;
	}

	@GetMapping("/seller/templates/new")
	String create(Caller caller, Model model) {
		return form(null, TemplateForm.empty(caller.language()), model);
	}

	@PostMapping("/seller/templates")
	String save(Caller caller, @Valid @ModelAttribute("template") @Nullable TemplateForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(caller, null, form, errors, model, redirect, response);
	}

	@GetMapping("/seller/templates/{templateId}")
	String edit(Caller caller, @PathVariable String templateId, Model model) {
		Template template = this.templates.find(caller, Ids.template(templateId));
		return form(template.id(), TemplateForm.of(template), model);
	}

	@PostMapping("/seller/templates/{templateId}")
	String update(Caller caller, @PathVariable String templateId,
			@Valid @ModelAttribute("template") @Nullable TemplateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TemplateId id = Ids.template(templateId);
		this.templates.find(caller, id);
		return save(caller, id, form, errors, model, redirect, response);
	}

	@PostMapping("/seller/templates/{templateId}/delete")
	String delete(Caller caller, @PathVariable String templateId, RedirectAttributes redirect) {
		this.templates.delete(caller, Ids.template(templateId));
		redirect.addFlashAttribute("flash", List.of(text("templates.deleted")));
		return "redirect:/seller/templates";
	}

	private String save(Caller caller, @Nullable TemplateId id, @Nullable TemplateForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", errors.getFieldErrors().stream().map(FieldError::getField).toList());
			TemplateForm shown = (form != null) ? form.withAllRows() : TemplateForm.empty(caller.language());
			return form(id, shown, model);
		}
		String subject = (form.subject() != null) ? form.subject() : "";
		String html = PlainText.toHtml(form.body());
		this.templates.save(caller, id, form.name(), form.language(), subject, html, form.translationMap());
		redirect.addFlashAttribute("flash", List.of(text("templates.saved")));
		// Saved either way (a phone number is fine for a warranty message), but the
		// seller
		// learns now what the rules would refuse in a reply.
		List<String> warnings = new ArrayList<>();
		this.templates.check(subject, html, form.language())
			.forEach((v) -> warnings.add(text("templates.rules.warning", v.label(), v.message())));
		form.translationMap()
			.forEach(
					(language, translation) -> this.templates.check(translation.subject(), translation.body(), language)
						.forEach((v) -> warnings.add(text("templates.rules.warning.in",
								text("language." + language.code()), v.label(), v.message()))));
		if (!warnings.isEmpty()) {
			warnings.add(0, text("templates.rules.intro"));
			redirect.addFlashAttribute("flashWarn", warnings);
		}
		return "redirect:/seller/templates";
	}

	private String form(@Nullable TemplateId id, TemplateForm form, Model model) {
		model.addAttribute("templateId", (id != null) ? id.value() : null);
		model.addAttribute("template", form);
		model.addAttribute("languages", dev.parley.core.account.Language.values());
		return FORM_VIEW;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
