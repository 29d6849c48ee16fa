package dev.parley.core.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of each type, made in code: their first bytes are what detection reads.
 */
final class AttachmentSamples {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I',
			'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 }, new byte[32]);

	static final byte[] JPEG = concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F',
			'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 }, new byte[32]);

	static final byte[] GIF = concat("GIF89a".getBytes(StandardCharsets.US_ASCII),
			new byte[] { 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x21,
					(byte) 0xf9, 4, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b });

	static final byte[] TIFF = concat(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 }, new byte[32]);

	static final byte[] BMP = concat(new byte[] { 'B', 'M', 62, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0,
			0, 1, 0, 0, 0, 1, 0, 24, 0 }, new byte[32]);

	static final byte[] TXT = "Order 123-4567890-1234567\nThank you.\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] DOCX = zip("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels");

	static final byte[] ZIP = zip("readme.txt", "photos/1.jpg");

	static final byte[] DOC = ole2("WordDocument");

	static final byte[] XLS = ole2("Workbook");

	private AttachmentSamples() {
	}

	static byte[] zip(String... names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * An OLE2 compound file whose directory (at sector 0, offset 512) names one stream.
	 */
	static byte[] ole2(String stream) {
		byte[] file = new byte[2048];
		byte[] magic = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		System.arraycopy(magic, 0, file, 0, magic.length);
		file[0x1e] = 9; // sector shift: 512-byte sectors
		writeEntry(file, 512, "Root Entry", 5);
		writeEntry(file, 640, stream, 2);
		return file;
	}

	private static void writeEntry(byte[] file, int at, String name, int type) {
		byte[] encoded = name.getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(encoded, 0, file, at, encoded.length);
		int length = encoded.length + 2;
		file[at + 64] = (byte) length;
		file[at + 65] = (byte) (length >> 8);
		file[at + 66] = (byte) type;
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] joined = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, joined, first.length, second.length);
		return joined;
	}

}
