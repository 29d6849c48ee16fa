package dev.parley.benchmarks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftAttachment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Attachments for the attachment figure, made in code: a 1 MB product manual PDF (20
 * pages of text and a photo) and a 5 MB JPEG photo (a gradient with fine noise, which
 * compresses like a camera picture).
 */
final class SampleAttachments {

	private static final String LINE = "Descale the kettle every four weeks: fill it with water and 250 ml of vinegar, boil, rinse twice.";

	private SampleAttachments() {
	}

	/** The seller reply of {@link SampleMessages} with one attachment. */
	static Draft sellerReplyWith(String name, byte[] content) {
		Draft reply = SampleMessages.sellerReply();
		return new Draft(reply.senderRole(), reply.action(), reply.topic(), reply.subject(), reply.html(),
				List.of(new DraftAttachment(name, content)), reply.context());
	}

	/** A PDF manual of about 1 MB: 20 pages of 45 lines, and a photo on the last page. */
	static byte[] manualPdf() {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 1; p <= 20; p++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 9);
					content.setLeading(15);
					content.newLineAtOffset(40, 750);
					for (int line = 1; line <= 45; line++) {
						content.showText(p + "." + line + " " + LINE);
						content.newLine();
					}
					content.endText();
				}
			}
			PDPage last = document.getPage(19);
			var photo = JPEGFactory.createFromImage(document, photo(1550, 1200), 0.9f);
			try (PDPageContentStream content = new PDPageContentStream(document, last,
					PDPageContentStream.AppendMode.APPEND, true)) {
				content.drawImage(photo, 300, 40, 250, 190);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JPEG photo of about 5 MB (quality 0.9, as cameras save). */
	static byte[] photoJpeg() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(photo(3600, 2600), null, null), param);
			writer.dispose();
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage photo(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(
				new java.awt.GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(230, 200, 120)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				int noise = random.nextInt(90) - 45;
				int r = clamp(((rgb >> 16) & 0xff) + noise);
				int g = clamp(((rgb >> 8) & 0xff) + noise);
				int b = clamp((rgb & 0xff) + noise);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		return image;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
