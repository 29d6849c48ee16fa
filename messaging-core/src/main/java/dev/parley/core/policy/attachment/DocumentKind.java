package dev.parley.core.policy.attachment;

/**
 * The kinds of file whose content is read: the type decided from the bytes (see the
 * engine's attachment inspector), grouped by how they are read.
 */
public enum DocumentKind {

	/** Plain text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252. */
	TEXT,

	/** PDF, read with Apache PDFBox. */
	PDF,

	/** Word 97-2003, read with Apache POI (HWPF). */
	DOC,

	/** Word 2007+ (Office Open XML), read by our own streaming ZIP and StAX reader. */
	DOCX,

	/** JPEG, PNG, GIF, BMP, TIFF: decoded (subsampled) to find QR codes. */
	IMAGE

}
