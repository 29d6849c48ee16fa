package dev.parley.core.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of each type, made in code: real files (their content is read too), and
 * look-alikes whose first bytes are what detection reads.
 */
final class AttachmentSamples {

	static final byte[] PDF = AttachmentFiles.pdf("Invoice 2026-0042");

	static final byte[] PNG = AttachmentFiles.image(1, 1, "png");

	static final byte[] JPEG = AttachmentFiles.image(2, 2, "jpg");

	static final byte[] GIF = AttachmentFiles.image(1, 1, "gif");

	static final byte[] TIFF = AttachmentFiles.image(1, 1, "tiff");

	static final byte[] BMP = AttachmentFiles.image(1, 1, "bmp");

	static final byte[] TXT = "Order 123-4567890-1234567\nThank you.\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] DOCX = zip("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels");

	static final byte[] ZIP = zip("readme.txt", "photos/1.jpg");

	static final byte[] DOC = AttachmentFiles.doc();

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
