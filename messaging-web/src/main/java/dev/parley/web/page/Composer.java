package dev.parley.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Delivery;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.attachment.AttachmentService.Inspected;
import dev.parley.web.attachment.AttachmentService.Inspection;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.conversation.SendResult.Posted;
import dev.parley.web.page.Explained.Check;
import dev.parley.web.page.Explained.Explanation;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The send step of every compose form: inspects the chosen files (type check, image
 * scrubbing, once), then stages them and sends through the messaging service in one
 * transaction, as the email path does, and turns the outcome into what the page shows:
 * the notes for the flash message after a send, or the explained violations (with the
 * text marked) after a refusal. A refusal rolls the send back, and the files that passed
 * inspection stay staged for the form's next try (the sender does not choose them again);
 * uploads never sent are purged after a while.
 */
@Component
public class Composer {

	private final AttachmentService attachments;

	private final Explained explained;

	private final TransactionTemplate transactions;

	Composer(AttachmentService attachments, Explained explained, PlatformTransactionManager transactions) {
		this.attachments = attachments;
		this.explained = explained;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Stages the files and sends, in one transaction.
	 * @param caller the sender
	 * @param files the form's file inputs (empty inputs are skipped)
	 * @param staged uploads of the caller that a refused send kept for this form
	 * @param send the send, given the attachments
	 * @return sent or refused
	 */
	public Outcome send(Caller caller, @Nullable List<MultipartFile> files, @Nullable List<Long> staged,
			Function<List<AttachmentId>, SendResult> send) {
		List<AttachmentInfo> kept = this.attachments.staged(caller,
				(staged != null) ? staged.stream().map(AttachmentId::of).toList() : List.of());
		List<Inspected> accepted = new ArrayList<>();
		List<Explanation> refusals = new ArrayList<>();
		for (MultipartFile file : chosen(files)) {
			Inspection inspection = this.attachments.inspect(caller, file.getOriginalFilename(), bytes(file));
			if (inspection instanceof Inspected inspected) {
				accepted.add(inspected);
			}
			else {
				refusals.addAll(this.explained.violations(((AttachmentService.Rejected) inspection).violations()));
			}
		}
		if (!refusals.isEmpty()) {
			return new Refused(refusals, null, keep(caller, kept, accepted));
		}
		SendResult result = this.transactions.execute((status) -> {
			List<AttachmentId> ids = new ArrayList<>(kept.stream().map(AttachmentInfo::id).toList());
			for (Inspected file : accepted) {
				ids.add(this.attachments.stage(caller, file).id());
			}
			SendResult outcome = send.apply(ids);
			if (!(outcome instanceof Posted)) {
				status.setRollbackOnly();
			}
			return outcome;
		});
		if (result instanceof Posted posted) {
			return new Sent(posted, notes(posted));
		}
		Check check = this.explained.check(result.decision());
		return new Refused(check.violations(), check, keep(caller, kept, accepted));
	}

	/** Stages files for the form's next try, after a refusal (no second inspection). */
	private List<AttachmentInfo> keep(Caller caller, List<AttachmentInfo> kept, List<Inspected> accepted) {
		if (accepted.isEmpty()) {
			return kept;
		}
		List<AttachmentInfo> all = new ArrayList<>(kept);
		this.transactions.executeWithoutResult((status) -> {
			for (Inspected file : accepted) {
				all.add(this.attachments.stage(caller, file));
			}
		});
		return all;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
	 * @param staged the files kept for the form's next try (staged uploads of the sender)
	 */
	public record Refused(List<Explanation> violations, @Nullable Check check,
			List<AttachmentInfo> staged) implements Outcome {

		public Refused {
			staged = List.copyOf(staged);
		}

		/**
		 * A refusal that keeps no files.
		 * @param violations the explanations
		 * @param check the message check, or null
		 */
		public Refused(List<Explanation> violations, @Nullable Check check) {
			this(violations, check, List.of());
		}

	}

}
