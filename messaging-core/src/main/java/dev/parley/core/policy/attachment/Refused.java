package dev.parley.core.policy.attachment;

/**
 * Thrown inside a reader to stop at the first reason to refuse the file; the reader's
 * caller turns it into a {@link Extraction.Refusal}. Without a stack trace: it is an
 * expected outcome, caught one level up.
 */
final class Refused extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Extraction.Refusal refusal;

	Refused(Extraction.Reason reason, String variant, String detail) {
		super(variant + ": " + detail, null, false, false);
		this.refusal = new Extraction.Refusal(reason, variant, detail);
	}

	static Refused active(String variant, String detail) {
		return new Refused(Extraction.Reason.ACTIVE_CONTENT, variant, detail);
	}

	static Refused unreadable(String variant, String detail) {
		return new Refused(Extraction.Reason.UNREADABLE, variant, detail);
	}

	Extraction.Refusal refusal() {
		return this.refusal;
	}

}
