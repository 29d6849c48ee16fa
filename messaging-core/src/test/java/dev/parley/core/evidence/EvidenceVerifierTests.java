package dev.parley.core.evidence;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.chain.Checkpoint;
import dev.parley.core.chain.HashChain;
import dev.parley.core.chain.MerkleTree;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.evidence.EvidenceFormat.FileDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier on bundles built here the way the exporter builds them (the full-stack
 * {@code EvidenceBundleIT} runs it on bundles the application exported): an intact bundle
 * is OK, and each alteration is named, the first first.
 */
class EvidenceVerifierTests {

	static final long THREAD = 7;

	static final byte[] INVOICE = "%PDF-1.4\n% invoice 2026-117\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	final KeyPair key = ed25519();

	@Test
	void anIntactSignedBundleIsOk() {
		EvidenceVerifier.Report report = EvidenceVerifier.verify(bundle(Bundle.buyer()), null);
		assertThat(report.problems()).isEmpty();
		assertThat(report.status()).isZero();
		assertThat(report.text()).startsWith("OK\n");
		assertThat(report.facts()).anyMatch((f) -> f.contains("proves messages 1 to 4"))
			.anyMatch((f) -> f.contains("1 withheld from this party"));
	}

	@Test
	void aChangedBodyNamesItsMessage() {
		Map<String, byte[]> files = bundle(Bundle.buyer());
		replace(files, EvidenceFormat.MESSAGES, "Your parcel left", "Your parcel lEft");
		assertThat(first(files)).startsWith("message 2 (id 102) altered: its content does not hash to its link");
	}

	@Test
	void aChangedAttachmentIsNamedByFileNameAndMessage() {
		Map<String, byte[]> files = bundle(Bundle.buyer());
		byte[] pdf = files.get(EvidenceFormat.attachmentPath(1, 1, "invoice.pdf")).clone();
		pdf[10] ^= 1;
		files.put(EvidenceFormat.attachmentPath(1, 1, "invoice.pdf"), pdf);
		assertThat(first(files)).startsWith("attachment invoice.pdf of message 1 altered");
		assertThat(EvidenceVerifier.verify(files, null).problems()).hasSize(1);
	}

	@Test
	void aDroppedMessageBreaksTheChainAfterThePreviousOne() {
		Map<String, byte[]> files = bundle(Bundle.buyer().without(2));
		EvidenceVerifier.Report report = EvidenceVerifier.verify(files, null);
		assertThat(report.problems()).containsExactly("message 2 missing: chain broken after message 1");
	}

	@Test
	void aDroppedLastMessageIsMissingAgainstTheSignedCount() {
		Map<String, byte[]> files = bundle(Bundle.buyer().without(5));
		assertThat(first(files)).startsWith("message 5 missing: the bundle ends at message 4");
	}

	@Test
	void aMessageRewrittenWithItsLinkRecomputedDiffersFromTheSignedChain() {
		// Message 2 precedes the withheld message 3: nothing in the bundle recomputes
		// link 3 from link 2, so only the signed manifest can tell.
		Bundle rewritten = Bundle.buyer().rewrite(2, "Your parcel was never sent");
		assertThat(first(bundle(rewritten))).startsWith(
				"message 2 (id 102) altered: its link " + rewritten.link(2) + " is not the one the export signed");
	}

