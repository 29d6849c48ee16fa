package dev.parley.core.policy.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word 2007+ documents, read straight from the ZIP: the directory is checked first (entry
 * count, declared sizes and ratios: a bomb is refused before anything is inflated), then
 * macros, ActiveX, embedded objects and external relationships are looked for, then the
 * text of the body (split at page breaks), of headers, footers, notes and comments, and
 * the targets of hyperlinks are read with StAX, inflating only the entries that carry
 * text and never past the budget.
 * <p>
 * Why not Apache POI's XWPF here: it opens the whole OPC package and builds XMLBeans
 * object trees of every part in memory, and its ZIP-bomb guard is a JVM-wide static
 * setting; a streaming reader bounds memory to one buffer and stops at the first reason
 * to refuse.
 */
final class DocxText {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** Field codes that fetch or run something when the document is opened. */
	private static final Pattern ACTIVE_FIELD = Pattern.compile("^\\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_TEXT = Pattern
		.compile("word/(header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");

	private static final XMLInputFactory XML = secureFactory();

	private DocxText() {
	}

	static void read(byte[] content, Budget budget, boolean text) throws Refused {
		ZipEntries zip = ZipEntries.read(content, budget);
		ZipEntries.Entry document = null;
		ZipEntries.Entry contentTypes = null;
		List<ZipEntries.Entry> relationships = new ArrayList<>();
		List<ZipEntries.Entry> otherText = new ArrayList<>();
		for (ZipEntries.Entry entry : zip.entries()) {
			String name = entry.name().toLowerCase(Locale.ROOT);
			if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
				throw Refused.active("macro", entry.name());
			}
			if (name.contains("activex/")) {
				throw Refused.active("embedded", entry.name());
			}
			if (name.startsWith("word/embeddings/") && !(name.endsWith(".xlsx") || name.endsWith(".docx")
					|| name.endsWith(".pptx") || name.endsWith(".emf") || name.endsWith(".wmf"))) {
				throw Refused.active("embedded", entry.name());
			}
			if (name.endsWith(".rels")) {
				relationships.add(entry);
			}
			else if (name.equals("[content_types].xml")) {
				contentTypes = entry;
			}
			else if (name.equals("word/document.xml")) {
				document = entry;
			}
			else if (OTHER_TEXT.matcher(name).matches()) {
				otherText.add(entry);
			}
		}
		if (document == null || contentTypes == null) {
			throw Refused.unreadable("corrupt", "no word/document.xml");
		}
		try {
			checkContentTypes(zip, contentTypes, budget);
			List<String> links = new ArrayList<>();
			for (ZipEntries.Entry entry : relationships) {
				readRelationships(zip, entry, budget, links);
			}
			// field codes are looked at even when the text is not wanted
			Pages pages = new Pages(budget, Extraction.PartKind.PAGE);
			readText(zip, document, budget, pages);
			pages.flush();
			Pages other = new Pages(budget, Extraction.PartKind.OTHER_TEXT);
			for (ZipEntries.Entry entry : otherText) {
				readText(zip, entry, budget, other);
			}
			other.flush();
			if (!links.isEmpty()) {
				budget.add(Extraction.PartKind.LINKS, 1, String.join("\n", links));
			}
			if (!text) {
				budget.parts().clear();
			}
		}
		catch (BudgetException ex) {
			throw ex.refused();
		}
		catch (IOException | XMLStreamException ex) {
			Refused refused = BudgetException.find(ex);
			throw (refused != null) ? refused : Refused.unreadable("corrupt", ex.getClass().getSimpleName());
		}
	}

	private static void checkContentTypes(ZipEntries zip, ZipEntries.Entry entry, Budget budget)
			throws Refused, IOException, XMLStreamException {
		try (InputStream input = zip.open(entry, budget)) {
			XMLStreamReader xml = XML.createXMLStreamReader(input);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT) {
						String type = attribute(xml, "ContentType").toLowerCase(Locale.ROOT);
						if (type.contains("macroenabled") || type.contains("vbaproject")
								|| type.contains("ms-office.activex")) {
							throw Refused.active("macro", type);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
	}

	private static void readRelationships(ZipEntries zip, ZipEntries.Entry entry, Budget budget, List<String> links)
			throws Refused, IOException, XMLStreamException {
		try (InputStream input = zip.open(entry, budget)) {
			XMLStreamReader xml = XML.createXMLStreamReader(input);
			try {
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(xml.getLocalName())) {
						continue;
					}
					if (!"external".equalsIgnoreCase(attribute(xml, "TargetMode"))) {
						continue;
					}
					String type = attribute(xml, "Type");
					String kind = type.substring(type.lastIndexOf('/') + 1);
					String target = attribute(xml, "Target");
					if (kind.equals("hyperlink")) {
						links.add(target);
					}
					else {
						throw Refused.active(kind.equals("attachedTemplate") ? "template" : "external",
								kind + " " + target);
					}
				}
			}
			finally {
				xml.close();
			}
		}
	}

