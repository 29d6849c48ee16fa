package dev.parley.web.api;

import java.io.IOException;

import dev.parley.web.evidence.EvidenceBundle;
import dev.parley.web.evidence.EvidenceService;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A thread's evidence bundle, for its parties and admins.
 */
@RestController
@Tag(name = "Threads")
class EvidenceApiController {

	private final EvidenceService evidence;

	EvidenceApiController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping(ApiSecurityConfiguration.API + "/threads/{threadId}/evidence")
	@Operation(operationId = "exportThreadEvidence", summary = "Export a thread's evidence bundle",
			description = "A ZIP archive with what the caller may see of the thread: the messages as JSON and as a readable HTML transcript, "
					+ "the attachments, the events and decisions, every link of the hash chain (messages withheld from the caller appear "
					+ "as their link alone), the latest signed checkpoint with the thread's Merkle inclusion proof and the public key, "
					+ "and a manifest signed with the checkpoint key. scripts/verify-evidence checks it offline. Another party's thread is 404.")
	@ApiResponse(responseCode = "200", description = "The bundle",
			content = @Content(mediaType = EvidenceBundle.MEDIA_TYPE,
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<InputStreamResource> export(Caller caller, @PathVariable String threadId) throws IOException {
		return this.evidence.export(caller, Ids.thread(threadId)).response();
	}

}
