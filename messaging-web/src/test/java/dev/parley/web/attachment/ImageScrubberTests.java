package dev.parley.web.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageScrubberTests {

	final ImageScrubber scrubber = new ImageScrubber();

	@Test
	void aFortyMegapixelPngIsRefusedFromItsHeaderWithoutDecoding() {
		byte[] png = pngHeaderOnly(8000, 5000);
		long start = System.nanoTime();
		assertThatExceptionOfType(ImageScrubber.UnreadableImageException.class)
			.isThrownBy(() -> this.scrubber.scrub(png, "image/png"))
			.withMessageContaining("larger than 25 megapixels");
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
	}

	@Test
	void anOrdinaryImageIsReEncodedFromItsPixels() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xff0000);
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		ImageIO.write(image, "png", original);
		byte[] withTrailer = ByteBuffer.allocate(original.size() + 10)
			.put(original.toByteArray())
			.put("TRAILER123".getBytes(StandardCharsets.US_ASCII))
			.array();

		byte[] scrubbed = this.scrubber.scrub(withTrailer, "image/png");

		BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(scrubbed));
		assertThat(read.getWidth()).isEqualTo(64);
		assertThat(read.getRGB(3, 4) & 0xffffff).isEqualTo(0xff0000);
		assertThat(new String(scrubbed, StandardCharsets.ISO_8859_1)).doesNotContain("TRAILER123");
	}

	/** A PNG signature and IHDR declaring the size, then IEND: enough for the header. */
	static byte[] pngHeaderOnly(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		ihdr.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
