package dev.parley.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Delivery;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.attachment.UploadResult;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.conversation.SendResult.Posted;
import dev.parley.web.page.Explained.Check;
import dev.parley.web.page.Explained.Explanation;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The send step of every compose form: uploads the chosen files through the attachment
 * service (type check, image scrubbing), then sends through the messaging service, and
 * turns the outcome into what the page shows: the notes for the flash message after a
 * send, or the explained violations (with the text marked) after a refusal.
 */
@Component
public class Composer {

	private final AttachmentService attachments;

	private final Explained explained;

	Composer(AttachmentService attachments, Explained explained) {
		this.attachments = attachments;
		this.explained = explained;
	}

	/**
	 * Uploads the files and sends.
	 * @param caller the sender
	 * @param files the form's file inputs (empty inputs are skipped)
	 * @param send the send, given the uploaded attachments
	 * @return sent or refused
	 */
	public Outcome send(Caller caller, @Nullable List<MultipartFile> files,
			Function<List<AttachmentId>, SendResult> send) {
		List<AttachmentId> uploaded = new ArrayList<>();
		List<Explanation> refusals = new ArrayList<>();
		for (MultipartFile file : chosen(files)) {
			UploadResult result;
			try {
				result = this.attachments.upload(caller, file.getOriginalFilename(), file.getSize(), file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (result instanceof UploadResult.Stored stored) {
				uploaded.add(stored.info().id());
			}
			else {
				refusals.addAll(this.explained.violations(((UploadResult.Refused) result).violations()));
			}
		}
		if (!refusals.isEmpty()) {
			return new Refused(refusals, null);
		}
		SendResult result = send.apply(uploaded);
		if (result instanceof Posted posted) {
			return new Sent(posted, notes(posted));
		}
		Check check = this.explained.check(result.decision());
		return new Refused(check.violations(), check);
	}

	private List<String> notes(Posted posted) {
		List<String> notes = new ArrayList<>();
		if (posted.delivery() == Delivery.NOT_DELIVERED_OPTED_OUT) {
			notes.add(this.explained.text("compose.notDelivered", List.of()));
		}
		for (Explanation explanation : this.explained.violations(posted.decision().violations())) {
			if (explanation.outcome() == dev.parley.core.policy.Outcome.REDACT
					|| explanation.outcome() == dev.parley.core.policy.Outcome.FLAG) {
				notes.add(explanation.message());
			}
		}
		return notes;
	}

	private static List<MultipartFile> chosen(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> !(file.isEmpty()
					&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
			.toList();
	}

	/**
	 * What a compose form's send came to.
	 */
	public sealed interface Outcome permits Sent, Refused {

	}

	/**
	 * Stored.
	 *
	 * @param posted the posted message
	 * @param notes what the sender should know (redactions, review, not delivered)
	 */
	public record Sent(Posted posted, List<String> notes) implements Outcome {

	}

	/**
	 * Refused: an attachment or the message broke a rule; nothing was sent.
	 *
	 * @param violations the explanations
	 * @param check the message check with the text marked, or null when an attachment was
	 * refused before the message was checked
	 */
	public record Refused(List<Explanation> violations, @Nullable Check check) implements Outcome {

	}

}
