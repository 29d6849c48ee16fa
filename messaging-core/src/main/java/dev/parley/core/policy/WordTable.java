package dev.parley.core.policy;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Words looked up by where they stand in a text, without cutting a substring: the
 * detectors ask for every token of every message, and a substring and its hash per token
 * cost more than the rest of the lookup. Open addressing over the words' string hashes.
 * <p>
 * Thread-safe: immutable after construction.
 *
 * @param <V> what a word maps to
 */
final class WordTable<V> {

	private final String[] keys;

	/**
	 * The keys' hashes, never 0 (0 marks an empty slot): a probe reads them, and a key
	 * only when its hash matches.
	 */
	private final int[] hashes;

	/**
	 * One bit per hash value (its low bits), set for the keys': most words of a text are
	 * in no table, and this small array tells so without touching the table.
	 */
	private final long[] filter;

	private final int filterMask;

	private final Object[] values;

	private final int mask;

	private WordTable(Map<String, ? extends V> entries) {
		int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 2) - 1) << 1;
		int bits = Integer.highestOneBit(Math.max(512, entries.size() * 16) - 1) << 1;
		this.filter = new long[bits / 64];
		this.filterMask = bits - 1;
		this.keys = new String[capacity];
		this.hashes = new int[capacity];
		this.values = new Object[capacity];
		this.mask = capacity - 1;
		entries.forEach((key, value) -> {
			int hash = key.hashCode();
			int slot = spread(hash) & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = key;
			this.hashes[slot] = nonZero(hash);
			int bit = hash & this.filterMask;
			this.filter[bit >>> 6] |= 1L << bit;
			this.values[slot] = value;
		});
	}

	static <V> WordTable<V> of(Map<String, ? extends V> entries) {
		return new WordTable<>(entries);
	}

	static WordTable<Boolean> of(Set<String> words) {
		Map<String, Boolean> entries = new java.util.HashMap<>();
		for (String word : words) {
			entries.put(word, Boolean.TRUE);
		}
		return new WordTable<>(entries);
	}

	private static int nonZero(int hash) {
		return (hash == 0) ? 1 : hash;
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	/**
	 * What the characters {@code from} to {@code to} of a text map to.
	 * @return the value, or {@code null} when they are not a word of the table
	 */
	@Nullable V get(String text, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		return get(text, from, to, hash);
	}

	/**
	 * The same, given the characters' string hash (a token's, which
	 * {@link NormalizedText#tokenHash} has).
	 */
	@SuppressWarnings("unchecked")
	@Nullable V get(String text, int from, int to, int hash) {
		int bit = hash & this.filterMask;
		if ((this.filter[bit >>> 6] & (1L << bit)) == 0) {
			return null;
		}
		int length = to - from;
		int stored = nonZero(hash);
		int slot = spread(hash) & this.mask;
		int probe;
		while ((probe = this.hashes[slot]) != 0) {
			if (probe == stored) {
				String key = this.keys[slot];
				if (key.length() == length && key.regionMatches(0, text, from, length)) {
					return (V) this.values[slot];
				}
			}
			slot = (slot + 1) & this.mask;
		}
		return null;
	}

	/** What a token of a text maps to, or {@code null}. */
	@Nullable V get(NormalizedText text, int token) {
		return get(text.value(), text.tokenStart(token), text.tokenEnd(token), text.tokenHash(token));
	}

	boolean contains(String text, int from, int to) {
		return get(text, from, to) != null;
	}

}
