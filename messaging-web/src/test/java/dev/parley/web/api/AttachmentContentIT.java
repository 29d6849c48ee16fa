package dev.parley.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.parley.core.order.Order;
import dev.parley.web.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is inside attachments, over HTTP: an uploaded PDF whose second page carries an
 * email address is refused at the send and in the dry run, located by file and page;
 * active content is refused on upload; file names lose their bidi controls.
 */
class AttachmentContentIT extends ApiTestSupport {

	@Test
	void aSellerPdfWithAnEmailAddressIsRefusedAtTheSendAndInTheDryRunWithItsPage() throws IOException {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		Response upload = Multipart.upload(this, seller, "offer.pdf",
				SampleFiles.pdf("Invoice 2026-0042", "Write to shop.owner@gmail.com and use code SAVE20"));
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		long id = upload.body().get("attachmentId").asLong();

		Response check = post(seller, API + "/policy/check", Map.of("orderId", order.id().value(), "action",
				"SEND_INVOICE", "body", "Your invoice is attached.", "attachmentIds", List.of(id)));
		assertThat(check.status()).as(check.toString()).isEqualTo(200);
		assertThat(check.body().get("verdict").asString()).isEqualTo("BLOCK");
		JsonNode email = violation(check, "CONTACT_EMAIL");
		assertThat(email.get("excerpt").asString()).isEqualTo("shop.owner@gmail.com");
		assertThat(email.get("location").get("attachment").asString()).isEqualTo("offer.pdf");
		assertThat(email.get("location").get("part").asString()).isEqualTo("PAGE");
		assertThat(email.get("location").get("number").asInt()).isEqualTo(2);
		assertThat(email.get("message").asString()).startsWith("In attachment offer.pdf, page 2: ");
		assertThat(MessagingApiIT.rules(check)).contains("PROMOTIONAL");

		Response sent = post(seller, API + "/orders/" + order.id() + "/messages",
				Map.of("action", "SEND_INVOICE", "body", "Your invoice is attached.", "attachmentIds", List.of(id)));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(sent)).contains("CONTACT_EMAIL", "PROMOTIONAL");
	}

	@Test
	void anHonestInvoiceIsSent() throws IOException {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		long id = Multipart
			.upload(this, seller, "invoice.pdf", SampleFiles.pdf("Invoice 2026-0042", "1 x Ceramic mug 12.90 EUR"))
			.body()
			.get("attachmentId")
			.asLong();

		Response sent = post(seller, API + "/orders/" + order.id() + "/messages",
				Map.of("action", "SEND_INVOICE", "body", "Your invoice is attached.", "attachmentIds", List.of(id)));

		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
	}

	@Test
	void activeContentIsRefusedOnUpload() throws IOException {
		Response upload = Multipart.upload(this, buyer(), "receipt.pdf",
				SampleFiles.pdfWithJavaScript("app.alert(1)", "Receipt"));

		assertThat(upload.status()).as(upload.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(upload)).containsExactly("ATTACHMENT_ACTIVE_CONTENT");
	}

	@Test
	void aMacroDocxAndAZipBombAreRefusedOnUploadQuickly() throws IOException {
		Party buyer = buyer();
		Response macros = Multipart.upload(this, buyer, "letter.docx", docx(true, 0));
		assertThat(macros.status()).as(macros.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(macros)).containsExactly("ATTACHMENT_ACTIVE_CONTENT");

		byte[] bomb = docx(false, 1L << 30);
		assertThat(bomb.length).isLessThan(10 * 1024 * 1024);
		long start = System.nanoTime();
		Response refused = Multipart.upload(this, buyer, "report.docx", bomb);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(refused)).containsExactly("ATTACHMENT_UNREADABLE");
		assertThat(millis).isLessThan(5_000);
		assertThat(get(null, "/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void fileNamesLoseTheirBidiControls() throws IOException {
		Response upload = Multipart.upload(this, buyer(), "photo\u202Egnp.txt", "A note".getBytes());

		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		assertThat(upload.body().get("fileName").asString()).isEqualTo("photognp.txt");
	}

	private static JsonNode violation(Response response, String rule) {
		return response.body()
			.get("violations")
			.valueStream()
			.filter((v) -> v.get("rule").asString().equals(rule))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + rule + " in " + response));
	}

	/**
	 * A Word package: with a VBA project, or with a document part of {@code spaces}
	 * spaces (a ZIP bomb when large).
	 */
	private static byte[] docx(boolean macros, long spaces) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document."
					+ (macros ? "macroEnabled.main+xml" : "main+xml") + "\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			if (macros) {
				zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
				zip.write(new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 });
			}
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] block = new byte[1 << 20];
			Arrays.fill(block, (byte) ' ');
			for (long written = 0; written < spaces; written += block.length) {
				zip.write(block);
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
