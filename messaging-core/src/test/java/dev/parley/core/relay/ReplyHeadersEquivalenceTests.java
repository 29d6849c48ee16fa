package dev.parley.core.relay;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The linear header searches of {@link ReplyParser} find what
 * {@code email_reply_parser}'s expressions find (kept here as the specification), on many
 * generated bodies, and stay fast where the expressions are quadratic.
 */
class ReplyHeadersEquivalenceTests {

	static final int FLAGS = Pattern.UNIX_LINES | Pattern.MULTILINE | Pattern.DOTALL;

	static final Pattern MULTI_LINE_HEADER = Pattern.compile("^(?!On.*On\\s.+?wrote:)(On\\s(.+?)wrote:)$", FLAGS);

	static final Pattern WINDOWS_LIVE_HEADER = Pattern.compile("^(From:\\s.+?Subject:.+?)$", FLAGS);

	static final List<String> TOKENS = List.of("On ", "On\n", "On", "wrote:", "\n", "x", " ", "From: ", "From:\n",
			"Subject:", "Once ", "\t", "MOn ");

	@Test
	void theLinearSearchesFindWhatTheExpressionsFind() {
		Random random = new Random(13);
		for (int n = 0; n < 200_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(14);
			for (int i = 0; i < length; i++) {
				text.append(TOKENS.get(random.nextInt(TOKENS.size())));
			}
			String body = text.toString();
			assertThat(ReplyParser.multiLineHeader(body)).as("%s", body).isEqualTo(expected(MULTI_LINE_HEADER, body));
			assertThat(ReplyParser.windowsLiveHeader(body)).as("%s", body)
				.isEqualTo(expected(WINDOWS_LIVE_HEADER, body));
		}
	}

	@Test
	void aBodyOfManyQuoteHeadersIsReadInLinearTime() {
		String body = "Thanks\n" + "On Mon, Shop wrote:\n> q\nanswer\nFrom: x\n".repeat(10_000);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ReplyParser.parseReply(body));
	}

	private static String expected(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? matcher.group(1) : null;
	}

}
