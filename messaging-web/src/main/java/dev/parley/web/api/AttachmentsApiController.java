package dev.parley.web.api;

import java.io.IOException;
import org.springframework.web.bind.annotation.RequestPart;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.web.attachment.AttachmentDownloads;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.attachment.UploadResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments: upload (checked by the rules, images re-encoded) and download
 * (participants and admins only, always as a download, never sniffed).
 */
@RestController
@Tag(name = "Attachments")
class AttachmentsApiController {

	private final AttachmentService attachments;

	AttachmentsApiController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = ApiSecurityConfiguration.API + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "uploadAttachment", summary = "Upload an attachment",
			description = "Uploads one file (multipart field 'file') to send with a message: its type is decided by its content and must match its extension; at most 10 MB. Images are re-encoded. Refused files are 422 with violations.")
	ResponseEntity<UploadJson> upload(Caller caller,
			@Parameter(description = "the file") @RequestPart("file") MultipartFile file) throws IOException {
		UploadResult result = this.attachments.upload(caller, file.getOriginalFilename(), file.getSize(), file);
		if (result instanceof UploadResult.Refused refused) {
			throw new RejectedException(refused.violations());
		}
		AttachmentInfo info = ((UploadResult.Stored) result).info();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new UploadJson(info.id().value(), info.contentType(), info.size(), info.fileName(), info.sha256()));
	}

	@GetMapping(ApiSecurityConfiguration.API + "/attachments/{id}")
	@Operation(operationId = "downloadAttachment", summary = "Download an attachment",
			description = "The file, always as a download (Content-Disposition: attachment, nosniff), for the thread's participants and admins.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String id) {
		return AttachmentDownloads.response(this.attachments.download(caller, Ids.attachment(id)));
	}

	/**
	 * A stored upload.
	 *
	 * @param attachmentId the id to send with a message
	 * @param contentType the type detected from the content
	 * @param size bytes stored (images after re-encoding)
	 * @param fileName the file name kept
	 * @param sha256 hex digest of the stored bytes
	 */
	record UploadJson(long attachmentId, String contentType, long size, String fileName, String sha256) {
	}

}
