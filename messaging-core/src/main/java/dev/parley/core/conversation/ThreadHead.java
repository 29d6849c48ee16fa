package dev.parley.core.conversation;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A thread's head as a checkpoint signs it: the thread, how many messages its chain had
 * and the chain's last link then. The leaf of the checkpoint's Merkle tree.
 *
 * @param thread the thread
 * @param messageCount the number of messages (at least 1)
 * @param head the last link, 32 bytes
 */
public record ThreadHead(ThreadId thread, int messageCount, byte[] head) {

	public ThreadHead {
		Objects.requireNonNull(thread, "thread");
		if (messageCount < 1) {
			throw new IllegalArgumentException("a checkpointed thread has messages");
		}
		if (head.length != 32) {
			throw new IllegalArgumentException("a head has 32 bytes");
		}
		head = head.clone();
	}

	@Override
	public byte[] head() {
		return this.head.clone();
	}

	/**
	 * The leaf's bytes: {@code i64(thread) i32(messageCount) head}.
	 * @return 44 bytes
	 */
	public byte[] leafBytes() {
		return ByteBuffer.allocate(8 + 4 + 32)
			.putLong(this.thread.value())
			.putInt(this.messageCount)
			.put(this.head)
			.array();
	}

	/**
	 * The head as one line of a checkpoint file: {@code thread count hex}.
	 * @return the line, without a line break
	 */
	public String line() {
		return this.thread.value() + " " + this.messageCount + " " + HexFormat.of().formatHex(this.head);
	}

	/**
	 * Parses {@link #line()}.
	 * @param line the line
	 * @return the head
	 * @throws IllegalArgumentException when the line is not one
	 */
	public static ThreadHead parse(String line) {
		String[] parts = line.trim().split(" ");
		if (parts.length != 3) {
			throw new IllegalArgumentException("not a thread head: " + line);
		}
		return new ThreadHead(ThreadId.of(Long.parseLong(parts[0])), Integer.parseInt(parts[1]),
				HexFormat.of().parseHex(parts[2]));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ThreadHead that && this.thread.equals(that.thread)
				&& this.messageCount == that.messageCount && Arrays.equals(this.head, that.head);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.thread, this.messageCount, Arrays.hashCode(this.head));
	}

	@Override
	public String toString() {
		return "ThreadHead[" + line() + "]";
	}

}
