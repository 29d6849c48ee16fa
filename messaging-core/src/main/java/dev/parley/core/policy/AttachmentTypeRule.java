package dev.parley.core.policy;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code ATTACHMENT_TYPE} (SPEC §4.5): the content must be one of the allowed types (see
 * {@link AttachmentInspector}) and the extension must name that type. Span 0..0; the
 * excerpt is the file name. Empty and oversized files are left to
 * {@code ATTACHMENT_SIZE}.
 */
final class AttachmentTypeRule implements Rule {

	static final String ALLOWED = Arrays.stream(AttachmentInspector.FileType.values())
		.flatMap((type) -> type.extensions.stream().sorted())
		.map((extension) -> "." + extension)
		.collect(Collectors.joining(", "));

	private final AttachmentInspector inspector;

	AttachmentTypeRule(AttachmentInspector inspector) {
		this.inspector = inspector;
	}

	@Override
	public RuleId id() {
		return RuleId.ATTACHMENT_TYPE;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		for (DraftAttachment attachment : inspection.draft().attachments()) {
			if (attachment.size() > 0 && attachment.size() <= inspection.limits().maxAttachmentBytes()) {
				check(attachment, findings);
			}
		}
	}

	/**
	 * Checks one file: the name's extension against the type decided from the bytes, on
	 * upload or now.
	 * @return the type of an accepted file, else null
	 */
	AttachmentInspector.FileType check(DraftAttachment attachment, Findings findings) {
		String name = attachment.fileName();
		String extension = AttachmentInspector.extension(name);
		AttachmentInspector.FileType named = AttachmentInspector.FileType.ofExtension(extension);
		if (named == null) {
			findings.general(id(), "extension", name, name, extension.isEmpty() ? "-" : "." + extension, ALLOWED);
			return null;
		}
		AttachmentReading reading = attachment.reading();
		AttachmentInspector.FileType detected = (reading != null)
				? AttachmentInspector.FileType.ofContentType(reading.contentType())
				: this.inspector.detect(attachment.content());
		if (detected == null) {
			findings.general(id(), "", name, name, "." + extension, ALLOWED);
			return null;
		}
		if (detected != named) {
			findings.general(id(), "mismatch", name, name, "." + extension, detected.contentType);
			return null;
		}
		return detected;
	}

}
