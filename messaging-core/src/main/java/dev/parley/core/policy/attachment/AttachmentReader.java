package dev.parley.core.policy.attachment;

import java.util.Objects;

/**
 * Reads what is inside an attachment under {@link ExtractionLimits}: the text of its
 * pages, the QR codes of its images, the targets of its links, or why it is refused
 * (active content, or not readable within the limits). Never throws for bad content.
 * <p>
 * Thread-safe and stateless apart from its limits: one per engine.
 */
public final class AttachmentReader {

	private final ExtractionLimits limits;

	/**
	 * A reader.
	 * @param limits the bounds of reading one file
	 */
	public AttachmentReader(ExtractionLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * The limits this reader works under.
	 * @return the limits
	 */
	public ExtractionLimits limits() {
		return this.limits;
	}

	/**
	 * Reads a file: its text, or why it is refused.
	 * @param kind what the file is (decided from its bytes beforehand)
	 * @param content the bytes
	 * @return the text in parts, or a refusal
	 */
	public Extraction read(DocumentKind kind, byte[] content) {
		return read(kind, content, true);
	}

	/**
	 * Looks for active content and checks the limits, keeping no text (what an upload
	 * needs before the message it goes with is known).
	 * @param kind what the file is
	 * @param content the bytes
	 * @return no parts, and the refusal if there is one
	 */
	public Extraction inspect(DocumentKind kind, byte[] content) {
		return read(kind, content, false);
	}

	private Extraction read(DocumentKind kind, byte[] content, boolean text) {
		Budget budget = new Budget(this.limits);
		try {
			switch (kind) {
				case TEXT -> {
					if (text) {
						TextFiles.read(content, budget);
					}
				}
				case PDF -> PdfText.read(content, budget, text);
				case DOC -> DocText.read(content, budget, text);
				case DOCX -> DocxText.read(content, budget, text);
				case IMAGE -> {
					if (text) {
						QrCodes.read(content, budget);
					}
				}
			}
			return Extraction.of(budget.parts());
		}
		catch (Refused ex) {
			return Extraction.refused(ex.refusal());
		}
	}

}
