package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds emoji and pictographs: the emoji and symbol planes, dingbats, miscellaneous
 * symbols, regional-indicator flags and keycaps. A run of them (with joiners, variation
 * selectors and skin tones) is one span. Text symbols such as ©, ® and ™ are not emoji.
 */
final class EmojiScanner {

	private EmojiScanner() {
	}

	static List<Span> find(String text) {
		List<Span> found = new ArrayList<>(0);
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c < 0x20e3) {
				i++;
				continue;
			}
			int cp = text.codePointAt(i);
			if (!isPictograph(cp) && cp != 0x20e3) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			if (cp == 0x20e3) {
				// keycap: a digit, # or *, a variation selector, then U+20E3
				while (start > 0 && start > i - 2 && (text.charAt(start - 1) == '\ufe0f'
						|| "0123456789#*".indexOf(text.charAt(start - 1)) >= 0)) {
					start--;
				}
			}
			int end = i + Character.charCount(cp);
			while (end < length) {
				int next = text.codePointAt(end);
				if (isPictograph(next) || isModifier(next)) {
					end += Character.charCount(next);
				}
				else {
					break;
				}
			}
			found.add(new Span(start, end));
			i = end;
		}
		return found;
	}

	static boolean isPictograph(int cp) {
		return (cp >= 0x1f000 && cp <= 0x1faff) // emoticons, symbols and pictographs,
												// transport, flags
				|| (cp >= 0x2600 && cp <= 0x27bf) // miscellaneous symbols, dingbats
				|| (cp >= 0x2b00 && cp <= 0x2bff && cp != 0x2b0e) // arrows and stars used
																	// as emoji
				|| (cp >= 0x231a && cp <= 0x231b) || (cp >= 0x23e9 && cp <= 0x23fa) || cp == 0x2328 || cp == 0x23cf
				|| cp == 0x3030 || cp == 0x303d || cp == 0x3297 || cp == 0x3299;
	}

	private static boolean isModifier(int cp) {
		return cp == 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp == 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff)
				|| (cp >= 0xe0020 && cp <= 0xe007f);
	}

}
