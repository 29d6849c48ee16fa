package dev.parley.web.api;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import dev.parley.core.order.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and downloads over HTTP: types from content, metadata stripped from images,
 * downloads only as attachments.
 */
class AttachmentsApiIT extends ApiTestSupport {

	@Test
	void aPdfIsStoredAndServedAsADownloadThatBrowsersDoNotSniff() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(1));
		Response upload = Multipart.upload(this, buyer, "receipt.pdf", Multipart.PDF);
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		assertThat(upload.body().get("contentType").asString()).isEqualTo("application/pdf");
		long id = upload.body().get("attachmentId").asLong();

		Response sent = post(buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("body", "The receipt is attached.", "attachmentIds", List.of(id)));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

		Response download = get(seller, API + "/attachments/" + id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(Multipart.PDF);
		assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("receipt.pdf");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");

		Response again = post(buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("body", "Sending it twice", "attachmentIds", List.of(id)));
		assertThat(again.status()).isEqualTo(400);
	}

	@Test
	void theTypeComesFromTheContentAndTheExtensionMustAgree() {
		Party buyer = buyer();
		byte[] executable = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);

		Response disguised = Multipart.upload(this, buyer, "invoice.pdf", executable);
		assertThat(disguised.status()).as(disguised.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(disguised)).contains("ATTACHMENT_TYPE");

		Response renamed = Multipart.upload(this, buyer, "photo.png", Multipart.PDF);
		assertThat(renamed.status()).isEqualTo(422);

		Response empty = Multipart.upload(this, buyer, "empty.txt", new byte[0]);
		assertThat(empty.status()).isEqualTo(422);
	}

	@Test
	void imagesLoseTheirMetadataAndTrailingBytes() throws IOException {
		Party buyer = buyer();
		byte[] png = withTextChunk(png(), "Location", "GPS 37.7749 N 122.4194 W");
		byte[] withTrailer = concat(png, "HIDDEN-PAYLOAD".getBytes(StandardCharsets.US_ASCII));

		Response upload = Multipart.upload(this, buyer, "scratch.png", withTrailer);
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		Response stored = get(buyer, API + "/attachments/" + upload.body().get("attachmentId").asLong());
		String text = new String(stored.bytes(), StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPS 37.7749").doesNotContain("HIDDEN-PAYLOAD").doesNotContain("tEXt");
		BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(stored.bytes()));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(new Color(image.getRGB(5, 5))).isEqualTo(Color.ORANGE);

		byte[] jpeg = withExif(jpeg(), "GPSLatitude 48.8584 Eiffel");
		Response jpegUpload = Multipart.upload(this, buyer, "damage.jpg", jpeg);
		assertThat(jpegUpload.status()).as(jpegUpload.toString()).isEqualTo(201);
		byte[] storedJpeg = get(buyer, API + "/attachments/" + jpegUpload.body().get("attachmentId").asLong()).bytes();
		assertThat(new String(storedJpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("Eiffel");
	}

	@Test
	void filesOverTenMegabytesAreRefused() {
		Party buyer = buyer();
		byte[] big = new byte[12 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');

		Response response = Multipart.upload(this, buyer, "big.txt", big);

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(MessagingApiIT.rules(response)).containsExactly("ATTACHMENT_SIZE");
	}

	@Test
	void uploadsAreForPartiesOnly() {
		assertThat(Multipart.upload(this, admin(), "a.pdf", Multipart.PDF).status()).isEqualTo(403);
		assertThat(Multipart.upload(this, null, "a.pdf", Multipart.PDF).status()).isEqualTo(401);
		JsonNode ok = Multipart.upload(this, seller(), "manual.pdf", Multipart.PDF).body();
		assertThat(ok.get("size").asLong()).isEqualTo(Multipart.PDF.length);
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 40, 30);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** Inserts a tEXt chunk right after IHDR. */
	static byte[] withTextChunk(byte[] png, String keyword, String value) {
		byte[] data = (keyword + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length);
		byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
		chunk.put(type).put(data);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		chunk.putInt((int) crc.getValue());
		int afterIhdr = 8 + 25;
		return concat(Arrays.copyOfRange(png, 0, afterIhdr), chunk.array(),
				Arrays.copyOfRange(png, afterIhdr, png.length));
	}

	/** Inserts an APP1 Exif segment right after SOI. */
	static byte[] withExif(byte[] jpeg, String payload) {
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
				"MM\0*\0\0\0\u0008".getBytes(StandardCharsets.ISO_8859_1),
				payload.getBytes(StandardCharsets.ISO_8859_1));
		ByteBuffer segment = ByteBuffer.allocate(4 + exif.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
		return concat(Arrays.copyOfRange(jpeg, 0, 2), segment.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
