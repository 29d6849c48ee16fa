package dev.parley.core.chain;

import java.util.List;
import java.util.Optional;

import dev.parley.core.conversation.ThreadHead;

/**
 * The checkpoints kept in the database (append-only) and the thread heads they are taken
 * over. The copy that proves anything is the one kept outside the database; this one lets
 * anybody compare.
 */
public interface Checkpoints {

	/**
	 * The next checkpoint number (signed into the checkpoint, so taken before signing).
	 * @return a number never handed out before
	 */
	long nextId();

	/**
	 * Every thread with messages, by thread id: its stored message count and head.
	 * @return the heads
	 */
	List<ThreadHead> heads();

	/**
	 * Appends a signed checkpoint.
	 * @param checkpoint the checkpoint
	 */
	void append(Checkpoint checkpoint);

	/**
	 * A checkpoint by number.
	 * @param id its number
	 * @return the checkpoint as stored, if any
	 */
	Optional<Checkpoint> find(long id);

}