	private static void readText(ZipEntries zip, ZipEntries.Entry entry, Budget budget, Pages pages)
			throws Refused, IOException, XMLStreamException {
		try (InputStream input = zip.open(entry, budget)) {
			XMLStreamReader xml = XML.createXMLStreamReader(input);
			try {
				int events = 0;
				boolean inText = false;
				boolean inField = false;
				StringBuilder field = new StringBuilder();
				while (xml.hasNext()) {
					int event = xml.next();
					if ((++events & 0xfff) == 0) {
						budget.checkTime();
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						boolean word = W.equals(xml.getNamespaceURI());
						if (word && (name.equals("t") || name.equals("delText"))) {
							inText = true;
						}
						else if (word && name.equals("instrText")) {
							inField = true;
							field.setLength(0);
						}
						else if (word && name.equals("tab")) {
							pages.append("\t");
						}
						else if (word && (name.equals("br") || name.equals("cr"))) {
							if ("page".equals(attribute(xml, W, "type"))) {
								pages.pageBreak();
							}
							else {
								pages.append("\n");
							}
						}
						else if (word && name.equals("lastRenderedPageBreak")) {
							pages.pageBreak();
						}
						else if (word && name.equals("fldSimple")) {
							checkField(attribute(xml, W, "instr"), pages);
						}
						else if (name.equals("docPr")) {
							// alternative text of drawings
							pages.append(" " + attribute(xml, "descr") + " " + attribute(xml, "title") + " ");
						}
					}
					else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
						if (inText) {
							pages.append(xml.getText());
						}
						else if (inField) {
							field.append(xml.getText());
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("t") || name.equals("delText")) {
							inText = false;
						}
						else if (name.equals("instrText")) {
							inField = false;
							checkField(field.toString(), pages);
						}
						else if (name.equals("p") && W.equals(xml.getNamespaceURI())) {
							pages.append("\n");
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
	}

	/** Field codes: the active ones refused, a HYPERLINK's target read as text. */
	private static void checkField(String instruction, Pages pages) throws Refused {
		if (ACTIVE_FIELD.matcher(instruction).find()) {
			throw Refused.active("external", instruction.strip());
		}
		if (instruction.strip().toUpperCase(Locale.ROOT).startsWith("HYPERLINK")) {
			pages.append(" " + instruction.strip().substring("HYPERLINK".length()).replace('"', ' ') + " ");
		}
	}

	private static String attribute(XMLStreamReader xml, String name) {
		String value = xml.getAttributeValue(null, name);
		return (value != null) ? value : "";
	}

	private static String attribute(XMLStreamReader xml, String namespace, String name) {
		String value = xml.getAttributeValue(namespace, name);
		return (value != null) ? value : "";
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	/**
	 * Text cut into pages at page breaks; a break on a page without text yet is ignored
	 * (Word writes both a hard break and a rendered one).
	 */
	private static final class Pages {

		private final Budget budget;

		private final Extraction.PartKind kind;

		private final StringBuilder page = new StringBuilder();

		private int number = 1;

		private boolean hasText;

		Pages(Budget budget, Extraction.PartKind kind) {
			this.budget = budget;
			this.kind = kind;
		}

		void append(String text) throws Refused {
			this.page.append(text);
			this.hasText |= !text.isBlank();
			if (this.page.length() > this.budget.limits().maxChars()) {
				this.budget.chars(this.page.length());
			}
		}

		void pageBreak() throws Refused {
			if (this.hasText && this.kind == Extraction.PartKind.PAGE) {
				flush();
				this.number++;
				this.budget.pages(this.number);
			}
		}

		void flush() throws Refused {
			if (this.hasText) {
				this.budget.add(this.kind, this.number, this.page.toString());
			}
			this.page.setLength(0);
			this.hasText = false;
		}

	}

}
