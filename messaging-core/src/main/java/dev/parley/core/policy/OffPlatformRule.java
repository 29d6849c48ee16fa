package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code OFF_PLATFORM} (SPEC §4.4): asks to continue elsewhere: messenger apps, social
 * networks and handles ({@code @mystore}), "email us directly", "visit our website",
 * "call us".
 */
final class OffPlatformRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.OFF_PLATFORM;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		boolean phonesAllowed = inspection.settings().contacts().phoneAllowedActions().contains(inspection.action());
		report(findings, inspection.body(), spans(inspection.body(), phonesAllowed), inspection.subjectUnit(),
				spans(inspection.subjectUnit(), phonesAllowed));
	}

	private static List<Span> spans(TextUnit unit, boolean phonesAllowed) {
		List<Span> spans = new ArrayList<>(unit.phrases(PhraseIndex.Category.OFF_PLATFORM));
		spans.addAll(unit.cues(IntentCues.Kind.OFF_PLATFORM));
		// an address or a number with a verb that asks to use it ("text me at …",
		// "escríbanos a …", "können Sie mich unter … anrufen"), whatever the phrase
		List<Span> contacts = new ArrayList<>(unit.emailsNormalized());
		if (!phonesAllowed) {
			contacts.addAll(unit.phonesNormalized());
		}
		for (Span contact : contacts) {
			Span ask = unit.contactAsk(contact);
			if (ask != null) {
				spans.add(unit.toText(ask.start(), ask.end()));
			}
		}
		String value = unit.normalized().value();
		int at = value.indexOf('@');
		while (at >= 0) {
			int end = at + 1;
			while (end < value.length() && end - at <= 31 && isHandleChar(value.charAt(end))) {
				end++;
			}
			while (end > at + 1 && value.charAt(end - 1) == '.') {
				end--;
			}
			boolean startsWord = at == 0 || !(Character.isLetterOrDigit(value.charAt(at - 1))
					|| value.charAt(at - 1) == '.' || value.charAt(at - 1) == '_');
			if (startsWord && end - at >= 3 && !inEmail(unit, at)
					&& (Character.isLetter(value.charAt(at + 1)) || value.charAt(at + 1) == '_')) {
				spans.add(unit.toText(at, end));
			}
			at = value.indexOf('@', at + 1);
		}
		spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return spans;
	}

	private static boolean inEmail(TextUnit unit, int at) {
		for (Span email : unit.emailsNormalized()) {
			if (email.contains(at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHandleChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
	}

}
