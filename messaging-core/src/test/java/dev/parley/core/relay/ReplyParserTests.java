package dev.parley.core.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.parley.core.relay.ReplyParser.Email;
import dev.parley.core.relay.ReplyParser.Fragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The expectations of {@code email_reply_parser}'s own test suite
 * ({@code test-corpora/email-replies/expectations.rb.txt}), transcribed one case per
 * fixture, run against the fixtures in {@code test-corpora/email-replies/}. A fixture
 * without a case, or a case without its fixture, fails.
 */
class ReplyParserTests {

	/** One check per fixture: what the Ruby tests assert about it. */
	static final Map<String, Check> CASES = new LinkedHashMap<>();

	static {
		// test_encoding_should_be_maintained, test_reads_simple_body
		CASES.put("email_1_1", (body, email) -> {
			assertThat(email.fragments()).isNotEmpty();
			assertThat(email.fragments()).hasSize(3);
			assertThat(email.fragments()).noneMatch(Fragment::quoted);
			assertThat(signature(email)).containsExactly(false, true, true);
			assertThat(hidden(email)).containsExactly(false, true, true);
			assertThat(fragment(email, 0)).isEqualTo("Hi folks\n\nWhat is the best way to clear a Riak bucket of all "
					+ "key, values after\nrunning a test?\nI am currently using the Java HTTP API.\n");
			assertThat(fragment(email, 1)).isEqualTo("-Abhishek Kona\n\n");
		});
		// test_reads_top_post
		CASES.put("email_1_3", (body, email) -> {
			assertThat(email.fragments()).hasSize(5);
			assertThat(quoted(email)).containsExactly(false, false, true, false, false);
			assertThat(hidden(email)).containsExactly(false, true, true, true, true);
			assertThat(signature(email)).containsExactly(false, true, false, false, true);
			assertMatches("^Oh thanks.\n\nHaving", fragment(email, 0));
			assertMatches("^-A", fragment(email, 1));
			assertMatches("^On [^\\:]+\\:", fragment(email, 2));
			assertMatches("^_", fragment(email, 4));
		});
		// test_reads_bottom_post, test_parse_reply
		CASES.put("email_1_2", (body, email) -> {
			assertThat(email.fragments()).hasSize(6);
			assertThat(quoted(email)).containsExactly(false, true, false, true, false, false);
			assertThat(signature(email)).containsExactly(false, false, false, false, false, true);
			assertThat(hidden(email)).containsExactly(false, false, false, true, true, true);
			assertThat(fragment(email, 0)).isEqualTo("Hi,");
			assertMatches("^On [^\\:]+\\:", fragment(email, 1));
			assertMatches("^You can list", fragment(email, 2));
			assertMatches("^> ", fragment(email, 3));
			assertMatches("^_", fragment(email, 5));
			assertThat(ReplyParser.parseReply(body)).isEqualTo(ReplyParser.read(body).visibleText());
		});
		// test_reads_inline_replies
		CASES.put("email_1_8", (body, email) -> {
			assertThat(email.fragments()).hasSize(7);
			assertThat(quoted(email)).containsExactly(true, false, true, false, true, false, false);
			assertThat(signature(email)).containsExactly(false, false, false, false, false, false, true);
			assertThat(hidden(email)).containsExactly(false, false, false, false, true, true, true);
			assertMatches("^On [^\\:]+\\:", fragment(email, 0));
			assertMatches("^I will reply", fragment(email, 1));
			assertThat(fragment(email, 2)).contains("okay?");
			assertMatches("^and under this.", fragment(email, 3));
			assertMatches("inline", fragment(email, 4));
			assertThat(fragment(email, 5)).isEqualTo("\n");
			assertThat(fragment(email, 6)).isEqualTo("--\nHey there, this is my signature\n");
		});
		// test_recognizes_date_string_above_quote
		CASES.put("email_1_4", (body, email) -> {
			assertMatches("^Awesome", fragment(email, 0));
			assertMatches("^On", fragment(email, 1));
			assertMatches("Loader", fragment(email, 1));
		});
		// test_a_complex_body_with_only_one_fragment
		CASES.put("email_1_5", (body, email) -> assertThat(email.fragments()).hasSize(1));
		// test_reads_email_with_correct_signature
		CASES.put("correct_sig", (body, email) -> {
			assertThat(email.fragments()).hasSize(2);
			assertThat(quoted(email)).containsExactly(false, false);
			assertThat(signature(email)).containsExactly(false, true);
			assertThat(hidden(email)).containsExactly(false, true);
			assertMatches("^-- \nrick", fragment(email, 1));
		});
		// test_deals_with_multiline_reply_headers
		CASES.put("email_1_6", (body, email) -> {
			assertMatches("^I get", fragment(email, 0));
			assertMatches("^On", fragment(email, 1));
			assertMatches("Was this", fragment(email, 1));
		});
		// test_deals_with_windows_line_endings
		CASES.put("email_1_7", (body, email) -> {
			assertMatches(":\\+1:", fragment(email, 0));
			assertMatches("^On", fragment(email, 1));
			assertMatches("Steps 0-2", fragment(email, 1));
		});
		// test_returns_only_the_visible_fragments_as_a_string,
		// test_parse_out_just_top_for_outlook_reply
		CASES.put("email_2_1", (body, email) -> {
			String visible = email.fragments()
				.stream()
				.filter((fragment) -> !fragment.hidden())
				.map(Fragment::content)
				.collect(Collectors.joining("\n"))
				.stripTrailing();
			assertThat(email.visibleText()).isEqualTo(visible);
			assertThat(ReplyParser.parseReply(body)).isEqualTo("Outlook with a reply");
		});
		// test_parse_out_just_top_for_outlook_with_reply_directly_above_line
		CASES.put("email_2_2", (body, email) -> assertThat(ReplyParser.parseReply(body))
			.isEqualTo("Outlook with a reply directly above line"));
		// test_parse_out_just_top_for_outlook_with_no_line
		CASES.put("email_2_3", (body, email) -> assertThat(ReplyParser.parseReply(body))
			.isEqualTo("Outlook with a reply directly above line"));
		// test_parse_out_sent_from_iPhone
		CASES.put("email_iPhone",
				(body, email) -> assertThat(ReplyParser.parseReply(body)).isEqualTo("Here is another email"));
		// test_parse_out_sent_from_BlackBerry
		CASES.put("email_BlackBerry",
				(body, email) -> assertThat(ReplyParser.parseReply(body)).isEqualTo("Here is another email"));
		// test_parse_out_send_from_multiword_mobile_device
		CASES.put("email_multi_word_sent_from_my_mobile_device",
				(body, email) -> assertThat(ReplyParser.parseReply(body)).isEqualTo("Here is another email"));
		// test_do_not_parse_out_send_from_in_regular_sentence
		CASES.put("email_sent_from_my_not_signature", (body, email) -> assertThat(ReplyParser.parseReply(body))
			.isEqualTo("Here is another email\n\nSent from my desk, is much easier then my mobile phone."));
		// test_retains_bullets
		CASES.put("email_bullets",
				(body, email) -> assertThat(ReplyParser.parseReply(body))
					.isEqualTo("test 2 this should list second\n\nand have spaces\n\nand retain this formatting\n\n\n"
							+ "   - how about bullets\n   - and another"));
		// test_one_is_not_on
		CASES.put("email_one_is_not_on", (body, email) -> {
			assertMatches("One outstanding question", fragment(email, 0));
			assertMatches("^On Oct 1, 2012", fragment(email, 1));
		});
		// test_mulitple_on
		CASES.put("greedy_on", (body, email) -> {
			assertMatches("^On your remote host", fragment(email, 0));
			assertMatches("^On 9 Jan 2014", fragment(email, 1));
			assertThat(quoted(email)).containsExactly(false, true, false);
			assertThat(signature(email)).containsExactly(false, false, false);
			assertThat(hidden(email)).containsExactly(false, true, true);
		});
		// test_pathological_emails: "Took too long" over one second
		CASES.put("pathological",
				(body, email) -> assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ReplyParser.read(body)));
		// test_doesnt_remove_signature_delimiter_in_mid_line
		CASES.put("email_sig_delimiter_in_middle_of_line", (body, email) -> assertThat(email.fragments()).hasSize(1));
		// test_long_quote_processing_completes: within one second, five fragments
		CASES.put("email_long_quote", (body, email) -> {
			Email timed = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ReplyParser.read(body));
			assertThat(timed.fragments()).hasSize(5);
		});
	}

	static Stream<String> fixtures() {
		return CASES.keySet().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixture(String name) throws IOException {
		Path file = folder().resolve(name + ".txt");
		assertThat(file).as("fixture " + name).exists();
		String body = Files.readString(file, StandardCharsets.UTF_8);
		CASES.get(name).check(body, ReplyParser.read(body));
	}

	@Test
	void everyFixtureHasItsCaseAndEveryCaseItsFixture() throws IOException {
		Set<String> files;
		try (Stream<Path> list = Files.list(folder())) {
			files = list.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".txt") && !name.equals("expectations.rb.txt"))
				.map((name) -> name.substring(0, name.length() - ".txt".length()))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		assertThat(files).hasSize(22);
		assertThat(new TreeSet<>(CASES.keySet())).isEqualTo(files);
	}

	@Test
	void everyFixtureNamedByTheRubyTestsHasACase() throws IOException {
		String ruby = Files.readString(folder().resolve("expectations.rb.txt"), StandardCharsets.UTF_8);
		Set<String> named = new TreeSet<>();
		var matcher = Pattern.compile("(?:email\\(:?\"?|EMAIL_FIXTURE_PATH\\.join\\(\")([A-Za-z0-9_]+)").matcher(ruby);
		while (matcher.find()) {
			named.add(matcher.group(1).replaceFirst("\\.txt$", ""));
		}
		named.remove("name");
		assertThat(CASES.keySet()).containsAll(named);
	}

	// test_handles_non_ascii_characters
	@Test
	void keepsNonAsciiCharacters() {
		assertThat(ReplyParser.parseReply("Here’s a test.")).isEqualTo("Here’s a test.");
	}

	// test_does_not_modify_input_string
	@Test
	void doesNotModifyItsInput() {
		String original = "The Quick Brown Fox Jumps Over The Lazy Dog";
		ReplyParser.read(original);
		assertThat(original).isEqualTo("The Quick Brown Fox Jumps Over The Lazy Dog");
	}

	private static List<Boolean> quoted(Email email) {
		return email.fragments().stream().map(Fragment::quoted).toList();
	}

	private static List<Boolean> signature(Email email) {
		return email.fragments().stream().map(Fragment::signature).toList();
	}

	private static List<Boolean> hidden(Email email) {
		return email.fragments().stream().map(Fragment::hidden).toList();
	}

	private static String fragment(Email email, int index) {
		return email.fragments().get(index).content();
	}

	/** Ruby's {@code assert_match(/re/, s)}: {@code ^} at any line start. */
	private static void assertMatches(String regex, String actual) {
		assertThat(Pattern.compile(regex, Pattern.MULTILINE).matcher(actual).find())
			.as("/%s/ in %s", regex, actual.length() > 200 ? actual.substring(0, 200) + "…" : actual)
			.isTrue();
	}

	static Path folder() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			Path candidate = directory.resolve("test-corpora").resolve("email-replies");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("test-corpora/email-replies not found above " + Path.of("").toAbsolutePath());
	}

	@FunctionalInterface
	interface Check {

		void check(String body, Email email) throws IOException;

	}

}
