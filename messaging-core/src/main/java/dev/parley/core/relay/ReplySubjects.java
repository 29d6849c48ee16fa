package dev.parley.core.relay;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the subject of an emailed reply means for the message it becomes.
 * <p>
 * Mail clients answer "[Important] Shipping address issue" with "Re: [Important] Shipping
 * address issue". That tag is a quotation, not the sender marking their reply critical:
 * when the email answers a critical message, the tag is taken out. Anywhere else it
 * stays, and the rules decide, as on the web: through email the tag claims criticality,
 * and a reply (which is never a critical action) that claims it is refused with
 * {@code IMPORTANT_MISUSE}. A subject that, without reply prefixes and a quoted tag, is
 * the thread's or the answered message's subject says nothing new, and the message keeps
 * the thread's subject, as a reply on the web does.
 */
public final class ReplySubjects {

	/** Reply and forward prefixes of common clients and languages, repeated or not. */
	private static final Pattern PREFIXES = Pattern.compile(
			"^(?:\\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|rv|r|tr|ref|réf|rif|enc|odp|ynt|回复|答复|轉寄|转发)\\s*(?:\\[\\d+\\])?\\s*[:：])+\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The rules' {@code [Important]} tag, any case or spacing, bracket look-alikes. */
	private static final Pattern IMPORTANT_TAG = Pattern.compile(
			"[\\[\u3010\u3014\u27e6]\\s*i\\s*m\\s*p\\s*o\\s*r\\s*t\\s*a\\s*n\\s*t\\s*[\\]\u3011\u3015\u27e7]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private ReplySubjects() {
	}

	/**
	 * The subject to send an emailed reply with.
	 * @param emailSubject the email's subject, or null
	 * @param threadSubject the thread's subject
	 * @param answered the subject of the message the email answers, or null
	 * @param answeredImportant whether that message was critical
	 * @return the subject for the message, or null for the thread's own
	 */
	public static @Nullable String forReply(@Nullable String emailSubject, String threadSubject,
			@Nullable String answered, boolean answeredImportant) {
		if (emailSubject == null) {
			return null;
		}
		String subject = withoutPrefixes(emailSubject);
		if (answeredImportant) {
			subject = withoutTag(subject);
		}
		// The stored subjects carry the tag only where the product added it: compare
		// without it there, but keep a tag the sender typed.
		if (subject.isEmpty() || sameSubject(subject, withoutTag(threadSubject))
				|| answered != null && sameSubject(subject, withoutTag(answered))) {
			return null;
		}
		return subject;
	}

	/**
	 * Whether a subject starts with a reply or forward prefix ("Re:", "AW:", "Fwd:").
	 * @param subject a subject, or null
	 * @return whether it does
	 */
	public static boolean hasReplyPrefix(@Nullable String subject) {
		return subject != null && PREFIXES.matcher(subject.strip()).lookingAt();
	}

	/**
	 * A subject without its leading reply and forward prefixes ("Re: Fwd: AW:").
	 * @param subject a subject
	 * @return the rest, trimmed, on one line
	 */
	public static String withoutPrefixes(String subject) {
		String oneLine = subject.replaceAll("\\s+", " ").strip();
		return PREFIXES.matcher(oneLine).replaceFirst("").strip();
	}

	static String withoutTag(String subject) {
		return IMPORTANT_TAG.matcher(subject).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	private static boolean sameSubject(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	private static String normalized(String subject) {
		return withoutPrefixes(subject).toLowerCase(Locale.ROOT);
	}

}
