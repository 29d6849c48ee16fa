package dev.parley.web.platform;

/**
 * The object does not exist or is not the caller's: both are the same answer (404), so
 * that nobody learns whether another party's thread, order or attachment exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
