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
	 * The keys' hashes: most probes end on a hash that differs, without reading a key.
	 */
	private final int[] hashes;

	private final Object[] values;

	private final int mask;

	private final int size;

	private WordTable(Map<String, ? extends V> entries) {
		int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 3) - 1) << 1;
		this.keys = new String[capacity];
		this.hashes = new int[capacity];
		this.values = new Object[capacity];
		this.mask = capacity - 1;
		this.size = entries.size();
		entries.forEach((key, value) -> {
			int slot = spread(key.hashCode()) & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = key;
			this.hashes[slot] = key.hashCode();
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
		int length = to - from;
		int slot = spread(hash) & this.mask;
		String key;
		while ((key = this.keys[slot]) != null) {
			if (this.hashes[slot] == hash && key.length() == length && key.regionMatches(0, text, from, length)) {
				return (V) this.values[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return null;
	}

	/** Whether a token of a text is a word of the table. */
	@Nullable V get(NormalizedText text, int token) {
		return get(text.value(), text.tokenStart(token), text.tokenEnd(token), text.tokenHash(token));
	}

	@Nullable V get(String word) {
		return get(word, 0, word.length());
	}

	boolean contains(String text, int from, int to) {
		return get(text, from, to) != null;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

}
