package dev.parley.persistence.database;

/**
 * A position in PostgreSQL's write-ahead log (a {@code pg_lsn}, written
 * {@code 16/B374D848}), as one unsigned 64-bit number so that positions compare as
 * numbers.
 */
record WalPosition(long value) implements Comparable<WalPosition> {

	static final WalPosition ZERO = new WalPosition(0);

	static WalPosition parse(String lsn) {
		int slash = lsn.indexOf('/');
		if (slash <= 0 || slash == lsn.length() - 1) {
			throw new IllegalArgumentException("Not a pg_lsn: " + lsn);
		}
		long high = Long.parseLong(lsn.substring(0, slash), 16);
		long low = Long.parseLong(lsn.substring(slash + 1), 16);
		return new WalPosition((high << 32) | low);
	}

	boolean reached(WalPosition wanted) {
		return compareTo(wanted) >= 0;
	}

	@Override
	public int compareTo(WalPosition other) {
		return Long.compareUnsigned(this.value, other.value);
	}

	@Override
	public String toString() {
		return Long.toHexString(this.value >>> 32).toUpperCase() + "/"
				+ Long.toHexString(this.value & 0xFFFFFFFFL).toUpperCase();
	}

}
