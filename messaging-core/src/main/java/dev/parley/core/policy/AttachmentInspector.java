package dev.parley.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.parley.core.policy.attachment.ZipEntries;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a file is from its bytes (SPEC §4.5), never from its declared type: Apache
 * Tika's magic detection, then checks of our own for what Tika core cannot tell apart (a
 * {@code .docx} is a ZIP whose central directory names {@code [Content_Types].xml} and
 * {@code word/document.xml}; a {@code .doc} is an OLE2 file with a {@code WordDocument}
 * stream; a {@code .txt} has no NUL and is valid UTF-8, UTF-16 with a byte-order mark, or
 * 8-bit text without control characters). The extension must name the same type. Nothing
 * is decompressed, so ZIP bombs cost nothing.
 * <p>
 * Thread-safe: Tika's {@link MimeTypes} is, after loading once.
 */
final class AttachmentInspector {

	/** The allowed types, with their canonical content type and extensions. */
	enum FileType {

		TXT("text/plain", "txt"), PDF("application/pdf", "pdf"), DOC("application/msword", "doc"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"), TIFF("image/tiff", "tif", "tiff"),
		BMP("image/bmp", "bmp"), PNG("image/png", "png");

		final String contentType;

		final Set<String> extensions;

		FileType(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = Set.of(extensions);
		}

		static @Nullable FileType ofContentType(String contentType) {
			for (FileType type : values()) {
				if (type.contentType.equals(contentType)) {
					return type;
				}
			}
			return null;
		}

		static @Nullable FileType ofExtension(String extension) {
			for (FileType type : values()) {
				if (type.extensions.contains(extension)) {
					return type;
				}
			}
			return null;
		}

	}

	private static final Map<String, FileType> BY_TIKA_TYPE = Map.ofEntries(Map.entry("text/plain", FileType.TXT),
			Map.entry("application/pdf", FileType.PDF), Map.entry("application/x-tika-msoffice", FileType.DOC),
			Map.entry("application/msword", FileType.DOC), Map.entry("application/x-tika-ooxml", FileType.DOCX),
			Map.entry("application/zip", FileType.DOCX), Map.entry(FileType.DOCX.contentType, FileType.DOCX),
			Map.entry("image/jpeg", FileType.JPEG), Map.entry("image/gif", FileType.GIF),
			Map.entry("image/tiff", FileType.TIFF), Map.entry("image/bmp", FileType.BMP),
			Map.entry("image/x-ms-bmp", FileType.BMP), Map.entry("image/png", FileType.PNG));

	private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

	/**
	 * The extension of a file name, lower case, or empty.
	 * @param fileName the name
	 * @return the extension
	 */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0 || dot == fileName.length() - 1) ? ""
				: fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * What the bytes are.
	 * @param content the file
	 * @return the allowed type the content is, or null when it is none of them
	 */
	@Nullable FileType detect(byte[] content) {
		String detected = tikaType(content);
		FileType type = BY_TIKA_TYPE.get(detected);
		if (type == null && "application/octet-stream".equals(detected) && looksLikeText(content)) {
			type = FileType.TXT;
		}
		if (type == null) {
			return null;
		}
		return switch (type) {
			case TXT -> looksLikeText(content) ? FileType.TXT : null;
			case DOCX -> isWordZip(content) ? FileType.DOCX : null;
			case DOC -> isWordOle2(content) ? FileType.DOC : null;
			case PDF -> startsWith(content, "%PDF-") || indexOf(content, "%PDF-", 1024) >= 0 ? FileType.PDF : null;
			case JPEG -> (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
					&& (content[2] & 0xff) == 0xff) ? FileType.JPEG : null;
			case PNG -> startsWith(content, "\u0089PNG\r\n\u001a\n") ? FileType.PNG : null;
			case GIF -> (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) ? FileType.GIF : null;
			case TIFF -> (startsWith(content, "II*\u0000") || startsWith(content, "MM\u0000*")) ? FileType.TIFF : null;
			case BMP -> (startsWith(content, "BM") && content.length > 26) ? FileType.BMP : null;
		};
	}

	private String tikaType(byte[] content) {
		try (InputStream input = TikaInputStream.get(content)) {
			MediaType type = this.tika.detect(input, new Metadata());
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	/**
	 * Text: no NUL (unless UTF-16 with a BOM), valid UTF-8 or 8-bit text without
	 * controls.
	 */
	static boolean looksLikeText(byte[] content) {
		if (content.length >= 2 && ((content[0] == (byte) 0xff && content[1] == (byte) 0xfe)
				|| (content[0] == (byte) 0xfe && content[1] == (byte) 0xff))) {
			return content.length % 2 == 0;
		}
		for (byte b : content) {
			int c = b & 0xff;
			if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			// legacy 8-bit text (Latin-1, Windows-1252): no control characters, checked
			// above
			return true;
		}
	}

	/**
	 * A Word document: a ZIP whose central directory lists {@code [Content_Types].xml}
	 * and {@code word/document.xml}.
	 */
	static boolean isWordZip(byte[] zip) {
		if (!startsWith(zip, "PK\u0003\u0004")) {
			return false;
		}
		int eocd = ZipEntries.endOfCentralDirectory(zip);
		if (eocd < 0) {
			return false;
		}
		int entries = u16(zip, eocd + 10);
		long offset = u32(zip, eocd + 16);
		boolean contentTypes = false;
		boolean document = false;
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int e = 0; e < entries && at >= 0 && at + 46 <= zip.length; e++) {
			if (!(zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2)) {
				return false;
			}
			int nameLength = u16(zip, at + 28);
			int extraLength = u16(zip, at + 30);
			int commentLength = u16(zip, at + 32);
			if (at + 46 + nameLength > zip.length) {
				return false;
			}
			String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
			contentTypes |= name.equals("[Content_Types].xml");
			document |= name.equals("word/document.xml");
			at += 46 + nameLength + extraLength + commentLength;
		}
		return contentTypes && document;
	}

	/**
	 * A Word 97-2003 document: OLE2 compound file with a stream named
	 * {@code WordDocument}. Directory entries are 128 bytes, aligned to 128 in sectors of
	 * 512 or 4096 bytes, so aligned entries are enough to look at.
	 */
	static boolean isWordOle2(byte[] file) {
		byte[] magic = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		if (file.length < 1024) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (file[i] != magic[i]) {
				return false;
			}
		}
		byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
		for (int entry = 512; entry + 128 <= file.length; entry += 128) {
			if (u16(file, entry + 64) != name.length + 2 || file[entry + 66] != 2) {
				continue;
			}
			boolean same = true;
			for (int k = 0; k < name.length && same; k++) {
				same = file[entry + k] == name[k];
			}
			if (same) {
				return true;
			}
		}
		return false;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
				| (bytes[at + 3] & 0xffL) << 24;
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		if (bytes.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if ((bytes[i] & 0xff) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, String needle, int limit) {
		int end = Math.min(bytes.length - needle.length(), limit);
		for (int i = 0; i <= end; i++) {
			boolean same = true;
			for (int k = 0; k < needle.length() && same; k++) {
				same = (bytes[i + k] & 0xff) == needle.charAt(k);
			}
			if (same) {
				return i;
			}
		}
		return -1;
	}

}
