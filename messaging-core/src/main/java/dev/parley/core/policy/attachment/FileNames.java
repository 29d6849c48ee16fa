package dev.parley.core.policy.attachment;

/**
 * File names as shown to people: without the bidirectional controls that make
 * {@code invoice\u202Efdp.exe} read as {@code invoiceexe.pdf}.
 */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * The name without bidirectional formatting characters (LRM, RLM, ALM, LRE, RLE, PDF,
	 * LRO, RLO, LRI, RLI, FSI, PDI).
	 * @param name the name as given
	 * @return the name without them
	 */
	public static String withoutBidiControls(String name) {
		StringBuilder clean = null;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (isBidiControl(c)) {
				if (clean == null) {
					clean = new StringBuilder(name.length()).append(name, 0, i);
				}
			}
			else if (clean != null) {
				clean.append(c);
			}
		}
		return (clean != null) ? clean.toString() : name;
	}

	static boolean isBidiControl(char c) {
		return c == '\u200e' || c == '\u200f' || c == '\u061c' || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069');
	}

}
