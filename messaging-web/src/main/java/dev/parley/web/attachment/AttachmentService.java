package dev.parley.web.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Attachments.StoredAttachment;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.policy.AttachmentCheck;
import dev.parley.core.policy.AttachmentReading;
import dev.parley.core.policy.DraftAttachment;
import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.RuleId;
import dev.parley.core.policy.Violation;
import dev.parley.core.policy.attachment.FileNames;
import dev.parley.core.thread.Uploads;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.policy.PolicyProperties;

import org.springframework.core.io.InputStreamSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads and downloads. An upload's type is decided from its content by the rules
 * engine; images are re-encoded without metadata before they are stored. Pages inspect
 * files first and stage them in the send's transaction; uploads that no message took are
 * purged after {@code parley.uploads.max-age}. A sent attachment is served only to its
 * thread's two parties (buyers not for messages withheld from them) and admins; an unsent
 * upload only to its owner.
 */
@Service
public class AttachmentService {

	/** Longest file name kept, in characters. */
	static final int MAX_NAME_LENGTH = 150;

	private final Attachments attachments;

	private final Uploads uploads;

	private final Conversations conversations;

	private final MessagePolicy policy;

	private final ImageScrubber scrubber = new ImageScrubber();

	private final Clock clock;

	private final PolicyProperties policyProperties;

	private final Duration uploadAge;

	AttachmentService(Attachments attachments, Uploads staging, Conversations conversations, MessagePolicy policy,
			Clock clock, PolicyProperties policyProperties, UploadProperties uploads) {
		this.attachments = attachments;
		this.uploads = staging;
		this.conversations = conversations;
		this.policy = policy;
		this.clock = clock;
		this.policyProperties = policyProperties;
		this.uploadAge = uploads.maxAge();
	}

	/**
	 * The largest attachment the rules accept: what a reader of a stream (an inbound
	 * email) needs to keep of a file at most.
	 * @return the limit in bytes
	 */
	public long maxAttachmentBytes() {
		return this.policyProperties.getLimits().getMaxAttachmentBytes();
	}

	/**
	 * Checks and stores an uploaded file, refusing one over the size limit before reading
	 * it into memory.
	 * @param caller a buyer or seller
	 * @param fileName the name the client gave
	 * @param size the declared size in bytes
	 * @param content the bytes, read only when the size is acceptable
	 * @return stored, or refused with violations
	 * @throws IOException when the upload cannot be read
	 */
	@Transactional
	public UploadResult upload(Caller caller, String fileName, long size, InputStreamSource content)
			throws IOException {
		long max = this.policyProperties.getLimits().getMaxAttachmentBytes();
		if (size > max) {
			String name = cleanName(fileName);
			return new UploadResult.Refused(List.of(new Violation(RuleId.ATTACHMENT_SIZE, Outcome.BLOCK,
					"policy.ATTACHMENT_SIZE", List.of(name, megabytes(size), megabytes(max)), 0, 0, name)));
		}
		try (InputStream input = content.getInputStream()) {
			return upload(caller, fileName, input.readNBytes((int) max + 1));
		}
	}

	/**
	 * Checks and stores a file as an unsent upload of the caller.
	 * @param caller a buyer or seller
	 * @param fileName the name the client gave
	 * @param content the bytes
	 * @return stored, or refused with violations
	 */
	@Transactional
	public UploadResult upload(Caller caller, String fileName, byte[] content) {
		Inspection inspection = inspect(caller, fileName, content);
		if (inspection instanceof Inspected inspected) {
			return new UploadResult.Stored(stage(caller, inspected));
		}
		return new UploadResult.Refused(((Rejected) inspection).violations());
	}

	/**
	 * Checks a file, storing nothing: its type from the content, images re-encoded
	 * without metadata. The bytes are inspected here once; staging them later does not
	 * inspect them again.
	 * @param caller a buyer or seller
	 * @param fileName the name the client gave
	 * @param content the bytes
	 * @return the file ready to stage, or the violations
	 */
	public Inspection inspect(Caller caller, String fileName, byte[] content) {
		if (caller.is(Role.ADMIN)) {
			throw new BadRequestException("PARTIES_ONLY", "admins do not send attachments");
		}
		String name = cleanName(fileName);
		long max = this.policyProperties.getLimits().getMaxAttachmentBytes();
		if (content.length > max) {
			return new Rejected(List.of(new Violation(RuleId.ATTACHMENT_SIZE, Outcome.BLOCK, "policy.ATTACHMENT_SIZE",
					List.of(name, megabytes(content.length), megabytes(max)), 0, 0, name)));
		}
		AttachmentCheck check = this.policy.checkAttachment(new DraftAttachment(name, content), caller.role());
		if (!check.isAccepted() || check.contentType() == null || check.reading() == null) {
			return new Rejected(check.violations().isEmpty() ? List.of(typeViolation(name, "policy.ATTACHMENT_TYPE"))
					: check.violations());
		}
		byte[] stored = content;
		if (ImageScrubber.isImage(check.contentType())) {
			try {
				stored = this.scrubber.scrub(content, check.contentType());
			}
			catch (ImageScrubber.UnreadableImageException ex) {
				return new Rejected(List.of(typeViolation(name, "attachment.image.unreadable")));
			}
		}
		return new Inspected(name, check.contentType(), stored, check.reading());
	}

