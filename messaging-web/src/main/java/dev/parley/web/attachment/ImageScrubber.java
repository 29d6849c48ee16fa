package dev.parley.web.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Re-encodes images from their pixels alone, so that nothing but the picture travels: no
 * EXIF (camera, GPS location), no comments, no color-profile tricks, no bytes appended
 * after the image. Decoding is bounded in three ways, all decided before or while the
 * pixels are read: the pixel count from the image's header ({@link #MAX_PIXELS}, checked
 * before a pixel is decoded); the heap the decoded pixels will take, reserved from a
 * budget shared by every upload in the JVM ({@link #MEMORY_BUDGET_BYTES}: concurrent
 * large images wait for each other rather than exhaust the heap); and the time decoding
 * and encoding may take ({@link #TIME_BUDGET}, after which the decoder is aborted).
 */
class ImageScrubber {

	/** 25 megapixels: any photo a phone saves by default, and 100 MB decoded at most. */
	static final long MAX_PIXELS = 25_000_000L;

	/** Decoded pixels held at once by all uploads together. */
	static final long MEMORY_BUDGET_BYTES = 192L * 1024 * 1024;

	/** How long one image may take to decode and re-encode. */
	static final Duration TIME_BUDGET = Duration.ofSeconds(10);

	/** How long an image waits for its share of the memory budget. */
	static final Duration BUDGET_WAIT = Duration.ofSeconds(30);

	private static final Semaphore MEMORY = new Semaphore((int) (MEMORY_BUDGET_BYTES / 1024), true);

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "image-decode-watchdog");
		thread.setDaemon(true);
		return thread;
	});

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
	 * @throws UnreadableImageException when the image cannot be decoded, is too large, or
	 * takes too long
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
				// From the header: nothing is decoded yet.
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new UnreadableImageException(
							"the image is larger than " + MAX_PIXELS / 1_000_000 + " megapixels");
				}
				int kilobytes = (int) Math.min(Integer.MAX_VALUE, (decodedBytes(reader, format, pixels) + 1023) / 1024);
				if (kilobytes > MEMORY_BUDGET_BYTES / 1024) {
					throw new UnreadableImageException("the image needs more memory than images may take");
				}
				if (!MEMORY.tryAcquire(kilobytes, BUDGET_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new UnreadableImageException("too many large images at once");
				}
				try {
					return decodeAndEncode(reader, format);
				}
				finally {
					MEMORY.release(kilobytes);
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadableImageException("interrupted");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableImageException unreadable) {
				throw unreadable;
			}
			throw new UnreadableImageException("the image could not be decoded");
		}
	}

	private static byte[] decodeAndEncode(ImageReader reader, String format) throws IOException {
		AtomicBoolean late = new AtomicBoolean();
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
			late.set(true);
			reader.abort();
			writer.abort();
		}, TIME_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
		try {
			BufferedImage image = reader.read(0);
			if (late.get() || image == null) {
				throw new UnreadableImageException("decoding the image took too long");
			}
			byte[] encoded = encode(image, format, writer);
			if (late.get()) {
				throw new UnreadableImageException("encoding the image took too long");
			}
			return encoded;
		}
		finally {
			watchdog.cancel(false);
			writer.dispose();
		}
	}

	/** The heap the decoded image (and its RGB copy, for JPEG and BMP) will take. */
	private static long decodedBytes(ImageReader reader, String format, long pixels) throws IOException {
		int bytesPerPixel = 4;
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		if (types != null && types.hasNext()) {
			java.awt.image.SampleModel model = types.next().getSampleModel();
			int bits = 0;
			for (int size : model.getSampleSize()) {
				bits += size;
			}
			bytesPerPixel = Math.max(1, (bits + 7) / 8);
		}
		boolean copied = "jpeg".equals(format) || "bmp".equals(format);
		return pixels * (bytesPerPixel + (copied ? 4 : 0));
	}

	private static @Nullable ImageReader reader(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		return readers.hasNext() ? readers.next() : null;
	}

	private static byte[] encode(BufferedImage image, String format, ImageWriter writer) throws IOException {
		BufferedImage writable = image;
		if (("jpeg".equals(format) || "bmp".equals(format)) && image.getType() != BufferedImage.TYPE_INT_RGB
				&& image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			writable = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			writable.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			writer.write(writable);
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
