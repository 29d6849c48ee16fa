package dev.parley.core.order;

import java.util.regex.Pattern;

/**
 * A marketplace order id: 17 digits written {@code NNN-NNNNNNN-NNNNNNN}.
 *
 * @param value the id in its written form
 */
public record OrderId(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

	public OrderId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("an order id has 17 digits written NNN-NNNNNNN-NNNNNNN: " + value);
		}
	}

	public static OrderId of(String value) {
		return new OrderId(value);
	}

	/**
	 * Whether a string is a well-formed order id, for input validation without
	 * exceptions.
	 * @param value the candidate
	 * @return true when {@link #of(String)} would accept it
	 */
	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
