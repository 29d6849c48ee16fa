package dev.parley.web.team;

import java.util.Locale;

import dev.parley.core.team.PingPolicy;
import dev.parley.core.team.PresenceState;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The thread page's presence ping ({@code state} = {@code viewing}, {@code replying} or
 * {@code gone}), sent by the page's script with the session and its CSRF token: 204, or
 * 429 when a member changes state faster than once a second.
 */
@Controller
class PresenceController {

	private final PresenceService presence;

	PresenceController(PresenceService presence) {
		this.presence = presence;
	}

	@PostMapping("/seller/threads/{threadId}/presence")
	ResponseEntity<Void> ping(Caller caller, @PathVariable String threadId,
			@RequestParam(defaultValue = "") String state) {
		PingPolicy.Decision decision = this.presence.ping(caller, Ids.thread(threadId), state(state));
		if (decision == PingPolicy.Decision.TOO_FREQUENT) {
			return ResponseEntity.status(429)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(PingPolicy.MIN_INTERVAL.toSeconds()))
				.build();
		}
		return ResponseEntity.noContent().build();
	}

	private static PresenceState state(String value) {
		try {
			return PresenceState.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("PRESENCE_STATE", "state is viewing, replying or gone");
		}
	}

}
