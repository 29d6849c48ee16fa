package dev.parley.persistence.conversation;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox snippet is read from as much of the text as it needs, and says exactly what
 * the definition says: stripped, each run of {@code \s} as one space, cut at
 * {@link JdbcConversations#SNIPPET_LENGTH} characters (not inside a surrogate pair) with
 * an ellipsis.
 */
class SnippetTests {

	private static final String[] PIECES = { " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u2003", "\u001C",
			"\u00A0", "word", "Wörter", "😀", "a", "ß", "…", "x\ty", "日本語" };

	@Test
	void aSnippetIsTheDefinitionForRandomTextsOfEveryLengthAroundTheCut() {
		Random random = new Random(19);
		for (int n = 0; n < 5000; n++) {
			StringBuilder text = new StringBuilder();
			int target = random.nextInt(JdbcConversations.SNIPPET_LENGTH * 2);
			while (text.length() < target) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			assertThat(JdbcConversations.snippet(text.toString())).as("snippet of %s", text)
				.isEqualTo(definition(text.toString()));
		}
	}

	@Test
	void aLongBodyIsCutWithAnEllipsisAndAShortOneIsCollapsedWhole() {
		assertThat(JdbcConversations.snippet("  Any\n\n news?\t ")).isEqualTo("Any news?");
		String snippet = JdbcConversations.snippet("word ".repeat(1000));
		assertThat(snippet).hasSize(JdbcConversations.SNIPPET_LENGTH + 1).endsWith("…");
		String emoji = "a".repeat(JdbcConversations.SNIPPET_LENGTH - 1) + "😀😀";
		assertThat(JdbcConversations.snippet(emoji)).isEqualTo("a".repeat(JdbcConversations.SNIPPET_LENGTH - 1) + "…");
	}

	private static String definition(String text) {
		String collapsed = text.strip().replaceAll("\\s+", " ");
		if (collapsed.length() <= JdbcConversations.SNIPPET_LENGTH) {
			return collapsed;
		}
		int end = JdbcConversations.SNIPPET_LENGTH;
		if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
			end--;
		}
		return collapsed.substring(0, end) + "…";
	}

}
