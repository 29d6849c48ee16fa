package dev.parley.core.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Findings.Found;
import dev.parley.core.policy.Findings.Where;
import dev.parley.core.policy.PolicySettings.StandardText;
import dev.parley.core.policy.attachment.AttachmentReader;
import dev.parley.core.policy.attachment.ExtractionLimits;
import org.jsoup.nodes.Element;

/**
 * The message rules of SPEC §4: sanitizes the body to the safe list, renders its plain
 * text, runs every rule over the draft, its context, its subject, its text and what
 * sanitizing found, applies the configured outcome per rule and sender role, and redacts.
 * <p>
 * One instance per application: it is thread-safe (immutable configuration and detectors
 * built once in the constructor; everything per check lives in the call) and cheap to
 * call (regular expressions precompiled, phrase lists indexed by their first letters,
 * libphonenumber only on digit runs that are not something else).
 * <p>
 * Spans: violations in the body carry their span in {@link Decision#text()}. Violations
 * about the context, the message as a whole, the subject and attachments carry the span
 * 0..0; for the subject the excerpt is the offending part of the subject and the message
 * key ends in {@code .subject}; for attachments the excerpt is the file name. What is
 * inside attachments (their text, names and QR codes, see {@link AttachmentContent}) is
 * checked by this same engine and reported after the message's own violations, each with
 * its {@link Violation#location() location} and a span in that part's text.
 */
public final class RulesEngine implements MessagePolicy {

