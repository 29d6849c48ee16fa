package dev.parley.core.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.conversation.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTests {

	static final ThreadId THREAD = ThreadId.of(7);

	static final AccountId BUYER = AccountId.of(11);

	static final AccountId SELLER = AccountId.of(12);

	static final Instant T = Instant.parse("2026-03-01T10:15:30.123456789Z");

	@Test
	void genesisIs32ZeroBytes() {
		assertThat(HashChain.genesis()).hasSize(32).containsOnly(0);
	}

	@Test
	void theFormIsPinnedSoThatTheSqlGeneratorCanMatchIt() {
		Message message = message(1, "Where is my order?", "<p>Hi</p>", "Hi", List.of(), List.of(),
				HashChain.genesis());
		byte[] form = CanonicalForm.of(message);
		// str("parley.message.v1"), i64(7), i32(1), str("BUYER"), 1, i64(11) ...
		assertThat(HexFormat.of().formatHex(form)).startsWith("00000011" + hex("parley.message.v1") + "0000000000000007"
				+ "00000001" + "00000005" + hex("BUYER") + "01" + "000000000000000b");
		assertThat(HexFormat.of().formatHex(HashChain.link(HashChain.genesis(), form)))
			.isEqualTo(HexFormat.of().formatHex(sha256(concat(HashChain.genesis(), form))));
	}

	@Test
	void fieldBoundariesCannotShift() {
		byte[] one = CanonicalForm.of(message(1, "ab", "c", "c", List.of(), List.of(), HashChain.genesis()));
		byte[] two = CanonicalForm.of(message(1, "a", "bc", "c", List.of(), List.of(), HashChain.genesis()));
		assertThat(one).isNotEqualTo(two);
	}

	@Test
	void everyFieldChangesTheForm() {
		Message base = message(2, "s", "<p>t</p>", "t", List.of(new Redaction("CONTACT_EMAIL", 0, 9)),
				List.of(attachment("a".repeat(64))), HashChain.genesis());
		byte[] form = CanonicalForm.of(base);
		List<Message> variants = List.of(
				copy(base, ThreadId.of(8), base.seq(), base.sentAt(), base.text(), base.important(), base.redactions(),
						base.attachments()),
				copy(base, THREAD, 3, base.sentAt(), base.text(), base.important(), base.redactions(),
						base.attachments()),
				copy(base, THREAD, 2, base.sentAt().plusNanos(1000), base.text(), base.important(), base.redactions(),
						base.attachments()),
				copy(base, THREAD, 2, base.sentAt(), "u", base.important(), base.redactions(), base.attachments()),
				copy(base, THREAD, 2, base.sentAt(), base.text(), true, base.redactions(), base.attachments()),
				copy(base, THREAD, 2, base.sentAt(), base.text(), base.important(),
						List.of(new Redaction("CONTACT_EMAIL", 0, 8)), base.attachments()),
				copy(base, THREAD, 2, base.sentAt(), base.text(), base.important(), base.redactions(),
						List.of(attachment("b".repeat(64)))));
		for (Message variant : variants) {
			assertThat(CanonicalForm.of(variant)).isNotEqualTo(form);
		}
	}

	@Test
	void aNewMessageAndItsStoredFormAgreeAfterTruncationToMicroseconds() {
		NewMessage draft = new NewMessage(Sender.BUYER, BUYER, Action.BUYER_QUESTION, Topic.SHIPPING, "s", "<p>t</p>",
				"t", List.of(), T, Delivery.DELIVERED, false, false, List.of());
		Message stored = new Message(MessageId.of(1), THREAD, 1, Sender.BUYER, BUYER, Action.BUYER_QUESTION,
				Topic.SHIPPING, "s", "<p>t</p>", "t", List.of(), CanonicalForm.truncate(T), Delivery.DELIVERED, false,
				false, List.of(), Visibility.BOTH, HashChain.genesis());
		assertThat(CanonicalForm.of(THREAD, 1, draft, List.of())).isEqualTo(CanonicalForm.of(stored));
	}

	@Test
	void anIntactChainVerifies() {
		List<Message> chain = chain(5);
		ChainVerification verification = ChainVerifier.verify(THREAD, chain);
		assertThat(verification.isIntact()).isTrue();
		assertThat(verification.messagesChecked()).isEqualTo(5);
		assertThat(ChainVerifier.verify(THREAD, List.of()).isIntact()).isTrue();
	}

	@Test
	void anEditedMessageIsTheFirstBrokenLink() {
		List<Message> chain = new ArrayList<>(chain(5));
		Message third = chain.get(2);
		chain.set(2, copy(third, THREAD, 3, third.sentAt(), "edited", false, List.of(), List.of()));

		ChainVerification verification = ChainVerifier.verify(THREAD, chain);

		assertThat(verification.isIntact()).isFalse();
		assertThat(verification.firstBroken().message()).isEqualTo(third.id());
		assertThat(verification.firstBroken().seq()).isEqualTo(3);
		assertThat(verification.firstBroken().problem()).isEqualTo(Problem.HASH_MISMATCH);
		assertThat(verification.messagesChecked()).isEqualTo(5);
	}

	@Test
	void aRemovedMessageIsAGapAtTheNextOne() {
		List<Message> chain = new ArrayList<>(chain(5));
		chain.remove(1);

		ChainVerification verification = ChainVerifier.verify(THREAD, chain);

		assertThat(verification.firstBroken().seq()).isEqualTo(3);
		assertThat(verification.firstBroken().problem()).isEqualTo(Problem.SEQUENCE_GAP);
	}

	@Test
	void aRemovedLastMessageIsNotDetectableFromTheMessagesAlone() {
		// The thread row's message count catches that; the chain covers what remains.
		List<Message> chain = new ArrayList<>(chain(3));
		chain.remove(2);
		assertThat(ChainVerifier.verify(THREAD, chain).isIntact()).isTrue();
	}

	static List<Message> chain(int length) {
		List<Message> messages = new ArrayList<>();
		byte[] previous = HashChain.genesis();
		for (int seq = 1; seq <= length; seq++) {
			Message unhashed = message(seq, "subject " + seq, "<p>body " + seq + "</p>", "body " + seq, List.of(),
					List.of(), HashChain.genesis());
			byte[] hash = HashChain.link(previous, CanonicalForm.of(unhashed));
			messages.add(copyWithHash(unhashed, hash));
			previous = hash;
		}
		return messages;
	}

	static Message message(int seq, String subject, String html, String text, List<Redaction> redactions,
			List<AttachmentInfo> attachments, byte[] hash) {
		boolean buyer = seq % 2 == 1;
		return new Message(MessageId.of(100 + seq), THREAD, seq, buyer ? Sender.BUYER : Sender.SELLER,
				buyer ? BUYER : SELLER, buyer ? Action.BUYER_QUESTION : Action.REPLY, buyer ? Topic.OTHER : null,
				subject, html, text, attachments, T.plusSeconds(seq).truncatedTo(java.time.temporal.ChronoUnit.MICROS),
				Delivery.DELIVERED, false, false, redactions, Visibility.BOTH, hash);
	}

	static Message copy(Message m, ThreadId thread, int seq, Instant sentAt, String text, boolean important,
			List<Redaction> redactions, List<AttachmentInfo> attachments) {
		return new Message(m.id(), thread, seq, m.sender(), m.author(), m.action(), m.topic(), m.subject(), m.html(),
				text, attachments, sentAt, m.delivery(), important, m.proactive(), redactions, m.visibility(),
				m.hash());
	}

	static Message copyWithHash(Message m, byte[] hash) {
		return new Message(m.id(), m.thread(), m.seq(), m.sender(), m.author(), m.action(), m.topic(), m.subject(),
				m.html(), m.text(), m.attachments(), m.sentAt(), m.delivery(), m.important(), m.proactive(),
				m.redactions(), m.visibility(), hash);
	}

	static AttachmentInfo attachment(String sha256) {
		return new AttachmentInfo(AttachmentId.of(1), "a.pdf", "application/pdf", 10, sha256);
	}

	static String hex(String text) {
		return HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] result = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