	@Test
	void aChangedManifestOrCheckpointIsNamed() {
		Map<String, byte[]> manifest = bundle(Bundle.buyer());
		replace(manifest, EvidenceFormat.MANIFEST, "\"BUYER\"", "\"ADMIN\"");
		assertThat(first(manifest)).startsWith("manifest.json altered: its signature does not hold");

		Map<String, byte[]> checkpoint = bundle(Bundle.buyer());
		replace(checkpoint, EvidenceFormat.CHECKPOINT, "\"index\": 1", "\"index\": 0");
		assertThat(first(checkpoint)).startsWith("checkpoint/checkpoint.json altered: the inclusion proof");

		Map<String, byte[]> transcript = bundle(Bundle.buyer());
		replace(transcript, EvidenceFormat.TRANSCRIPT, "parcel", "pArcel");
		assertThat(first(transcript)).startsWith("file transcript.html altered");

		Map<String, byte[]> added = bundle(Bundle.buyer());
		added.put("attachments/9/1-extra.pdf", INVOICE);
		assertThat(first(added)).isEqualTo("file attachments/9/1-extra.pdf was added after the export");

		Map<String, byte[]> broken = bundle(Bundle.buyer());
		replace(broken, EvidenceFormat.MESSAGES, "\"seq\": 4", "\"seq\" 4");
		assertThat(first(broken)).startsWith("messages.json altered: not JSON at character");
	}

	@Test
	void anotherKeyDoesNotVerifyAndAnUnsignedBundleIsNotAnchored() {
		EvidenceVerifier.Report foreign = EvidenceVerifier.verify(bundle(Bundle.buyer()), ed25519().getPublic());
		assertThat(foreign.problems().get(0)).startsWith("manifest.json altered: its signature does not hold");
		assertThat(foreign.status()).isEqualTo(1);

		EvidenceVerifier.Report unsigned = EvidenceVerifier.verify(bundle(Bundle.buyer().unsigned()), null);
		assertThat(unsigned.isIntact()).as(unsigned.text()).isTrue();
		assertThat(unsigned.status()).isEqualTo(3);
		assertThat(unsigned.text()).startsWith("OK, BUT NOT ANCHORED");
	}

