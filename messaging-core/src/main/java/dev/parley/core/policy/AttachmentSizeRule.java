package dev.parley.core.policy;

/**
 * {@code ATTACHMENT_SIZE} (SPEC §4.5): empty files and files over 10 MB. Span 0..0; the
 * excerpt is the file name.
 */
final class AttachmentSizeRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.ATTACHMENT_SIZE;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		for (DraftAttachment attachment : inspection.draft().attachments()) {
			check(attachment, inspection.limits().maxAttachmentBytes(), findings);
		}
	}

	void check(DraftAttachment attachment, long max, Findings findings) {
		if (attachment.size() == 0) {
			findings.general(id(), "empty", attachment.fileName(), attachment.fileName());
		}
		else if (attachment.size() > max) {
			findings.general(id(), "", attachment.fileName(), attachment.fileName(), megabytes(attachment.size()),
					megabytes(max));
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
