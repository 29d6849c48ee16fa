package dev.parley.core.policy.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Plain text files: UTF-16 with a byte-order mark, else UTF-8 when valid, else
 * Windows-1252. Form feeds separate pages.
 */
final class TextFiles {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	static void read(byte[] content, Budget budget) throws Refused {
		// at least a character per four bytes in every encoding: refused before decoding
		if (content.length / 4 > budget.limits().maxChars()) {
			throw Refused.unreadable("text", "more than " + budget.limits().maxChars() + " characters");
		}
		budget.addPages(decode(content));
	}

	static String decode(byte[] content) {
		if (content.length >= 2 && content[0] == (byte) 0xff && content[1] == (byte) 0xfe) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && content[0] == (byte) 0xfe && content[1] == (byte) 0xff) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		int start = (content.length >= 3 && content[0] == (byte) 0xef && content[1] == (byte) 0xbb
				&& content[2] == (byte) 0xbf) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

}
