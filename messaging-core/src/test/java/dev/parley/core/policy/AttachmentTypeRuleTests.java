package dev.parley.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.parley.core.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ATTACHMENT_TYPE}: the type comes from the content, the extension must agree; a
 * {@code .docx} must be a Word document, a {@code .doc} an OLE2 Word file, a {@code .txt}
 * text. Span 0..0, excerpt the file name.
 */
class AttachmentTypeRuleTests {

	static Stream<Arguments> allowedFiles() {
		return Stream.of(Arguments.of("invoice.pdf", AttachmentSamples.PDF, "application/pdf"),
				Arguments.of("photo.png", AttachmentSamples.PNG, "image/png"),
				Arguments.of("PHOTO.PNG", AttachmentSamples.PNG, "image/png"),
				Arguments.of("photo.jpg", AttachmentSamples.JPEG, "image/jpeg"),
				Arguments.of("photo.jpeg", AttachmentSamples.JPEG, "image/jpeg"),
				Arguments.of("anim.gif", AttachmentSamples.GIF, "image/gif"),
				Arguments.of("scan.tif", AttachmentSamples.TIFF, "image/tiff"),
				Arguments.of("scan.tiff", AttachmentSamples.TIFF, "image/tiff"),
				Arguments.of("image.bmp", AttachmentSamples.BMP, "image/bmp"),
				Arguments.of("notes.txt", AttachmentSamples.TXT, "text/plain"),
				Arguments.of("manual.docx", AttachmentSamples.DOCX,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void aWordFileIsKnownByItsBytesAndOneThatCannotBeReadIsRefusedOnUploadAsTheSendWouldRefuseIt() {
		// an OLE2 file with a WordDocument stream that is all zeros: a .doc by its bytes,
		// whose text cannot be read
		assertThat(new AttachmentInspector().detect(AttachmentSamples.DOC)).isEqualTo(AttachmentInspector.FileType.DOC);

		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment("letter.doc", AttachmentSamples.DOC),
				Role.SELLER);

		assertThat(check.contentType()).isEqualTo("application/msword");
		assertThat(check.violations()).extracting(Violation::rule).containsExactly(RuleId.ATTACHMENT_UNREADABLE);
		assertThat(check.isAccepted()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("allowedFiles")
	void acceptsAllowedTypes(String name, byte[] content, String contentType) {
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment(name, content), Role.SELLER);
		assertThat(check.violations()).isEmpty();
		assertThat(check.isAccepted()).isTrue();
		assertThat(check.contentType()).isEqualTo(contentType);
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(Arguments.of("manual.docx", AttachmentSamples.ZIP, "policy.ATTACHMENT_TYPE"),
				Arguments.of("photo.jpg", AttachmentSamples.PNG, "policy.ATTACHMENT_TYPE.mismatch"),
				Arguments.of("invoice.pdf", "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1),
						"policy.ATTACHMENT_TYPE"),
				Arguments.of("setup.exe", AttachmentSamples.PDF, "policy.ATTACHMENT_TYPE.extension"),
				Arguments.of("README", AttachmentSamples.TXT, "policy.ATTACHMENT_TYPE.extension"),
				Arguments.of("page.txt",
						"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
						"policy.ATTACHMENT_TYPE"),
				Arguments.of("data.txt", new byte[] { 'a', 0, 'b', 0, 1, 2, 3 }, "policy.ATTACHMENT_TYPE"),
				Arguments.of("sheet.doc", AttachmentSamples.XLS, "policy.ATTACHMENT_TYPE"),
				Arguments.of("photo.png.html", AttachmentSamples.PNG, "policy.ATTACHMENT_TYPE.extension"),
				Arguments.of("invoice.pdf", AttachmentSamples.DOCX, "policy.ATTACHMENT_TYPE.mismatch"));
	}

	@ParameterizedTest
	@MethodSource("refusedFiles")
	void refusesOtherContent(String name, byte[] content, String key) {
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment(name, content), Role.BUYER);
		assertThat(check.isAccepted()).isFalse();
		assertThat(check.contentType()).isNull();
		assertThat(check.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.ATTACHMENT_TYPE);
			assertThat(violation.messageKey()).isEqualTo(key);
			assertThat(violation.excerpt()).isEqualTo(name);
			assertThat(violation.start()).isZero();
			assertThat(violation.end()).isZero();
		});
	}

	@Test
	void draftsCheckTheirAttachmentsToo() {
		Decision decision = Drafts.seller().attach("photo.jpg", AttachmentSamples.PNG).check();
		ContextRules.assertCaught(decision, RuleId.ATTACHMENT_TYPE, "policy.ATTACHMENT_TYPE.mismatch");
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

}
