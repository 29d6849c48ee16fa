package dev.parley.core.policy.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF files, with Apache PDFBox: every object is looked at for actions that run on their
 * own (JavaScript, launch, submit, import, remote go-to), additional actions
 * ({@code /AA}), an {@code /OpenAction} that is more than a destination, XFA forms and
 * embedded files; the Flate streams that text extraction decodes are measured first with
 * a bounded inflater (a compressed-stream bomb is refused before PDFBox decodes it); then
 * the text of each page, and the targets of URI links, are read under the budget.
 */
final class PdfText {

	private static final Map<String, String> ACTIONS = Map.of("JavaScript", "javascript", "Launch", "action",
			"SubmitForm", "action", "ImportData", "action", "GoToR", "action", "GoToE", "action", "Rendition", "action",
			"RichMediaExecute", "action");

	private static final Set<String> EMBEDDED_TYPES = Set.of("EmbeddedFile", "FileAttachment", "RichMedia");

	private static final COSName URI = COSName.getPDFName("URI");

	private static final int MAX_DEPTH = 64;

	private PdfText() {
	}

	static void read(byte[] content, Budget budget, boolean text) throws Refused {
		try (PDDocument document = Loader.loadPDF(content)) {
			budget.pages(document.getNumberOfPages());
			List<String> links = new ArrayList<>();
			scanObjects(document.getDocument(), budget, links);
			if (!text) {
				return;
			}
			PageTexts stripper = new PageTexts(budget);
			stripper.writeText(document, stripper.out);
			if (!links.isEmpty()) {
				budget.add(Extraction.PartKind.LINKS, 1, String.join("\n", links));
			}
		}
		catch (InvalidPasswordException ex) {
			throw Refused.unreadable("encrypted", "password");
		}
		catch (IOException | RuntimeException ex) {
			Refused refused = BudgetException.find(ex);
			throw (refused != null) ? refused : Refused.unreadable("corrupt", ex.getClass().getSimpleName());
		}
	}

	private static void scanObjects(COSDocument document, Budget budget, List<String> links)
			throws Refused, IOException {
		check(document.getTrailer(), budget, links, 0);
		int count = 0;
		for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
			if ((++count & 0x3ff) == 0) {
				budget.checkTime();
			}
			COSObject object = document.getObjectFromPool(key);
			COSBase base = (object != null) ? object.getObject() : null;
			if (base instanceof COSStream stream) {
				measure(stream, budget);
			}
			check(base, budget, links, 0);
		}
	}

	/** One object and what it holds directly (references are checked on their own). */
	private static void check(COSBase base, Budget budget, List<String> links, int depth) throws Refused {
		if (depth > MAX_DEPTH) {
			throw Refused.unreadable("corrupt", "nesting");
		}
		if (base instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase item = array.get(i);
				if (!(item instanceof COSObject)) {
					check(item, budget, links, depth + 1);
				}
			}
			return;
		}
		if (!(base instanceof COSDictionary dictionary)) {
			return;
		}
		if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
			throw Refused.active("javascript", dictionary.containsKey(COSName.JS) ? "/JS" : "/JavaScript");
		}
		if (dictionary.containsKey(COSName.AA)) {
			throw Refused.active("action", "/AA");
		}
		if (dictionary.containsKey(COSName.getPDFName("XFA"))) {
			throw Refused.active("javascript", "/XFA");
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)) {
			throw Refused.active("embedded", "/EmbeddedFiles");
		}
		String type = dictionary.getNameAsString(COSName.TYPE);
		String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
		if ((type != null && EMBEDDED_TYPES.contains(type)) || (subtype != null && EMBEDDED_TYPES.contains(subtype))) {
			throw Refused.active("embedded", "/" + ((subtype != null) ? subtype : type));
		}
		String action = dictionary.getNameAsString(COSName.S);
		if (action != null && ACTIONS.containsKey(action)) {
			throw Refused.active(ACTIONS.get(action), "/S /" + action);
		}
		if ("URI".equals(action)) {
			String target = dictionary.getString(URI);
			if (target != null) {
				budget.chars(target.length());
				links.add(target);
			}
		}
		COSBase open = dictionary.getDictionaryObject(COSName.OPEN_ACTION);
		if (open instanceof COSDictionary openAction && !"GoTo".equals(openAction.getNameAsString(COSName.S))) {
			String kind = String.valueOf(openAction.getNameAsString(COSName.S));
			throw Refused.active(ACTIONS.getOrDefault(kind, "action"), "/OpenAction /" + kind);
		}
		if (!(dictionary instanceof COSStream)) {
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject)) {
					check(value, budget, links, depth + 1);
				}
			}
		}
	}

	/**
	 * Inflates a Flate stream that text extraction would decode (not images) without
	 * keeping it, counting against the budget.
	 */
	private static void measure(COSStream stream, Budget budget) throws Refused, IOException {
		if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
			return;
		}
		COSBase filters = stream.getFilters();
		COSBase first = (filters instanceof COSArray array && array.size() > 0) ? array.getObject(0) : filters;
		if (!COSName.FLATE_DECODE.equals(first) && !COSName.FLATE_DECODE_ABBREVIATION.equals(first)) {
			return;
		}
		Inflater inflater = new Inflater();
		byte[] out = new byte[16 * 1024];
		try (InputStream raw = stream.createRawInputStream()) {
			byte[] in = raw.readAllBytes();
			inflater.setInput(in);
			while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
				int count = inflater.inflate(out);
				budget.inflated(count);
				if (count == 0 && inflater.needsInput()) {
					break;
				}
			}
		}
		catch (DataFormatException ex) {
			// PDFBox reads what it can of a damaged stream; so much is decoded at most
		}
		finally {
			inflater.end();
		}
	}

	/** The text of each page, one part per page, under the budget. */
	private static final class PageTexts extends PDFTextStripper {

		private final StringWriter out = new StringWriter();

		private final Budget budget;

		private int strings;

		PageTexts(Budget budget) {
			this.budget = budget;
		}

		@Override
		public void processPage(PDPage page) throws IOException {
			try {
				this.budget.checkTime();
			}
			catch (Refused ex) {
				throw new BudgetException(ex);
			}
			super.processPage(page);
		}

		@Override
		protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
			if ((++this.strings & 0xf) == 0 && this.budget.overTime()) {
				throw new BudgetException(
						Refused.unreadable("time", this.budget.limits().maxDuration().toMillis() + " ms"));
			}
			super.writeString(text, textPositions);
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			super.endPage(page);
			StringBuffer buffer = this.out.getBuffer();
			try {
				this.budget.add(Extraction.PartKind.PAGE, getCurrentPageNo(), buffer.toString());
			}
			catch (Refused ex) {
				throw new BudgetException(ex);
			}
			buffer.setLength(0);
		}

	}

}
