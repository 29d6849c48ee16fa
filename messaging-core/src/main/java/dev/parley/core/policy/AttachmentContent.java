package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Violation.Location;
import dev.parley.core.policy.attachment.AttachmentReader;
import dev.parley.core.policy.attachment.DocumentKind;
import dev.parley.core.policy.attachment.Extraction;
import dev.parley.core.policy.attachment.FileNames;

/**
 * What is inside the attachments (SPEC §4.4 and §4.5): each accepted file is read under
 * bounds ({@link AttachmentReader}); active content is refused
 * ({@code ATTACHMENT_ACTIVE_CONTENT}), and so is a file that cannot be read within the
 * limits ({@code ATTACHMENT_UNREADABLE}); the file name and every part of the text
 * (pages, headers and notes, link targets, QR codes) go through the engine's own check,
 * as the body of a draft with the same sender, action and context, so every improvement
 * of the body's detection applies to attachments too. Only the content rules about what
 * the text says ({@link #TEXT_RULES}) are kept, located in the attachment.
 * <p>
 * Outcomes: as for the body, except that a file cannot be redacted: a hit whose outcome
 * is REDACT (a buyer's email address or phone number) blocks the message instead. A flag
 * would deliver the contact detail to the seller, which is what redaction exists to
 * prevent; the buyer is told which file and page to fix.
 */
final class AttachmentContent {

	/** The rules that apply to text found in attachments. */
	static final Set<RuleId> TEXT_RULES = EnumSet.of(RuleId.CONTACT_EMAIL, RuleId.CONTACT_PHONE, RuleId.LINK_INSECURE,
			RuleId.LINK_EXTERNAL, RuleId.OPT_OUT_LINK, RuleId.OFF_PLATFORM, RuleId.PROMOTIONAL,
			RuleId.REVIEW_MANIPULATION);

	/**
	 * Longest piece of text checked at once: under the body's limits (10,000 characters,
	 * 64 KiB of HTML even when every character is escaped), so the body rules see it all.
	 */
	static final int CHUNK = 8000;

