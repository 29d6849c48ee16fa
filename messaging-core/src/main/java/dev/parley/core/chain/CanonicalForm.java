package dev.parley.core.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The canonical byte form of a message, the input of its hash-chain link. Every stored
 * field is encoded, in this order, so that no two different messages share a form:
 *
 * <pre>
 * str("parley.message.v1")
 * i64(thread) i32(seq) str(sender) optI64(author) str(action) optStr(topic)
 * str(subject) str(html) str(text) i64(sentAt in microseconds since the epoch)
 * str(delivery) bool(important) bool(proactive)
 * i32(count) { str(rule) i32(start) i32(end) }   redactions, in order
 * i32(count) { 32 bytes }                         attachments' SHA-256, in order
 * </pre>
 *
 * {@code i32}/{@code i64} are big-endian two's complement; {@code str} is the UTF-8 bytes
 * prefixed by their length as {@code i32}; {@code optStr} of null is {@code i32(-1)};
 * {@code optI64} is a byte 0 (null) or a byte 1 followed by {@code i64}; {@code bool} is
 * a byte 0 or 1. The data generator computes the same form in SQL ({@code int8send},
 * {@code int4send}, {@code convert_to}), so the two must change together.
 */
public final class CanonicalForm {

	static final String VERSION = "parley.message.v1";

	private CanonicalForm() {
	}

	/**
	 * The form of a stored message.
	 * @param message the message
	 * @return its canonical bytes
	 */
	public static byte[] of(Message message) {
		return of(message, message.attachments().stream().map(AttachmentInfo::sha256).toList());
	}

	/**
	 * The form of a stored message with its attachments' SHA-256 as computed from their
	 * bytes (rather than as stored next to them).
	 * @param message the message
	 * @param attachmentSha256 the SHA-256 of its attachments in order, lower-case hex
	 * @return its canonical bytes
	 */
	public static byte[] of(Message message, List<String> attachmentSha256) {
		return encode(message.thread(), message.seq(), message.sender().name(), message.author(),
				message.action().name(), message.topic(), message.subject(), message.html(), message.text(),
				message.sentAt(), message.delivery().name(), message.important(), message.proactive(),
				message.redactions(), attachmentSha256);
	}

	/**
	 * The form of a message about to be appended.
	 * @param thread its thread
	 * @param seq its sequence number
	 * @param message the message; its {@code sentAt} is truncated to microseconds here
	 * @param attachmentSha256 the SHA-256 of its attachments in order, lower-case hex
	 * @return its canonical bytes
	 */
	public static byte[] of(ThreadId thread, int seq, NewMessage message, List<String> attachmentSha256) {
		return encode(thread, seq, message.sender().name(), message.author(), message.action().name(), message.topic(),
				message.subject(), message.html(), message.text(), message.sentAt(), message.delivery().name(),
				message.important(), message.proactive(), message.redactions(), attachmentSha256);
	}

	/**
	 * The instant as stored and hashed: PostgreSQL keeps microseconds.
	 * @param instant any instant
	 * @return the instant truncated to microseconds
	 */
	public static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static byte[] encode(ThreadId thread, int seq, String sender, @Nullable AccountId author, String action,
			@Nullable Topic topic, String subject, String html, String text, Instant sentAt, String delivery,
			boolean important, boolean proactive, List<Redaction> redactions, List<String> attachmentSha256) {
		Writer out = new Writer(256 + 3 * (subject.length() + html.length() + text.length()));
		out.str(VERSION);
		out.i64(thread.value());
		out.i32(seq);
		out.str(sender);
		if (author == null) {
			out.bool(false);
		}
		else {
			out.bool(true);
			out.i64(author.value());
		}
		out.str(action);
		if (topic == null) {
			out.i32(-1);
		}
		else {
			out.str(topic.name());
		}
		out.str(subject);
		out.str(html);
		out.str(text);
		out.i64(ChronoUnit.MICROS.between(Instant.EPOCH, sentAt));
		out.str(delivery);
		out.bool(important);
		out.bool(proactive);
		out.i32(redactions.size());
		for (Redaction redaction : redactions) {
			out.str(redaction.rule());
			out.i32(redaction.start());
			out.i32(redaction.end());
		}
		out.i32(attachmentSha256.size());
		for (String sha256 : attachmentSha256) {
			byte[] digest = HexFormat.of().parseHex(sha256);
			if (digest.length != 32) {
				throw new IllegalArgumentException("a SHA-256 has 32 bytes: " + sha256);
			}
			out.raw(digest);
		}
		return out.toByteArray();
	}

	private static final class Writer extends ByteArrayOutputStream {

		Writer(int size) {
			super(size);
		}

		void i32(int value) {
			write(value >>> 24);
			write(value >>> 16);
			write(value >>> 8);
			write(value);
		}

		void i64(long value) {
			i32((int) (value >>> 32));
			i32((int) value);
		}

		void bool(boolean value) {
			write(value ? 1 : 0);
		}

		void str(String value) {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			i32(bytes.length);
			raw(bytes);
		}

		void raw(byte[] bytes) {
			write(bytes, 0, bytes.length);
		}

	}

}
