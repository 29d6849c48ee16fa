package dev.parley.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Violation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is inside attachments goes through the same rules as the body, each hit located in
 * its file and page; active content and unreadable files are refused.
 */
class AttachmentContentTests {

	private static final String EVASION = "Email us directly at shop.owner@gmail.com\n"
			+ "or WhatsApp +1 415 555 0134 for a better price.\nUse code SAVE20 on your next order.";

	private static final String INVOICE = "INVOICE 2026-0042\nOrder 113-4456789-1234567, delivered on 03/02/2026\n"
			+ "1 x Ceramic mug, blue ........ 12.90 EUR\nShipping ........ 4.50 EUR\nTotal ........ 17.40 EUR\n"
			+ "VAT 19% included. Thank you for your order.";

	private static final String MANUAL = "Kettle KT-200: instructions\n1. Fill with water up to the MAX mark (1.7 l).\n"
			+ "2. Press the switch; the light turns on.\n3. The kettle switches off by itself at 100 degrees.\n"
			+ "Descale every 4 weeks with 250 ml of vinegar. Warranty: 2 years from the date of delivery.";

	static Stream<Arguments> filesCarryingContactDetailsAndACoupon() {
		return Stream.of(Arguments.of("offer.pdf", AttachmentFiles.pdf(INVOICE, EVASION), 2),
				Arguments.of("offer.docx", AttachmentFiles.docx(MANUAL, EVASION), 2),
				Arguments.of("note.txt", utf8(EVASION), 1),
				Arguments.of("note.txt", utf8(INVOICE + "\f" + EVASION), 2));
	}

	@ParameterizedTest
	@MethodSource("filesCarryingContactDetailsAndACoupon")
	void aSellerFileWithAnEmailAPhoneAndACouponIsRefusedWithEachOnItsPage(String name, byte[] file, int page) {
		Decision decision = seller(name, file);

		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
		assertLocated(decision, RuleId.CONTACT_EMAIL, name, Location.Part.PAGE, page, "shop.owner@gmail.com");
		assertLocated(decision, RuleId.CONTACT_PHONE, name, Location.Part.PAGE, page, "+1 415 555 0134");
		assertLocated(decision, RuleId.PROMOTIONAL, name, Location.Part.PAGE, page, null);
		assertThat(inAttachments(decision)).allMatch((violation) -> violation.location().number() == page);
	}

	@Test
	void spansPointIntoThePartTextAndTheMessageItselfIsUntouched() {
		Decision decision = seller("note.txt", EVASION.getBytes(StandardCharsets.UTF_8));
		Violation email = only(decision, RuleId.CONTACT_EMAIL);
		String page = AttachmentContent.collapse(EVASION);

		assertThat(page.substring(email.start(), email.end())).isEqualTo("shop.owner@gmail.com");
		assertThat(decision.redactedText()).isEqualTo("Please find the document attached.");
		assertThat(email.location().toString()).isEqualTo("in attachment note.txt, page 1");
	}

	@Test
	void aFileNamedAfterAnEmailAddressIsRefused() {
		Decision decision = seller("write.to.me@gmail.com.pdf", AttachmentFiles.pdf(INVOICE));

		assertLocated(decision, RuleId.CONTACT_EMAIL, "write.to.me@gmail.com.pdf", Location.Part.FILE_NAME, 0,
				"write.to.me@gmail.com");
	}

	@Test
	void bidiControlsAreTakenOutOfFileNamesBeforeTheyAreRead() {
		Decision decision = seller("invoice-\u202Emoc.liamg@em-etirw\u202C.txt", utf8(INVOICE));
		// the name reads as it is stored, without the override: no hidden address
		assertThat(inAttachments(decision))
			.allSatisfy((violation) -> assertThat(violation.location().attachment()).doesNotContain("\u202E")
				.doesNotContain("\u202C"));
	}

	@Test
	void aQrCodeToAnExternalShopIsRefused() {
		Decision decision = seller("label.png", AttachmentFiles.pngWithQrCode("https://my-own-shop.example.com/sale"));

		Violation link = only(decision, RuleId.LINK_EXTERNAL);
		assertThat(link.outcome()).isEqualTo(Outcome.BLOCK);
		assertThat(link.location()).isEqualTo(new Location("label.png", Location.Part.QR_CODE, 1));
		assertThat(link.excerpt()).contains("my-own-shop.example.com");
	}

	@Test
	void aQrCodeWithAPhoneNumberIsRefused() {
		Decision decision = seller("card.png", AttachmentFiles.pngWithQrCode("Call me: +44 20 7946 0958"));

		assertLocated(decision, RuleId.CONTACT_PHONE, "card.png", Location.Part.QR_CODE, 1, "+44 20 7946 0958");
	}

