package dev.parley.web.home;

import dev.parley.web.security.ParleyUser;
import dev.parley.web.security.RoleHome;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site root sends each signed-in account to its role's home page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal ParleyUser user) {
		return "redirect:" + RoleHome.of(user.role());
	}

}
