package dev.parley.core.policy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Attachment files made by the tests (PDFBox writes PDFs, ZXing QR codes, the JDK ZIPs
 * and images), so that no binary fixture is committed. Each page is a list of lines.
 */
public final class AttachmentFiles {

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"%s\"/>%s</Types>";

	private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

	private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
			+ "</Relationships>";

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private AttachmentFiles() {
	}

	/** A PDF with one page per argument, lines split at {@code \n}. */
	public static byte[] pdf(String... pages) {
		try (PDDocument document = new PDDocument()) {
			addPages(document, pages);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that runs JavaScript when it is opened. */
	public static byte[] pdfWithJavaScript(String page) {
		try (PDDocument document = new PDDocument()) {
			addPages(document, page);
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of about the given size: text pages, then an incompressible image stream. */
	public static byte[] pdfOfSize(int bytes, String... pages) {
		try (PDDocument document = new PDDocument()) {
			addPages(document, pages);
			int side = (int) Math.sqrt(Math.max(1, bytes - 20_000) / 3.0);
			BufferedImage noise = noise(side, side);
			var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, noise);
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 50, 50, 200, 200);
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addPages(PDDocument document, String... pages) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (String text : pages) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 11);
				content.setLeading(14);
				content.newLineAtOffset(50, 740);
				for (String line : text.split("\n")) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/** A Word document with one page per argument (hard page breaks between). */
	public static byte[] docx(String... pages) {
		return docx(Map.of(), DOCX_MAIN, "", pages);
	}

	/** A macro-enabled Word document saved under {@code .docx}. */
	public static byte[] docxWithMacros(String text) {
		return docx(Map.of("word/vbaProject.bin", new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 }),
				DOCM_MAIN, "", text);
	}

	/** A Word document whose settings attach a template from a web server. */
	public static byte[] docxWithRemoteTemplate(String text) {
		Map<String, byte[]> extra = new LinkedHashMap<>();
		extra.put("word/settings.xml",
				utf8("<w:settings xmlns:w=\"" + W
						+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<w:attachedTemplate r:id=\"rId1\"/></w:settings>"));
		extra.put("word/_rels/settings.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
				+ " Target=\"https://tracker.example.net/t.dotm\" TargetMode=\"External\"/></Relationships>"));
		return docx(extra, DOCX_MAIN, "", text);
	}

	/** A Word document with a hyperlink whose target is the given URL. */
	public static byte[] docxWithHyperlink(String text, String url) {
		Map<String, byte[]> extra = Map
			.of("word/_rels/document.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
					+ " Target=\"" + url + "\" TargetMode=\"External\"/></Relationships>"));
		return docx(extra, DOCX_MAIN, "", text);
	}

	private static byte[] docx(Map<String, byte[]> extra, String mainType, String overrides, String... pages) {
		StringBuilder body = new StringBuilder();
		for (int p = 0; p < pages.length; p++) {
			if (p > 0) {
				body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
			}
			for (String line : pages[p].split("\n")) {
				body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(line)).append("</w:t></w:r></w:p>");
			}
		}
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
				+ "\"><w:body>" + body + "</w:body></w:document>";
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", utf8(String.format(CONTENT_TYPES, mainType, overrides)));
		entries.put("_rels/.rels", utf8(ROOT_RELS));
		entries.put("word/document.xml", utf8(document));
		entries.putAll(extra);
		return zip(entries);
	}

	/**
	 * A ZIP bomb named {@code .docx}: a valid Word package whose document part inflates
	 * to {@code inflated} bytes of spaces.
	 * @param inflated the uncompressed size of the document part
	 * @param lie whether the directory declares a small size (so only inflating shows it)
	 */
	public static byte[] docxBomb(long inflated, boolean lie) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(utf8(String.format(CONTENT_TYPES, DOCX_MAIN, "")));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(utf8(ROOT_RELS));
			zip.setLevel(Deflater.BEST_SPEED);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] head = utf8("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>");
			zip.write(head);
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (long written = head.length; written < inflated; written += spaces.length) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		if (lie) {
			// declare 4 KB as the document's uncompressed size, in the central directory
			for (int i = bytes.length - 22; i >= 0; i--) {
				if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
					int nameLength = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
					String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
					if (name.equals("word/document.xml")) {
						bytes[i + 24] = 0;
						bytes[i + 25] = 0x10;
						bytes[i + 26] = 0;
						bytes[i + 27] = 0;
					}
				}
			}
		}
		return bytes;
	}

	/** A Word 97-2003 container without macros (its text is not readable: no FIB). */
	public static byte[] doc() {
		try (POIFSFileSystem file = new POIFSFileSystem()) {
			file.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			file.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word 97-2003 file whose OLE2 storages hold a VBA project. */
	public static byte[] docWithMacros() {
		try (POIFSFileSystem file = new POIFSFileSystem()) {
			file.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			file.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "1Table");
			DirectoryEntry macros = file.getRoot().createDirectory("Macros");
			macros.createDocument("PROJECT", new java.io.ByteArrayInputStream(utf8("ID=\"{00000000}\"")));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			file.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG with a QR code of the text on white, with a caption-free margin. */
	public static byte[] pngWithQrCode(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300);
			BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 400, 400);
			graphics.setColor(Color.BLACK);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						graphics.fillRect(50 + x, 50 + y, 1, 1);
					}
				}
			}
			graphics.dispose();
			return image(image, "png");
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A PNG of a plain colour. */
	public static byte[] png(int width, int height) {
		return image(width, height, "png");
	}

	/**
	 * An image of a plain colour in the format ({@code png}, {@code jpg},
	 * {@code gif}...).
	 */
	public static byte[] image(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image(image, format);
	}

	/** A JPEG of noise (incompressible) of about the given size. */
	public static byte[] jpegOfSize(int bytes) {
		// quality 0.75 noise costs about 1.6 bytes a pixel
		int side = (int) Math.sqrt(bytes / 1.6);
		return image(noise(side, side), "jpg");
	}

	private static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	private static byte[] image(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A ZIP of the entries, deflated. */
	public static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
