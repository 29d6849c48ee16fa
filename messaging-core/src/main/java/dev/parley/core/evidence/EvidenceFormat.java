package dev.parley.core.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The evidence bundle of a thread, a ZIP archive with these files:
 *
 * <pre>
 * thread.json                 the thread: id, subject, parties, order, stored message count
 * messages.json               {"thread", "messages": [...]}: every message of the chain, in order
 * events.json                 the events and admin decisions the party may see
 * transcript.html             the same, readable
 * attachments/&lt;seq&gt;/&lt;n&gt;-&lt;name&gt;   the attachments' bytes
 * checkpoint/checkpoint.json  the latest signed checkpoint and this thread's inclusion proof
 * checkpoint/public-key.pem   the checkpoint key (X.509 PEM, Ed25519)
 * manifest.json               last: the chain's links, every file's SHA-256, the signature
 * </pre>
 *
 * A message the party may see is listed with every field of its canonical form
 * ({@code id, seq, sender, authorId, action, topic, subject, html, text, sentAt} as an
 * ISO-8601 instant in microseconds, {@code delivery, important, proactive, redactions,
 * attachments} with {@code id, fileName, contentType, size, sha256, path}) and its link
 * {@code hash}; a message withheld from the party is {@code {"seq", "withheld": true,
 * "hash"}}: its link alone, so the chain still runs through it.
 * <p>
 * The manifest signs, with the record's checkpoint key, the text of
 * {@link #signedManifest}; its JSON carries the same values ({@code format, thread,
 * exportedAt, exportedFor, messageCount, head, chain, files, keyId, signature}).
 */
public final class EvidenceFormat {

	/** The format's name, the first line of what the manifest signs. */
	public static final String VERSION = "parley.evidence.v1";

	public static final String MANIFEST = "manifest.json";

	public static final String THREAD = "thread.json";

	public static final String MESSAGES = "messages.json";

	public static final String EVENTS = "events.json";

	public static final String TRANSCRIPT = "transcript.html";

	public static final String CHECKPOINT = "checkpoint/checkpoint.json";

	public static final String PUBLIC_KEY = "checkpoint/public-key.pem";

	private EvidenceFormat() {
	}

	/**
	 * Where an attachment's bytes are kept in the bundle.
	 * @param seq its message's sequence number
	 * @param index its position among the message's attachments, from 1
	 * @param fileName its file name
	 * @return the path, with every character but letters, digits, '.', '-' and '_'
	 * replaced by '_' (and no leading dot)
	 */
	public static String attachmentPath(int seq, int index, String fileName) {
		String safe = fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^\\.+", "_");
		if (safe.length() > 100) {
			safe = safe.substring(safe.length() - 100);
		}
		return "attachments/" + seq + "/" + index + "-" + safe;
	}

	/**
	 * What the manifest's Ed25519 signature covers:
	 *
	 * <pre>
	 * parley.evidence.v1
	 * thread &lt;id&gt;
	 * exported-at &lt;microseconds since the epoch&gt;
	 * exported-for &lt;BUYER|SELLER|ADMIN&gt;
	 * message-count &lt;n&gt;
	 * head &lt;hex&gt;
	 * link &lt;seq&gt; &lt;hex&gt;          one line per message, withheld ones included
	 * file &lt;sha256 hex&gt; &lt;path&gt;    one line per file but the manifest
	 * key-id &lt;id&gt;
	 * </pre>
	 * @param thread the thread
	 * @param exportedAt when the bundle was made
	 * @param exportedFor the role of the party it was made for
	 * @param messageCount the thread's message count at export
	 * @param head the thread's last link, hex
	 * @param chain every link, hex, in sequence order
	 * @param files every file's digest, in the order written
	 * @param keyId the signing key's id
	 * @return the bytes (UTF-8, each line ending in a line feed)
	 */
	public static byte[] signedManifest(long thread, Instant exportedAt, String exportedFor, int messageCount,
			String head, List<String> chain, List<FileDigest> files, String keyId) {
		StringBuilder out = new StringBuilder(VERSION).append('\n');
		out.append("thread ").append(thread).append('\n');
		out.append("exported-at ").append(ChronoUnit.MICROS.between(Instant.EPOCH, exportedAt)).append('\n');
		out.append("exported-for ").append(exportedFor).append('\n');
		out.append("message-count ").append(messageCount).append('\n');
		out.append("head ").append(head).append('\n');
		for (int i = 0; i < chain.size(); i++) {
			out.append("link ").append(i + 1).append(' ').append(chain.get(i)).append('\n');
		}
		for (FileDigest file : files) {
			out.append("file ").append(file.sha256()).append(' ').append(file.path()).append('\n');
		}
		out.append("key-id ").append(keyId).append('\n');
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The SHA-256 of bytes.
	 * @param bytes the bytes
	 * @return lower-case hex
	 */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * A file of the bundle and its digest.
	 *
	 * @param path its path in the bundle
	 * @param sha256 the SHA-256 of its bytes, lower-case hex
	 */
	public record FileDigest(String path, String sha256) {

		public FileDigest {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(sha256, "sha256");
		}

	}

}
