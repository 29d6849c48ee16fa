package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PROMOTIONAL} (SPEC §4.4): strong promotion (coupons, discount codes, "% off",
 * sales) has the rule's outcome; weak promotion ("check out our other products", "new
 * arrivals") has the weak outcome ({@link PolicySettings#promotionalWeakOutcomes()}).
 */
final class PromotionalRule extends ContentRule {

	private static final Pattern PERCENT_OFF = Pattern.compile(
			"\\d+(?:[.,]\\d+)?\\s*(?:%|percent|per cent|por ciento|prozent|pour ?cent)\\s*(?:off|less|cheaper|menos|weniger|g[üu]nstiger|de moins|moins cher|discount|de descuento|descuento|rabatt|nachlass|de r[ée]duction|r[ée]duction|de remise|de rabais|(?:on|sur|auf|en) (?:the|le|la|das|die|den|el) (?:second|deuxi[èe]me|zweite[nr]?|segund[ao]|2nd|2e))(?![\\p{L}\\p{N}])|(?:up to|save|ahorra|hasta un?)\\s+\\d+(?:[.,]\\d+)?\\s*%"
					+ "|\\d+(?:[.,]\\d+)?\\s*%\\s*(?:auf|sur|on|en|in) (?:das |le |la |the |el |todo el |toda la |tout le |toute la |all |alle )?(?:gesamte |ganze |whole |entire )?(?:sortiment|boutique|shop|store|range|tienda|cat[áa]logo|gamme|site|everything|tout)(?![\\p{L}\\p{N}])");

	@Override
	public RuleId id() {
		return RuleId.PROMOTIONAL;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		TextUnit body = inspection.body();
		for (Span span : strong(body)) {
			String excerpt = body.excerpt(span);
			findings.body(id(), "", span, excerpt, excerpt);
		}
		for (Span span : weak(body)) {
			String excerpt = body.excerpt(span);
			findings.weakBody(id(), "weak", span, excerpt, excerpt);
		}
		TextUnit subject = inspection.subjectUnit();
		for (Span span : strong(subject)) {
			String excerpt = subject.excerpt(span);
			findings.subject(id(), span, excerpt, false, excerpt);
		}
		for (Span span : weak(subject)) {
			String excerpt = subject.excerpt(span);
			findings.subject(id(), span, excerpt, true, excerpt);
		}
	}

	/**
	 * Whether a hit is about an amount ("descuento del 10") rather than a code
	 * ("SAVE10"): it has digits, and none inside a word. An amount in a sentence that
	 * says it was refunded is not an offer.
	 */
	private static boolean amountOnly(String value, int start, int end) {
		boolean digits = false;
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (Character.isDigit(c)) {
				digits = true;
				boolean letterNext = (i > start && Character.isLetter(value.charAt(i - 1)))
						|| (i + 1 < end && Character.isLetter(value.charAt(i + 1)));
				if (letterNext) {
					return false;
				}
			}
		}
		return digits;
	}

	/**
	 * Whether a hit is part of reckoning a refund: an amount ("descuento del 10"), or a
	 * discount named without a code ("the 15% launch discount you had"), in a sentence
	 * that gives amounts and says what is refunded. A code ("SAVE10") is never one.
	 */
	private static boolean refundReckoning(TextUnit unit, PhraseIndex.Hit hit) {
		String value = unit.normalized().value();
		boolean amount = amountOnly(value, hit.start(), hit.end());
		boolean words = !amount && noDigits(value, hit.start(), hit.end());
		return (amount || (words && unit.digitInSentence(hit.start(), hit.end())))
				&& unit.refundInSentence(hit.start(), hit.end());
	}

	private static boolean noDigits(String value, int start, int end) {
		for (int i = start; i < end; i++) {
			if (Character.isDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static List<Span> weak(TextUnit unit) {
		List<Span> spans = new ArrayList<>(unit.phrases(PhraseIndex.Category.PROMOTIONAL_WEAK));
		spans.addAll(unit.cues(IntentCues.Kind.PROMOTIONAL_WEAK));
		// "the rug „New Collection Ravenna“ also comes in 160 x 230"
		spans.removeIf(unit::productName);
		return spans;
	}

	private static List<Span> strong(TextUnit unit) {
		List<Span> spans = new ArrayList<>(2);
		String value = unit.normalized().value();
		for (PhraseIndex.Hit hit : unit.phrases()) {
			if (hit.category() == PhraseIndex.Category.PROMOTIONAL_STRONG && !refundReckoning(unit, hit)) {
				spans.add(unit.toText(hit.start(), hit.end()));
			}
		}
		spans.addAll(unit.cues(IntentCues.Kind.PROMOTIONAL));
		if (value.indexOf('%') >= 0 || value.contains("percent") || value.contains("por ciento")
				|| value.contains("prozent")) {
			Matcher matcher = PERCENT_OFF.matcher(value);
			while (matcher.find()) {
				if (unit.refundInSentence(matcher.start(), matcher.end())) {
					// "the 15 % discount you were promised has been refunded"
					continue;
				}
				spans.add(unit.toText(matcher.start(), matcher.end()));
			}
		}
		return spans;
	}

}
