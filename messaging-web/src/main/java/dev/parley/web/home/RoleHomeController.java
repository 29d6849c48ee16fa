package dev.parley.web.home;

import dev.parley.web.security.ParleyUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page of each role.
 */
@Controller
class RoleHomeController {

	static final String VIEW = "home/home";

	@GetMapping("/seller/inbox")
	String seller(@AuthenticationPrincipal ParleyUser user, Model model) {
		return home(user, "home.seller", model);
	}

	@GetMapping("/buyer/orders")
	String buyer(@AuthenticationPrincipal ParleyUser user, Model model) {
		return home(user, "home.buyer", model);
	}

	@GetMapping("/admin/flags")
	String admin(@AuthenticationPrincipal ParleyUser user, Model model) {
		return home(user, "home.admin", model);
	}

	private String home(ParleyUser user, String titleKey, Model model) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("displayName", user.displayName());
		return VIEW;
	}

}