	/**
	 * Stores an inspected file as an unsent upload of the caller, in the caller's
	 * transaction (a send that follows in it takes the upload into the record).
	 * @param caller the owner
	 * @param file the inspected file
	 * @return what was staged
	 */
	@Transactional
	public AttachmentInfo stage(Caller caller, Inspected file) {
		return this.uploads.stage(caller.id(), file.name(), file.contentType(), file.content(), file.reading(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * The caller's unsent uploads among some ids (others are ignored), for a form that
	 * keeps the files a refused send had staged.
	 * @param caller the owner
	 * @param ids the ids
	 * @return the caller's unsent uploads, in order
	 */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> staged(Caller caller, List<AttachmentId> ids) {
		List<AttachmentInfo> staged = new ArrayList<>(ids.size());
		for (AttachmentId id : ids) {
			this.uploads.staged(id)
				.filter((upload) -> !upload.isSent() && upload.owner().equals(caller.id()))
				.ifPresent((upload) -> staged.add(upload.info()));
		}
		return staged;
	}

	/**
	 * Removes uploads that no message took and that are older than the configured age
	 * (abandoned forms, refused sends never retried).
	 * @return how many were removed
	 */
	@Scheduled(fixedDelayString = "${parley.uploads.purge-interval}",
			initialDelayString = "${parley.uploads.purge-interval}")
	@Transactional
	public int purgeAbandonedUploads() {
		return this.attachments.purgeUploads(this.clock.instant().minus(this.uploadAge));
	}

	/** What inspecting a file came to. */
	public sealed interface Inspection permits Inspected, Rejected {

	}

	/**
	 * A file that may be attached, with the bytes to store (images re-encoded) and what
	 * the rules read from it (staged with it, so the send does not read the bytes again).
	 *
	 * @param name the cleaned file name
	 * @param contentType the type detected from the content
	 * @param content the bytes to store
	 * @param reading what the rules read from the bytes
	 */
	public record Inspected(String name, String contentType, byte[] content,
			AttachmentReading reading) implements Inspection {

	}

	/**
	 * A file that may not be attached.
	 *
	 * @param violations why
	 */
	public record Rejected(List<Violation> violations) implements Inspection {

		public Rejected {
			violations = List.copyOf(violations);
		}

	}

	/**
	 * An attachment for download.
	 * @param caller who asks
	 * @param id the attachment
	 * @return it, with its bytes
	 * @throws NotFoundException when the caller may not read it
	 */
	@Transactional(readOnly = true)
	public StoredAttachment download(Caller caller, AttachmentId id) {
		StoredAttachment attachment = this.attachments.find(id).orElseThrow(() -> new NotFoundException("attachment"));
		if (!attachment.isSent()) {
			if (attachment.owner().equals(caller.id())) {
				return attachment;
			}
			throw new NotFoundException("attachment");
		}
		if (caller.is(Role.ADMIN)) {
			return attachment;
		}
		boolean party = this.conversations.find(attachment.thread())
			.map((thread) -> thread.involves(caller.id()))
			.orElse(false);
		MessageId message = attachment.message();
		boolean visible = party && message != null
				&& this.conversations.message(message).map((stored) -> stored.isVisibleTo(caller.role())).orElse(false);
		if (!visible) {
			throw new NotFoundException("attachment");
		}
		return attachment;
	}

	static String cleanName(String fileName) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = FileNames.withoutBidiControls(name.replaceAll("[\\p{Cntrl}\"]", "")).strip();
		if (name.length() > MAX_NAME_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
		}
		return name.isEmpty() ? "attachment" : name;
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	private static Violation typeViolation(String name, String key) {
		return new Violation(RuleId.ATTACHMENT_TYPE, Outcome.BLOCK, key, List.of(name), 0, 0, name);
	}

}
