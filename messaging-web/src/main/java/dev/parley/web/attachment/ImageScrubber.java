package dev.parley.web.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Re-encodes images from their pixels alone, so that nothing but the picture travels: no
 * EXIF (camera, GPS location), no comments, no color-profile tricks, no bytes appended
 * after the image. Refuses images whose declared size would exhaust memory (decompression
 * bombs).
 */
class ImageScrubber {

	/** 40 megapixels: any photo a phone takes, far below what would exhaust the heap. */
	static final long MAX_PIXELS = 40_000_000L;

	private static final Map<String, String> FORMATS = Map.of("image/jpeg", "jpeg", "image/png", "png", "image/gif",
			"gif", "image/bmp", "bmp", "image/tiff", "tiff");

	static boolean isImage(String contentType) {
		return FORMATS.containsKey(contentType);
	}

	/**
	 * The image, re-encoded in its own format from its pixels.
	 * @param content the original bytes
	 * @param contentType the detected type
	 * @return the new bytes
	 * @throws UnreadableImageException when the image cannot be decoded or is too large
	 */
	byte[] scrub(byte[] content, String contentType) {
		String format = FORMATS.get(contentType);
		if (format == null) {
			throw new IllegalArgumentException("not an image type: " + contentType);
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(input);
			if (reader == null) {
				throw new UnreadableImageException("no decoder for this image");
			}
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new UnreadableImageException(
							"the image is larger than " + MAX_PIXELS / 1_000_000 + " megapixels");
				}
				BufferedImage image = reader.read(0);
				return encode(image, format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableImageException unreadable) {
				throw unreadable;
			}
			throw new UnreadableImageException("the image could not be decoded");
		}
	}

	private static @Nullable ImageReader reader(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		return readers.hasNext() ? readers.next() : null;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		BufferedImage writable = image;
		if (("jpeg".equals(format) || "bmp".equals(format)) && image.getType() != BufferedImage.TYPE_INT_RGB
				&& image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			writable = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			writable.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(writable, format, out)) {
			throw new UnreadableImageException("no encoder for " + format);
		}
		return out.toByteArray();
	}

	/**
	 * The bytes claim to be an image but are not one that can be decoded safely.
	 */
	static class UnreadableImageException extends RuntimeException {

		UnreadableImageException(String message) {
			super(message);
		}

	}

}
