package dev.parley.web.evidence;

import java.io.IOException;

import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The evidence bundle download linked from the seller's, the buyer's and the admin's
 * thread page (a ZIP archive, not a page).
 */
@Controller
class EvidenceController {

	private final EvidenceService evidence;

	EvidenceController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping({ "/seller/threads/{threadId}/evidence", "/buyer/threads/{threadId}/evidence",
			"/admin/threads/{threadId}/evidence" })
	ResponseEntity<InputStreamResource> download(Caller caller, @PathVariable String threadId) throws IOException {
		return this.evidence.export(caller, Ids.thread(threadId)).response();
	}

}