	@Test
	void theCommandLineReadsAnUnpackedBundleAndPrintsTheReport(@TempDir Path directory) throws Exception {
		for (Map.Entry<String, byte[]> file : bundle(Bundle.buyer()).entrySet()) {
			Path path = directory.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.write(path, file.getValue());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(EvidenceVerifier.run(new String[] { directory.toString() }, new PrintStream(out, true))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK\n");
		Files.write(directory.resolve(EvidenceFormat.attachmentPath(1, 1, "invoice.pdf")), new byte[] { 1 });
		out.reset();
		assertThat(EvidenceVerifier.run(new String[] { directory.toString() }, new PrintStream(out, true)))
			.isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("ALTERED: attachment invoice.pdf of message 1");
		assertThat(EvidenceVerifier.run(new String[0], new PrintStream(out, true))).isEqualTo(2);
	}

	private static String first(Map<String, byte[]> files) {
		EvidenceVerifier.Report report = EvidenceVerifier.verify(files, null);
		assertThat(report.isIntact()).as("altered").isFalse();
		return report.problems().get(0);
	}

	private static void replace(Map<String, byte[]> files, String path, String from, String to) {
		String text = new String(files.get(path), StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		files.put(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes the bundle's files as the exporter does: the messages the buyer may see in
	 * full, the withheld one as its link, a checkpoint over three threads taken after
	 * message 4, the manifest signed.
	 */
	private Map<String, byte[]> bundle(Bundle bundle) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<Object> entries = new ArrayList<>();
		for (int i = 0; i < bundle.messages.size(); i++) {
			Message m = bundle.messages.get(i);
			if (bundle.dropped.contains(m.seq())) {
				continue;
			}
			if (m.seq() == 3) {
				entries.add(map("seq", m.seq(), "withheld", true, "hash", bundle.link(m.seq())));
				continue;
			}
			List<Object> attachments = new ArrayList<>();
			int index = 1;
			for (AttachmentInfo a : m.attachments()) {
				String path = EvidenceFormat.attachmentPath(m.seq(), index++, a.fileName());
				files.put(path, INVOICE);
				attachments.add(map("id", a.id().value(), "fileName", a.fileName(), "contentType", a.contentType(),
						"size", a.size(), "sha256", a.sha256(), "path", path));
			}
			entries.add(map("seq", m.seq(), "id", m.id().value(), "sender", m.sender().name(), "authorId",
					m.author().value(), "action", m.action().name(), "topic", null, "subject", m.subject(), "html",
					m.html(), "text", m.text(), "sentAt", m.sentAt().toString(), "delivery", m.delivery().name(),
					"important", m.important(), "proactive", m.proactive(), "visibility", m.visibility().name(),
					"redactions", List.of(), "attachments", attachments, "hash", bundle.link(m.seq())));
		}
		files.put(EvidenceFormat.MESSAGES, utf8(map("thread", THREAD, "messages", entries)));
		files.put(EvidenceFormat.TRANSCRIPT,
				"<!DOCTYPE html><p>Your parcel left the warehouse</p>".getBytes(StandardCharsets.UTF_8));
		List<ThreadHead> heads = List.of(new ThreadHead(ThreadId.of(3), 2, new byte[32]),
				new ThreadHead(ThreadId.of(THREAD), 4, bundle.original.get(3)),
				new ThreadHead(ThreadId.of(9), 1, new byte[32]));
		Checkpoint checkpoint = Checkpoint.sign(12, Instant.parse("2026-12-01T10:00:00Z"), heads, this.key.getPrivate(),
				this.key.getPublic());
		List<byte[]> leaves = heads.stream().map((h) -> MerkleTree.leafHash(h.leafBytes())).toList();
		files.put(EvidenceFormat.CHECKPOINT,
				utf8(map("id", checkpoint.id(), "createdAtMicros",
						ChronoUnit.MICROS.between(Instant.EPOCH, checkpoint.createdAt()), "treeSize",
						checkpoint.treeSize(), "root", checkpoint.rootHex(), "keyId", checkpoint.keyId(), "signature",
						Base64.getEncoder().encodeToString(checkpoint.signature()), "leaf",
						map("index", 1, "thread", THREAD, "messageCount", 4, "head", hex(bundle.original.get(3))),
						"auditPath", MerkleTree.proof(leaves, 1).stream().map(EvidenceVerifierTests::hex).toList())));
		files.put(EvidenceFormat.PUBLIC_KEY,
				("-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(this.key.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n")
					.getBytes(StandardCharsets.US_ASCII));
		List<FileDigest> digests = new ArrayList<>();
		files.forEach((path, bytes) -> digests.add(new FileDigest(path, EvidenceFormat.sha256(bytes))));
		List<String> chain = bundle.original.stream().map(EvidenceVerifierTests::hex).toList();
		Instant exportedAt = Instant.parse("2026-12-02T09:30:00.123456Z");
		String keyId = Checkpoint.keyId(this.key.getPublic());
		Map<String, Object> manifest = map("format", EvidenceFormat.VERSION, "thread", THREAD, "exportedAt",
				exportedAt.toString(), "exportedFor", "BUYER", "messageCount", chain.size(), "head",
				chain.get(chain.size() - 1), "chain", chain, "files",
				digests.stream().map((d) -> map("path", d.path(), "sha256", d.sha256())).toList());
		if (bundle.signed) {
			manifest.put("keyId", keyId);
			manifest.put("signature", sign(this.key.getPrivate(), EvidenceFormat.signedManifest(THREAD, exportedAt,
					"BUYER", chain.size(), chain.get(chain.size() - 1), chain, digests, keyId)));
		}
		if (!bundle.signed) {
			files.remove(EvidenceFormat.CHECKPOINT);
			files.remove(EvidenceFormat.PUBLIC_KEY);
			manifest.put("files",
					((List<?>) manifest.get("files")).stream()
						.filter((f) -> !((Map<?, ?>) f).get("path").toString().startsWith("checkpoint/"))
						.toList());
		}
		files.put(EvidenceFormat.MANIFEST, utf8(manifest));
		return files;
	}

	/** Five messages of thread 7; number 3 is withheld from the buyer. */
	static final class Bundle {

		final List<Message> messages;

		/** The links as stored (and signed). */
		final List<byte[]> original;

		final List<Integer> dropped = new ArrayList<>();

		boolean signed = true;

		private Bundle(List<Message> messages, List<byte[]> original) {
			this.messages = messages;
			this.original = original;
		}

		static Bundle buyer() {
			Instant at = Instant.parse("2026-11-30T08:00:00.000001Z");
			AttachmentInfo invoice = new AttachmentInfo(AttachmentId.of(501), "invoice.pdf", "application/pdf",
					INVOICE.length, EvidenceFormat.sha256(INVOICE));
			String[] texts = { "Here is my invoice", "Your parcel left the warehouse", "A warranty offer",
					"Thanks, when will it arrive?", "Tomorrow" };
			List<Message> messages = new ArrayList<>();
			List<byte[]> links = new ArrayList<>();
			byte[] previous = HashChain.genesis();
			for (int seq = 1; seq <= texts.length; seq++) {
				boolean buyer = seq % 2 == 1 && seq != 3;
				Message draft = new Message(MessageId.of(100 + seq), ThreadId.of(THREAD), seq,
						buyer ? Sender.BUYER : Sender.SELLER, AccountId.of(buyer ? 1 : 2),
						buyer ? Action.BUYER_QUESTION : (seq == 3) ? Action.WARRANTY : Action.REPLY, null, "Order 117",
						"<p>" + texts[seq - 1] + "</p>", texts[seq - 1], (seq == 1) ? List.of(invoice) : List.of(),
						at.plus(seq, ChronoUnit.HOURS),
						(seq == 3) ? Delivery.NOT_DELIVERED_OPTED_OUT : Delivery.DELIVERED, false, seq == 3, List.of(),
						(seq == 3) ? Visibility.SELLER : Visibility.BOTH, new byte[32]);
				previous = HashChain.link(previous, CanonicalForm.of(draft));
				links.add(previous);
				messages.add(withHash(draft, previous));
			}
			return new Bundle(messages, links);
		}

		Bundle without(int seq) {
			this.dropped.add(seq);
			return this;
		}

		Bundle unsigned() {
			this.signed = false;
			return this;
		}

		/** Rewrites a message's text and recomputes its own link (not the others). */
		Bundle rewrite(int seq, String text) {
			Message m = this.messages.get(seq - 1);
			byte[] previous = (seq == 1) ? HashChain.genesis() : this.messages.get(seq - 2).hash();
			Message changed = new Message(m.id(), m.thread(), m.seq(), m.sender(), m.author(), m.action(), m.topic(),
					m.subject(), "<p>" + text + "</p>", text, m.attachments(), m.sentAt(), m.delivery(), m.important(),
					m.proactive(), m.redactions(), m.visibility(), new byte[32]);
			this.messages.set(seq - 1, withHash(changed, HashChain.link(previous, CanonicalForm.of(changed))));
			return this;
		}

		String link(int seq) {
			return hex(this.messages.get(seq - 1).hash());
		}

		private static Message withHash(Message m, byte[] hash) {
			return new Message(m.id(), m.thread(), m.seq(), m.sender(), m.author(), m.action(), m.topic(), m.subject(),
					m.html(), m.text(), m.attachments(), m.sentAt(), m.delivery(), m.important(), m.proactive(),
					m.redactions(), m.visibility(), hash);
		}

	}

	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** JSON as the exporter's pretty printer writes it ({@code "name": value}). */
	private static byte[] utf8(Object value) {
		return json(value).getBytes(StandardCharsets.UTF_8);
	}

	private static String json(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			StringBuilder out = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				if (c == '"' || c == '\\') {
					out.append('\\').append(c);
				}
				else if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
			return out.append('"').toString();
		}
		if (value instanceof Map<?, ?> map) {
			List<String> members = new ArrayList<>();
			map.forEach((k, v) -> members.add(json(k) + ": " + json(v)));
			return "{\n" + String.join(",\n", members) + "\n}";
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(EvidenceVerifierTests::json).toList()) + "]";
		}
		return value.toString();
	}

	private static String sign(PrivateKey key, byte[] bytes) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(key);
			ed25519.update(bytes);
			return Base64.getEncoder().encodeToString(ed25519.sign());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair ed25519() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