	private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\r\\u00a0 ]+");

	private static final Pattern BLANK_LINES = Pattern.compile(" ?\\n[ \\n]*");

	private final AttachmentTypeRule types;

	private final AttachmentReader reader;

	private final PolicySettings settings;

	private final MessageKeys messageKeys;

	AttachmentContent(AttachmentTypeRule types, AttachmentReader reader, PolicySettings settings,
			MessageKeys messageKeys) {
		this.types = types;
		this.reader = reader;
		this.settings = settings;
		this.messageKeys = messageKeys;
	}

	/**
	 * The violations inside the draft's attachments (those of an allowed type and size;
	 * the others are already refused by the type and size rules).
	 * @param draft the draft
	 * @param pipeline the engine's check, run on each piece of text as a body
	 * @return the violations, each with its location
	 */
	List<Violation> check(Draft draft, Function<Draft, Decision> pipeline) {
		if (draft.attachments().isEmpty() || draft.action() == Action.REQUEST_REVIEW) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>(0);
		for (DraftAttachment attachment : draft.attachments()) {
			AttachmentInspector.FileType type = acceptedType(attachment);
			if (type == null) {
				continue;
			}
			String name = FileNames.withoutBidiControls(attachment.fileName());
			checkText(draft, stem(name), new Location(name, Location.Part.FILE_NAME, 0), pipeline, violations);
			// read on upload: the reading is checked, the bytes are not read again
			AttachmentReading reading = (attachment.reading() != null) ? attachment.reading() : read(attachment, type);
			Extraction extraction = reading.extraction();
			if (extraction.refusal() != null) {
				addRefusal(extraction.refusal(), name, draft.senderRole(), violations);
				continue;
			}
			for (Extraction.Part part : extraction.parts()) {
				checkText(draft, part.text(), new Location(name, part(part.kind()), part.number()), pipeline,
						violations);
			}
		}
		return violations;
	}

	/**
	 * Reads a file of an accepted type: its text, links and QR codes, or the refusal of
	 * its active content or of a file beyond the reading limits.
	 * @param attachment the file, with its bytes
	 * @param type its type
	 * @return the reading
	 */
	AttachmentReading read(DraftAttachment attachment, AttachmentInspector.FileType type) {
		return new AttachmentReading(type.contentType, this.reader.read(kind(type), attachment.content()));
	}

	/**
	 * An upload's refusals: active content and the reading limits (the text is checked
	 * with the message, whose action and context decide the outcomes).
	 * @param attachment the file
	 * @param reading what was read from it
	 * @param role the uploader
	 * @return the violations
	 */
	List<Violation> refusals(DraftAttachment attachment, AttachmentReading reading, Role role) {
		List<Violation> violations = new ArrayList<>(0);
		Extraction.Refusal refusal = reading.extraction().refusal();
		if (refusal != null) {
			addRefusal(refusal, FileNames.withoutBidiControls(attachment.fileName()), role, violations);
		}
		return violations;
	}

	private AttachmentInspector.FileType acceptedType(DraftAttachment attachment) {
		if (attachment.size() == 0 || attachment.size() > this.settings.limits().maxAttachmentBytes()) {
			return null;
		}
		return this.types.check(attachment, new Findings());
	}

	private void checkText(Draft draft, String raw, Location location, Function<Draft, Decision> pipeline,
			List<Violation> violations) {
		String text = collapse(raw);
		int from = 0;
		while (from < text.length()) {
			int to = chunkEnd(text, from);
			Draft piece = new Draft(draft.senderRole(), draft.action(), draft.topic(), "",
					html(text.substring(from, to)), List.of(), draft.context());
			for (Violation violation : pipeline.apply(piece).violations()) {
				if (TEXT_RULES.contains(violation.rule())) {
					violations.add(located(violation, from, location));
				}
			}
			from = to;
		}
	}

	/** The violation at its place in the attachment; REDACT becomes BLOCK. */
	private static Violation located(Violation violation, int offset, Location location) {
		Outcome outcome = violation.outcome();
		String key = violation.messageKey();
		if (outcome == Outcome.REDACT) {
			outcome = Outcome.BLOCK;
			key = key.endsWith(".redacted") ? key.substring(0, key.length() - ".redacted".length()) : key;
		}
		return new Violation(violation.rule(), outcome, key, violation.arguments(), violation.start() + offset,
				violation.end() + offset, violation.excerpt(), location);
	}

	private void addRefusal(Extraction.Refusal refusal, String name, Role role, List<Violation> violations) {
		RuleId rule = (refusal.reason() == Extraction.Reason.ACTIVE_CONTENT) ? RuleId.ATTACHMENT_ACTIVE_CONTENT
				: RuleId.ATTACHMENT_UNREADABLE;
		Outcome outcome = this.settings.outcome(rule, role);
		if (outcome != Outcome.ALLOW) {
			violations.add(new Violation(rule, outcome, this.messageKeys.key(rule, refusal.variant(), outcome),
					List.of(name, refusal.detail()), 0, 0, name, new Location(name, Location.Part.FILE, 0)));
		}
	}

	/**
	 * Whitespace as the body's renderer leaves it: runs of spaces one space, lines
	 * trimmed of the spaces around breaks, blank lines one break. Spans of attachment
	 * hits are positions in this text.
	 */
	static String collapse(String text) {
		String spaced = SPACES.matcher(text).replaceAll(" ");
		return BLANK_LINES.matcher(spaced).replaceAll("\n").strip();
	}

	/** Ends a piece at a line break, else a space, before the chunk size. */
	private static int chunkEnd(String text, int from) {
		if (text.length() - from <= CHUNK) {
			return text.length();
		}
		int limit = from + CHUNK;
		int line = text.lastIndexOf('\n', limit);
		if (line > from + CHUNK / 2) {
			return line + 1;
		}
		int space = text.lastIndexOf(' ', limit);
		return (space > from + CHUNK / 2) ? space + 1 : limit;
	}

	/**
	 * Plain text as body HTML: escaped, line breaks as {@code <br>
	 * }.
	 */
	private static String html(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '\n' -> html.append("<br>");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

	/** A file name without its extension, separators read as spaces. */
	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static DocumentKind kind(AttachmentInspector.FileType type) {
		return switch (type) {
			case TXT -> DocumentKind.TEXT;
			case PDF -> DocumentKind.PDF;
			case DOC -> DocumentKind.DOC;
			case DOCX -> DocumentKind.DOCX;
			case JPEG, GIF, TIFF, BMP, PNG -> DocumentKind.IMAGE;
		};
	}

	private static Location.Part part(Extraction.PartKind kind) {
		return switch (kind) {
			case PAGE -> Location.Part.PAGE;
			case OTHER_TEXT -> Location.Part.OTHER_TEXT;
			case LINKS -> Location.Part.LINKS;
			case QR_CODE -> Location.Part.QR_CODE;
		};
	}

}