	private static final Pattern IMPORTANT_TAG = Pattern.compile(
			"[\\[\u3010\u3014\u27e6]\\s*i\\s*m\\s*p\\s*o\\s*r\\s*t\\s*a\\s*n\\s*t\\s*[\\]\u3011\u3015\u27e7]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final String IMPORTANT_PREFIX = "[Important] ";

	/** Bodies over this many times the HTML limit are refused without being parsed. */
	private static final int UNPARSED_FACTOR = 8;

	private final PolicySettings settings;

	private final HtmlSanitizer sanitizer;

	private final Detectors detectors;

	private final List<Rule> rules;

	private final AttachmentSizeRule attachmentSize = new AttachmentSizeRule();

	private final AttachmentTypeRule attachmentType;

	private final AttachmentContent attachmentContent;

	private final MessageKeys messageKeys = new MessageKeys();

	/**
	 * Builds the engine: compiles the word lists, loads libphonenumber's and Tika's
	 * metadata.
	 * @param settings the configuration
	 * @throws IllegalArgumentException for a bad phrase, region or limit
	 */
	public RulesEngine(PolicySettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		Domains allowed = new Domains(settings.links().allowedDomains());
		this.sanitizer = new HtmlSanitizer(allowed);
		this.detectors = Detectors.of(settings, allowed);
		this.attachmentType = new AttachmentTypeRule(new AttachmentInspector());
		this.attachmentContent = new AttachmentContent(this.attachmentType,
				new AttachmentReader(ExtractionLimits.defaults()), settings, this.messageKeys);
		// The context rules (relationship, suspension, proactive window, review request
		// window and uniqueness) are decided by dev.parley.core.thread.ThreadModel.
		this.rules = List.of(new ImportantMisuseRule(), new ReviewManipulationRule(), new ContactEmailRule(),
				new ContactPhoneRule(), new LinkInsecureRule(), new LinkExternalRule(), new TrackingPixelRule(),
				new RemoteImageRule(), new OptOutLinkRule(), new OffPlatformRule(), new PromotionalRule(),
				new ThankYouOnlyRule(), new RedundantConfirmationRule(), new EmojiRule(), new BodyTooLongRule(),
				new SubjectTooLongRule(), new BodyEmptyRule(), new AttachmentCountRule(), this.attachmentSize,
				this.attachmentType);
	}

	/**
	 * The configuration this engine runs with.
	 * @return the settings
	 */
	public PolicySettings settings() {
		return this.settings;
	}

	@Override
	public Decision check(Draft draft) {
		DraftContext context = draft.context();
		Instant now = context.clock().instant();
		Role role = draft.senderRole();
		boolean seller = role == Role.SELLER;
		boolean proactive = seller && !context.buyerMessageAwaiting();
		boolean standard = seller && draft.action() == Action.REQUEST_REVIEW;
		String rawSubject = draft.subject();
		String html = draft.html();
		if (standard) {
			Map<Language, StandardText> texts = this.settings.reviewRequests();
			StandardText text = texts.getOrDefault(context.recipientLanguage(), texts.get(Language.EN));
			rawSubject = text.subject();
			html = text.html();
		}

		// subject: one line, trimmed, any [Important] tag taken out (the product adds it)
		String oneLine = oneLine(rawSubject);
		NormalizedText subjectView = NormalizedText.of(oneLine);
		Matcher tag = IMPORTANT_TAG.matcher(subjectView.value());
		String importantTag = "";
		StringBuilder untagged = new StringBuilder(oneLine.length());
		int copied = 0;
		while (tag.find()) {
			Span span = subjectView.toSource(tag.start(), tag.end());
			if (importantTag.isEmpty()) {
				importantTag = oneLine.substring(span.start(), span.end());
			}
			untagged.append(oneLine, copied, span.start()).append(' ');
			copied = span.end();
		}
		String subject = (copied == 0) ? oneLine
				: oneLine(untagged.append(oneLine, copied, oneLine.length()).toString());

		// body: sanitized, rendered, markers give the spans of links and images
		long htmlBytes = utf8Length(html);
		// far over the limit it is refused anyway: not worth parsing (and not a way to
		// load the server)
		boolean unparsed = htmlBytes > UNPARSED_FACTOR * (long) this.settings.limits().maxBodyHtmlBytes();
		HtmlSanitizer.Result sanitized = this.sanitizer.sanitize(unparsed ? "" : html);
		Element body = sanitized.document().body();
		TextRenderer.Rendered rendered = TextRenderer.render(body, sanitized.findings().size(), false);
		List<Span> findingSpans = new ArrayList<>(sanitized.findings().size());
		for (int i = 0; i < sanitized.findings().size(); i++) {
			findingSpans.add(new Span(rendered.markStart()[i], rendered.markEnd()[i]));
		}
		if (!sanitized.findings().isEmpty()) {
			for (Element mark : body.getElementsByTag(HtmlSanitizer.MARK)) {
				mark.unwrap();
			}
		}
		String sanitizedHtml = SafeHtmlWriter.write(body);
		String text = rendered.text();

		Inspection inspection = new Inspection(draft, this.settings, now, proactive, standard, subject,
				new TextUnit(this.detectors, subject), importantTag, new TextUnit(this.detectors, text),
				sanitized.findings(), findingSpans, htmlBytes);
		Findings findings = new Findings();
		for (Rule rule : this.rules) {
			rule.check(inspection, findings);
		}

		List<Violation> violations = new ArrayList<>(findings.all().size());
		List<Span> bodyRedactions = new ArrayList<>(0);
		List<Span> subjectRedactions = new ArrayList<>(0);
		for (Found found : dedupe(findings.all(), text)) {
			Outcome outcome = found.weak() ? this.settings.promotionalWeakOutcomes().of(role)
					: this.settings.outcome(found.rule(), role);
			if (outcome == Outcome.ALLOW) {
				continue;
			}
			Span span = (found.where() == Where.BODY) ? found.span() : new Span(0, 0);
			violations
				.add(new Violation(found.rule(), outcome, this.messageKeys.key(found.rule(), found.variant(), outcome),
						found.arguments(), span.start(), span.end(), found.excerpt()));
			if (outcome == Outcome.REDACT && found.where() == Where.BODY) {
				bodyRedactions.add(found.span());
			}
			else if (outcome == Outcome.REDACT && found.where() == Where.SUBJECT) {
				subjectRedactions.add(found.span());
			}
		}
		violations.sort(Comparator.comparingInt(Violation::start)
			.thenComparingInt(Violation::end)
			.thenComparing(Violation::rule));
		// what is inside the attachments: after the message's own, in file order
		violations.addAll(this.attachmentContent.check(draft, this::check));

		String redactedHtml = sanitizedHtml;
		String redactedText = text;
		if (!bodyRedactions.isEmpty()) {
			List<Span> pieces = Redactor.plan(text, bodyRedactions);
			if (!pieces.isEmpty()) {
				Redactor.apply(body, pieces);
				redactedHtml = SafeHtmlWriter.write(body);
				redactedText = TextRenderer.render(body, 0, false).text();
			}
		}
		if (!subjectRedactions.isEmpty()) {
			subject = oneLine(Redactor.apply(subject, Redactor.plan(subject, subjectRedactions)));
		}
		boolean important = draft.action().isCritical();
		String delivered = important ? (IMPORTANT_PREFIX + subject).trim() : subject;
		return new Decision(verdict(violations), violations, delivered, sanitizedHtml, text, redactedHtml, redactedText,
				notes(sanitized), important, proactive);
	}

	@Override
	public AttachmentCheck checkAttachment(DraftAttachment attachment, Role senderRole) {
		if (attachment.content() == null) {
			throw new IllegalArgumentException("an upload is checked on its bytes");
		}
		Findings findings = new Findings();
		this.attachmentSize.check(attachment, this.settings.limits().maxAttachmentBytes(), findings);
		AttachmentInspector.FileType type = null;
		if (findings.all().isEmpty()) {
			type = this.attachmentType.check(attachment, findings);
		}
		List<Violation> violations = new ArrayList<>(1);
		AttachmentReading reading = null;
		if (type != null) {
			reading = this.attachmentContent.read(attachment, type);
			violations.addAll(this.attachmentContent.refusals(attachment, reading, senderRole));
		}
		for (Found found : findings.all()) {
			Outcome outcome = this.settings.outcome(found.rule(), senderRole);
			if (outcome != Outcome.ALLOW) {
				violations.add(new Violation(found.rule(), outcome,
						this.messageKeys.key(found.rule(), found.variant(), outcome), found.arguments(), 0, 0,
						found.excerpt()));
			}
		}
		return new AttachmentCheck((type != null) ? type.contentType : null, violations, reading);
	}

	private static Verdict verdict(List<Violation> violations) {
		return Verdict.of(violations);
	}

	/**
	 * One hit per rule and place: overlapping body hits of one rule (a link whose text is
	 * the same URL, two phrases of one ask) become one span.
	 */
	private static List<Found> dedupe(List<Found> all, String text) {
		if (all.size() < 2) {
			return all;
		}
		List<Found> kept = new ArrayList<>(all.size());
		for (Found found : all) {
			boolean merged = false;
			for (int i = 0; i < kept.size() && !merged; i++) {
				Found other = kept.get(i);
				if (other.rule() != found.rule() || other.where() != found.where() || other.weak() != found.weak()) {
					continue;
				}
				if (found.where() == Where.GENERAL) {
					merged = other.variant().equals(found.variant()) && other.excerpt().equals(found.excerpt());
				}
				else if (other.span().overlaps(found.span()) || found.span().overlaps(other.span())) {
					Span union = new Span(Math.min(other.span().start(), found.span().start()),
							Math.max(other.span().end(), found.span().end()));
					if (!union.equals(other.span()) && found.where() == Where.BODY && union.end() > union.start()) {
						String excerpt = text.substring(union.start(), union.end());
						kept.set(i,
								new Found(other.rule(), other.variant(), other.where(), union, excerpt,
										other.arguments().isEmpty() ? other.arguments()
												: replaceFirst(other.arguments(), excerpt),
										other.weak()));
					}
					merged = true;
				}
			}
			if (!merged) {
				kept.add(found);
			}
		}
		return kept;
	}

	private static List<Object> replaceFirst(List<Object> arguments, String excerpt) {
		List<Object> replaced = new ArrayList<>(arguments);
		replaced.set(0, excerpt);
		return replaced;
	}

	private static List<Note> notes(HtmlSanitizer.Result sanitized) {
		if (sanitized.notes().isEmpty()) {
			return List.of();
		}
		List<Note> notes = new ArrayList<>(sanitized.notes().size());
		sanitized.notes().forEach((kind, count) -> {
			if (kind == HtmlSanitizer.NoteKind.ELEMENT_REMOVED) {
				notes.add(new Note("policy.note." + kind.name(),
						List.of(count, String.join(", ", sanitized.removedTags()))));
			}
			else {
				notes.add(new Note("policy.note." + kind.name(), List.of(count)));
			}
		});
		return notes;
	}

	/** One line: control characters and line breaks become spaces, runs of spaces one. */
	private static String oneLine(String value) {
		StringBuilder line = new StringBuilder(value.length());
		boolean space = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0' || c == '\u2028'
					|| c == '\u2029') {
				space = line.length() > 0;
			}
			else {
				if (space) {
					line.append(' ');
					space = false;
				}
				line.append(c);
			}
		}
		return line.toString();
	}

	private static long utf8Length(String value) {
		long bytes = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				bytes++;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
