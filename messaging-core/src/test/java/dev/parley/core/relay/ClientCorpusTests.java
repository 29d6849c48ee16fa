package dev.parley.core.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The real-client fixture corpus ({@code test-corpora/email-clients/}, written for this
 * project, each file naming the client and version it imitates) and the
 * {@code email_reply_parser} corpus next to it, with their pass rates printed. A text
 * fixture passes when {@link ReplyParser#parseReply} gives exactly its expected text; an
 * HTML fixture when the text of {@link HtmlReplies#visibleHtml} is the expected text
 * (white space collapsed).
 */
class ClientCorpusTests {

	@Test
	void everyRealClientFixtureGivesWhatItsSenderWrote() throws IOException {
		List<Path> files = clientFixtures();
		List<String> failures = new ArrayList<>();
		Map<String, int[]> byLanguage = new TreeMap<>();
		Set<String> clients = new TreeSet<>();
		for (Path file : files) {
			Fixture fixture = Fixture.read(file);
			clients.add(fixture.client().split(" \\(|,| [0-9]")[0]);
			String actual = fixture.html() ? collapse(Jsoup.parse(HtmlReplies.visibleHtml(fixture.body())).text())
					: ReplyParser.parseReply(fixture.body());
			String expected = fixture.html() ? collapse(fixture.expected()) : fixture.expected();
			int[] counts = byLanguage.computeIfAbsent(fixture.language(), (language) -> new int[2]);
			counts[1]++;
			if (actual.equals(expected)) {
				counts[0]++;
			}
			else {
				failures.add(file.getFileName() + " (" + fixture.client() + "):\n  expected: " + expected
						+ "\n  actual:   " + actual);
			}
		}
		int passed = files.size() - failures.size();
		System.out.printf("email-clients corpus: %d/%d fixtures pass (%.1f %%), by language %s%n", passed, files.size(),
				100.0 * passed / files.size(), rates(byLanguage));
		failures.forEach(System.out::println);
		assertThat(files).hasSizeGreaterThanOrEqualTo(40);
		assertThat(byLanguage.keySet()).contains("en", "es", "de", "fr");
		assertThat(failures).isEmpty();
	}

	@Test
	void theEmailReplyParserCorpusStillPassesEntirely() throws IOException {
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, ReplyParserTests.Check> entry : ReplyParserTests.CASES.entrySet()) {
			String body = Files.readString(ReplyParserTests.folder().resolve(entry.getKey() + ".txt"),
					StandardCharsets.UTF_8);
			try {
				entry.getValue().check(body, ReplyParser.read(body));
			}
			catch (AssertionError | RuntimeException ex) {
				failures.add(entry.getKey() + ": " + ex.getMessage());
			}
		}
		int total = ReplyParserTests.CASES.size();
		int passed = total - failures.size();
		System.out.printf("email-replies corpus (github/email_reply_parser): %d/%d fixtures pass (%.1f %%)%n", passed,
				total, 100.0 * passed / total);
		failures.forEach(System.out::println);
		assertThat(failures).isEmpty();
	}

	@Test
	void whatThisParserAddsStaysFastOnHostileBodies() throws IOException {
		String pathological = Files.readString(ReplyParserTests.folder().resolve("pathological.txt"),
				StandardCharsets.UTF_8);
		// Outlook blocks and localized headers on every line; deep nesting and many
		// blocks. Sizes where a quadratic step takes minutes and a linear one
		// milliseconds; the
		// bound is loose because the build machine is shared.
		String headers = "Thanks\n" + "Von: x\nAn: y\nAm 1. März schrieb x:\n".repeat(5_000) + "> q\n";
		String html = "<div>".repeat(200) + "From: a Sent: b To: c Subject: d" + "</div>".repeat(200)
				+ "<p>Sent from my iPhone</p>".repeat(10_000);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			assertThat(ReplyParser.parseReply(pathological)).isNotNull();
			assertThat(ReplyParser.historyStart(List.of(headers.split("\n")))).isEqualTo(1);
			assertThat(HtmlReplies.visibleHtml(html)).isEmpty();
		});
	}

	@Test
	void everyFixtureNamesItsClientLanguageAndExpectation() throws IOException {
		for (Path file : clientFixtures()) {
			Fixture fixture = Fixture.read(file);
			assertThat(fixture.client()).as(file.toString()).isNotBlank();
			assertThat(fixture.language()).as(file.toString()).matches("en|es|de|fr");
			assertThat(fixture.expected()).as(file.toString()).isNotBlank();
			assertThat(fixture.body()).as(file.toString()).contains(fixture.html() ? "<" : "\n");
		}
	}

	private static String rates(Map<String, int[]> byLanguage) {
		StringBuilder text = new StringBuilder();
		byLanguage.forEach((language, counts) -> text.append(text.isEmpty() ? "" : ", ")
			.append(language)
			.append(' ')
			.append(counts[0])
			.append('/')
			.append(counts[1]));
		return text.toString();
	}

	private static String collapse(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

	static List<Path> clientFixtures() throws IOException {
		Path folder = ReplyParserTests.folder().resolveSibling("email-clients");
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter((path) -> path.toString().endsWith(".txt") || path.toString().endsWith(".html"))
				.sorted()
				.toList();
		}
	}

	/**
	 * One fixture file: {@code Client:}, {@code Language:} and {@code Expected:} lines,
	 * the expected text, a line {@code =====}, then the email body as the client writes
	 * it.
	 */
	record Fixture(String client, String language, String expected, String body, boolean html) {

		static Fixture read(Path file) throws IOException {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			int separator = content.indexOf("\n=====\n");
			String head = content.substring(0, separator);
			String body = content.substring(separator + "\n=====\n".length());
			int expected = head.indexOf("Expected:\n");
			String client = value(head, "Client:");
			String language = value(head, "Language:");
			return new Fixture(client, language, head.substring(expected + "Expected:\n".length()), body,
					file.toString().endsWith(".html"));
		}

		private static String value(String head, String label) {
			for (String line : head.split("\n")) {
				if (line.startsWith(label)) {
					return line.substring(label.length()).strip();
				}
			}
			return "";
		}

	}

}
