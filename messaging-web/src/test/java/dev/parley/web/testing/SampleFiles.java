package dev.parley.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jspecify.annotations.Nullable;

/**
 * Real attachment files for tests, made with PDFBox: attachments are read, so a
 * look-alike that only starts with {@code %PDF-} is refused as damaged.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/**
	 * A PDF with one page per text.
	 * @param pages the text of each page (one line)
	 * @return the file
	 */
	public static byte[] pdf(String... pages) {
		return pdf(null, pages);
	}

	/**
	 * A PDF that runs JavaScript when it is opened.
	 * @param script the script
	 * @param pages the text of each page
	 * @return the file
	 */
	public static byte[] pdfWithJavaScript(String script, String... pages) {
		return pdf(script, pages);
	}

	private static byte[] pdf(@Nullable String script, String... pages) {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.newLineAtOffset(50, 740);
					content.showText(text);
					content.endText();
				}
			}
			if (script != null) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(script));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
