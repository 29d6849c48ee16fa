package dev.parley.web.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripping what no input may contain, for channels that cannot be asked again.
 */
class InputTextTests {

	@Test
	void stripRemovesControlsBidiControlsAndLoneSurrogatesAndKeepsEverythingElse() {
		assertThat(InputText.strip("a\u0000b\u0007c\u007Fd\u0085e\u202Ef\u2066g\uD800h\uDC00i")).isEqualTo("abcdefghi");
		String kept = "Tab\there,\r\nlines, \u200F marks, emoji \uD83D\uDE00, caf\u00E9 \uFFFD";
		assertThat(InputText.strip(kept)).isSameAs(kept);
		assertThat(InputText.problem(InputText.strip("\u0000\uD83D\uDE00\uDBFF"))).isNull();
	}

}
