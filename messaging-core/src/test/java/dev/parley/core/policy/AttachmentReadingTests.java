package dev.parley.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.attachment.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A file's bytes are inspected once, on upload: the reading the upload check returns,
 * given to the message's check instead of the bytes, decides exactly what the bytes would
 * have decided, for every sender and action.
 */
class AttachmentReadingTests {

	private static final String EVASION = "Email us directly at shop.owner@gmail.com\n"
			+ "or WhatsApp +1 415 555 0134 for a better price.\nUse code SAVE20 on your next order.";

	private static final String HONEST = "Kettle KT-200: fill with water up to the MAX mark (1.7 l).\n"
			+ "Warranty service line: +1 415 555 0134. Warranty: 2 years from the date of delivery.";

	static Stream<Arguments> filesAndSenders() {
		List<Arguments> files = List.of(Arguments.of("offer.pdf", AttachmentFiles.pdf(HONEST, EVASION)),
				Arguments.of("offer.docx", AttachmentFiles.docx(HONEST, EVASION)),
				Arguments.of("manual.docx",
						AttachmentFiles.docxWithHyperlink(HONEST, "https://elsewhere.example.org/")),
				Arguments.of("note.txt", EVASION.getBytes(StandardCharsets.UTF_8)),
				Arguments.of("manual.pdf", AttachmentFiles.pdf(HONEST)),
				Arguments.of("script.pdf", AttachmentFiles.pdfWithJavaScript(HONEST)),
				Arguments.of("macros.docx", AttachmentFiles.docxWithMacros(HONEST)),
				Arguments.of("shop.png", AttachmentFiles.pngWithQrCode("https://cheaper-elsewhere.example.org/")),
				Arguments.of("photo.png", AttachmentFiles.png(120, 80)),
				Arguments.of("shop.owner@gmail.com.txt", HONEST.getBytes(StandardCharsets.UTF_8)));
		List<Supplier<Drafts>> senders = List.of(Drafts::seller, Drafts::buyer, () -> Drafts.proactive(Action.WARRANTY),
				() -> Drafts.proactive(Action.CONFIRM_CUSTOMIZATION_DETAILS),
				() -> Drafts.proactive(Action.REQUEST_REVIEW));
		return files.stream()
			.flatMap((file) -> senders.stream().map((sender) -> Arguments.of(file.get()[0], file.get()[1], sender)));
	}

	@ParameterizedTest
	@MethodSource("filesAndSenders")
	void theUploadsReadingDecidesWhatTheBytesWouldHave(String name, byte[] file, Supplier<Drafts> sender) {
		Role role = sender.get().build().senderRole();
		AttachmentCheck upload = Drafts.ENGINE.checkAttachment(new DraftAttachment(name, file), role);
		assertThat(upload.reading()).as("an accepted type is read on upload").isNotNull();
		assertThat(upload.reading().contentType()).isEqualTo(upload.contentType());

		Decision fromBytes = sender.get().html("Please find the document attached.").attach(name, file).check();
		Decision fromReading = sender.get()
			.html("Please find the document attached.")
			.attachRead(name, file.length, upload.reading())
			.check();

		assertThat(fromReading.violations()).isEqualTo(fromBytes.violations());
		assertThat(fromReading.verdict()).isEqualTo(fromBytes.verdict());
	}

	@Test
	void aReadingFindsWhatIsInsideWithoutTheBytes() {
		byte[] pdf = AttachmentFiles.pdf(HONEST, EVASION);
		AttachmentReading reading = Drafts.ENGINE.checkAttachment(new DraftAttachment("offer.pdf", pdf), Role.SELLER)
			.reading();

		Decision decision = Drafts.seller().html("Attached.").attachRead("offer.pdf", pdf.length, reading).check();

		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(decision.violations()).anySatisfy((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.CONTACT_EMAIL);
			assertThat(violation.location().toString()).isEqualTo("in attachment offer.pdf, page 2");
		});
	}

	@Test
	void aReadingOfAnotherTypeThanTheNameSaysIsRefusedAsAMismatch() {
		AttachmentReading pdf = new AttachmentReading("application/pdf", new Extraction(List.of(), null));

		Decision decision = Drafts.seller().html("Attached.").attachRead("notes.txt", 100, pdf).check();

		assertThat(decision.violations()).extracting(Violation::rule).containsExactly(RuleId.ATTACHMENT_TYPE);
		assertThat(decision.violations().get(0).messageKey()).isEqualTo("policy.ATTACHMENT_TYPE.mismatch");
	}

	@Test
	void aReadingIsStorableTextNulCharactersBecomeSpaces() {
		AttachmentReading reading = new AttachmentReading("text/plain",
				new Extraction(List.of(new Extraction.Part(Extraction.PartKind.PAGE, 1, "a\0b")), null));

		assertThat(reading.extraction().parts().get(0).text()).isEqualTo("a b");
	}

	@Test
	void anAttachmentHasEitherItsBytesOrItsReadingAndAnUploadIsCheckedOnItsBytes() {
		AttachmentReading reading = new AttachmentReading("text/plain", new Extraction(List.of(), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DraftAttachment("a.txt", 1, new byte[] { 'a' }, reading));
		assertThatIllegalArgumentException().isThrownBy(() -> new DraftAttachment("a.txt", 1, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DraftAttachment("a.txt", 2, new byte[] { 'a' }, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Drafts.ENGINE.checkAttachment(DraftAttachment.read("a.txt", 1, reading), Role.SELLER));
	}

}
