package dev.parley.web.live;

import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /live/events}: the signed-in buyer's or seller's event stream (the page
 * session authenticates it; admins have none).
 */
@Controller
class LiveController {

	private final LiveUpdates updates;

	LiveController(LiveUpdates updates) {
		this.updates = updates;
	}

	@GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(Caller caller, HttpServletResponse response) {
		if (!LiveUpdates.streams(caller.role())) {
			throw new NotFoundException("event stream");
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Tells a buffering proxy (nginx) to pass events through at once.
		response.setHeader("X-Accel-Buffering", "no");
		return this.updates.open(caller);
	}

}
