package dev.parley.core.account;

/**
 * Identifies an account. Positive.
 *
 * @param value the database id
 */
public record AccountId(long value) {

	public AccountId {
		if (value <= 0) {
			throw new IllegalArgumentException("account id must be positive: " + value);
		}
	}

	public static AccountId of(long value) {
		return new AccountId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
