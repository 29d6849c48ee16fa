package dev.parley.web.webhook;

import java.util.Arrays;
import java.util.List;

import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.WebhookEvent;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Webhooks: a seller's endpoints, registering one, and per endpoint its
 * secret, switch, rotation, delivery log and "Redeliver".
 */
@Controller
class WebhookController {

	static final String LIST_VIEW = "webhook/list";

	static final String DETAIL_VIEW = "webhook/detail";

	private static final int LOG_SIZE = 50;

	private final WebhookService webhooks;

	private final MessageSource messages;

	WebhookController(WebhookService webhooks, MessageSource messages) {
		this.webhooks = webhooks;
		this.messages = messages;
	}

	@GetMapping("/seller/webhooks")
	String list(Caller caller, Model model) {
		model.addAttribute("endpoints", this.webhooks.endpoints(caller));
		model.addAttribute("eventTypes", eventTypes());
		return LIST_VIEW;
	}

	@PostMapping("/seller/webhooks")
	String create(Caller caller, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(name = "eventTypes", required = false) @Nullable List<String> eventTypes, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			WebhookEndpoint endpoint = this.webhooks.register(caller, url, description,
					(eventTypes != null) ? eventTypes : List.of());
			redirect.addFlashAttribute("flash", List.of(text("webhooks.created")));
			return "redirect:/seller/webhooks/" + endpoint.id();
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "webhooks.error." + ex.code());
			model.addAttribute("url", url);
			model.addAttribute("description", description);
			model.addAttribute("chosen", (eventTypes != null) ? eventTypes : List.of());
			return list(caller, model);
		}
	}

	@GetMapping("/seller/webhooks/{id}")
	String detail(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("endpoint", this.webhooks.endpoint(caller, id));
		model.addAttribute("deliveries", this.webhooks.deliveries(caller, id, null, LOG_SIZE));
		return DETAIL_VIEW;
	}

	@PostMapping("/seller/webhooks/{id}/enabled")
	String enable(Caller caller, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		WebhookEndpoint endpoint = this.webhooks.endpoint(caller, id);
		this.webhooks.update(caller, id, endpoint.url().toString(), endpoint.description(),
				endpoint.events().stream().map(WebhookEvent::wireName).toList(), enabled);
		redirect.addFlashAttribute("flash", List.of(text(enabled ? "webhooks.enabled" : "webhooks.disabled")));
		return "redirect:/seller/webhooks/" + id;
	}

	@PostMapping("/seller/webhooks/{id}/secret")
	String rotate(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		this.webhooks.rotateSecret(caller, id);
		redirect.addFlashAttribute("flash", List.of(text("webhooks.rotated")));
		return "redirect:/seller/webhooks/" + id;
	}

	@PostMapping("/seller/webhooks/{id}/delete")
	String delete(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		this.webhooks.delete(caller, id);
		redirect.addFlashAttribute("flash", List.of(text("webhooks.deleted")));
		return "redirect:/seller/webhooks";
	}

	@PostMapping("/seller/webhooks/{id}/deliveries/{delivery}/redeliver")
	String redeliver(Caller caller, @PathVariable long id, @PathVariable long delivery, RedirectAttributes redirect) {
		this.webhooks.redeliver(caller, id, delivery);
		redirect.addFlashAttribute("flash", List.of(text("webhooks.redelivered")));
		return "redirect:/seller/webhooks/" + id;
	}

	private static List<String> eventTypes() {
		return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
