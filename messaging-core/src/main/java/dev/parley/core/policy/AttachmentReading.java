package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.parley.core.policy.attachment.Extraction;

/**
 * What the engine read from a file when it was uploaded: the type it decided from the
 * bytes and everything it found inside (the text by page, link targets, QR codes, or the
 * refusal of active content). A draft whose attachment carries its reading is checked on
 * that reading, so a file's bytes are inspected once, on upload, whatever message it is
 * later sent with (SPEC §4.5).
 * <p>
 * NUL characters become spaces: a reading is stored as text, and the check at the send
 * must see what was stored.
 *
 * @param contentType the type detected from the content
 * @param extraction what the file contains
 */
public record AttachmentReading(String contentType, Extraction extraction) {

	public AttachmentReading {
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(extraction, "extraction");
		extraction = withoutNul(extraction);
	}

	private static Extraction withoutNul(Extraction extraction) {
		if (extraction.parts().stream().noneMatch((part) -> part.text().indexOf('\0') >= 0)) {
			return extraction;
		}
		List<Extraction.Part> parts = new ArrayList<>(extraction.parts().size());
		for (Extraction.Part part : extraction.parts()) {
			parts.add(new Extraction.Part(part.kind(), part.number(), part.text().replace('\0', ' ')));
		}
		return new Extraction(parts, extraction.refusal());
	}

}
