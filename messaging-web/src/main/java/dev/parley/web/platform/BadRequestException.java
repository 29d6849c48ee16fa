package dev.parley.web.platform;

/**
 * A request that cannot be processed as sent (a malformed parameter, an attachment that
 * is not an unsent upload of the caller, an action the caller's role does not have). The
 * message is safe to show to the caller.
 */
public class BadRequestException extends RuntimeException {

	private final String code;

	public BadRequestException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * A stable machine-readable code, e.g. {@code ATTACHMENT_NOT_AVAILABLE}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

}