	@Test
	void aWordHyperlinkToAnotherShopIsReadByTheLinkRules() {
		Decision decision = seller("manual.docx",
				AttachmentFiles.docxWithHyperlink(MANUAL, "https://cheaper-elsewhere.example.org/"));

		assertLocated(decision, RuleId.LINK_EXTERNAL, "manual.docx", Location.Part.LINKS, 1, null);
	}

	@Test
	void honestInvoicesManualsAndPhotosPass() {
		for (Drafts drafts : List.of(Drafts.seller(), Drafts.buyer())) {
			Decision decision = check(drafts.html("Please find the document attached.")
				.attach("invoice-2026-0042.pdf", AttachmentFiles.pdf(INVOICE))
				.attach("manual.docx", AttachmentFiles.docx(MANUAL, MANUAL))
				.attach("invoice.txt", utf8(INVOICE))
				.attach("photo.png", AttachmentFiles.png(300, 200))
				.attach("receipt.png", AttachmentFiles.pngWithQrCode("113-4456789-1234567")));
			assertThat(decision.violations()).isEmpty();
			assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		}
	}

	@Test
	void aBuyerContactDetailInAFileBlocksBecauseAFileCannotBeRedacted() {
		Decision decision = check(Drafts.buyer()
			.html("Here is my note.")
			.attach("note.txt", utf8("You can reach me at buyer.name@gmail.com")));

		Violation email = only(decision, RuleId.CONTACT_EMAIL);
		assertThat(email.outcome()).isEqualTo(Outcome.BLOCK);
		assertThat(email.messageKey()).isEqualTo("policy.CONTACT_EMAIL");
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@Test
	void aPhoneNumberInAWarrantyDocumentIsAllowedAsInTheBody() {
		Decision decision = check(Drafts.proactive(Action.WARRANTY)
			.html("Your warranty certificate is attached.")
			.attach("warranty.pdf", AttachmentFiles.pdf("Warranty service line: +1 415 555 0134")));

		assertThat(inAttachments(decision)).isEmpty();
	}

	@Test
	void activeContentIsRefusedWithItsOwnRule() {
		assertActive("macros.docx", AttachmentFiles.docxWithMacros(MANUAL), "policy.ATTACHMENT_ACTIVE_CONTENT.macro");
		assertActive("template.docx", AttachmentFiles.docxWithRemoteTemplate(MANUAL),
				"policy.ATTACHMENT_ACTIVE_CONTENT.template");
		assertActive("script.pdf", AttachmentFiles.pdfWithJavaScript(INVOICE),
				"policy.ATTACHMENT_ACTIVE_CONTENT.javascript");
		assertActive("legacy.doc", AttachmentFiles.docWithMacros(), "policy.ATTACHMENT_ACTIVE_CONTENT.macro");
	}

	@Test
	void activeContentIsRefusedOnUploadAlready() {
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(
				new DraftAttachment("macros.docx", AttachmentFiles.docxWithMacros(MANUAL)),
				dev.parley.core.account.Role.BUYER);

		assertThat(check.isAccepted()).isFalse();
		assertThat(check.violations()).extracting(Violation::rule).containsExactly(RuleId.ATTACHMENT_ACTIVE_CONTENT);
		assertThat(Drafts.ENGINE
			.checkAttachment(new DraftAttachment("manual.docx", AttachmentFiles.docx(MANUAL)),
					dev.parley.core.account.Role.BUYER)
			.isAccepted()).isTrue();
	}

	private static void assertActive(String name, byte[] file, String key) {
		Decision decision = seller(name, file);
		Violation active = only(decision, RuleId.ATTACHMENT_ACTIVE_CONTENT);
		assertThat(active.messageKey()).as(name).isEqualTo(key);
		assertThat(active.location()).isEqualTo(new Location(name, Location.Part.FILE, 0));
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	private static Decision check(Drafts drafts) {
		return Drafts.ENGINE.check(drafts.build());
	}

	private static Decision seller(String name, byte[] file) {
		return Drafts.ENGINE
			.check(Drafts.seller().html("Please find the document attached.").attach(name, file).build());
	}

	static List<Violation> inAttachments(Decision decision) {
		return decision.violations().stream().filter((violation) -> violation.location() != null).toList();
	}

	static Violation only(Decision decision, RuleId rule) {
		List<Violation> found = decision.violations().stream().filter((violation) -> violation.rule() == rule).toList();
		assertThat(found).as(decision.violations().toString()).hasSize(1);
		return found.get(0);
	}

	private static void assertLocated(Decision decision, RuleId rule, String name, Location.Part part, int number,
			String excerpt) {
		assertThat(decision.violations()).as(decision.violations().toString()).anySatisfy((violation) -> {
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.outcome()).isEqualTo(Outcome.BLOCK);
			assertThat(violation.location()).isEqualTo(new Location(name, part, number));
			if (excerpt != null) {
				assertThat(violation.excerpt()).isEqualTo(excerpt);
			}
		});
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
