package dev.parley.web.live;

import dev.parley.core.conversation.ThreadId;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /live/events}: the signed-in buyer's or seller's event stream (the page
 * session authenticates it; admins have none). A thread page passes its thread
 * ({@code ?thread=}) to hear who else of the seller's team is on it; a thread of another
 * party is simply never announced to this stream.
 */
@Controller
class LiveController {

	private final LiveUpdates updates;

	LiveController(LiveUpdates updates) {
		this.updates = updates;
	}

	@GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(Caller caller, @RequestParam(required = false) @Nullable String thread,
			HttpServletResponse response) {
		if (!LiveUpdates.streams(caller.role())) {
			throw new NotFoundException("event stream");
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Tells a buffering proxy (nginx) to pass events through at once.
		response.setHeader("X-Accel-Buffering", "no");
		return this.updates.open(caller, watched(thread));
	}

	private static @Nullable ThreadId watched(@Nullable String thread) {
		if (thread == null) {
			return null;
		}
		try {
			return Ids.thread(thread);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
