package dev.parley.core.policy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Topic;

/**
 * Runs the rules over the labeled policy corpus ({@code test-corpora/policy/}, see its
 * README) and measures them: recall per rule and per language (a message's expected rule
 * counts as caught when the engine reports that rule with any outcome but ALLOW), the
 * false-block rate (honest messages, those expecting no rule, that the engine blocks),
 * the false-flag rate (honest messages the engine lets through but flags or redacts; the
 * bar applies to both together), buyer leaks (a {@code leak} string of a buyer message
 * that survives redaction in the delivered subject or text), and every miss.
 * {@code scripts/policy-eval} prints it for the tuning and the held-out set;
 * {@code PolicyCorpusTests} holds both to the bars.
 */
final class PolicyEvaluation {

	static final double MIN_RECALL = 0.98;

	static final double MAX_FALSE_BLOCKS = 0.01;

	private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	private PolicyEvaluation() {
	}

	/** The tuning set, the held-out set or the blind (also held-out) set. */
	static Path set(String name) {
		return TestCorpora.folder("policy").resolve(name);
	}

	static Report evaluate(Path folder, RulesEngine engine) throws IOException {
		Report report = new Report(folder.getFileName().toString());
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> file.toString().endsWith(".jsonl")).sorted().toList();
		}
		for (Path file : files) {
			for (Map<?, ?> record : TestCorpora.jsonLines(file)) {
				report.add(record, engine);
			}
		}
		return report;
	}

	/**
	 * A draft as the corpus describes it: role, kind (reply, proactive, buyer), action.
	 */
	static Draft draft(Map<?, ?> record) {
		Role role = Role.valueOf(string(record, "role"));
		String kind = string(record, "kind");
		Action action = Action.valueOf(string(record, "action"));
		boolean awaiting = role == Role.SELLER && !kind.equals("PROACTIVE");
		Language language = Language.EN;
		try {
			language = Language.of(string(record, "lang"));
		}
		catch (IllegalArgumentException ex) {
			// a language the product has no UI for: the recipient reads English
		}
		DraftContext context = new DraftContext(Relationship.ORDER, NOW.minus(Duration.ofDays(6)),
				NOW.minus(Duration.ofDays(3)), awaiting, false, MessagingStatus.ACTIVE, true, false, language,
				Clock.fixed(NOW, ZoneOffset.UTC));
		return new Draft(role, action, (role == Role.BUYER) ? Topic.OTHER : null, string(record, "subject"),
				html(string(record, "body")), List.of(), context);
	}

	/** Bodies are HTML when they have tags, else plain text as a compose box sends it. */
	static String html(String body) {
		if (body.matches("(?s).*<[a-zA-Z/!][^>]*>.*")) {
			return body;
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : body.split("\\n\\s*\\n")) {
			if (paragraph.isBlank()) {
				continue;
			}
			String escaped = paragraph.strip()
				.replace("&", "&amp;")
				.replace("<", "&lt;")
				.replace(">", "&gt;")
				.replace("\n", "<br>");
			html.append("<p>").append(escaped).append("</p>");
		}
		return html.toString();
	}

	private static String string(Map<?, ?> record, String key) {
		Object value = record.get(key);
		return (value == null) ? "" : value.toString();
	}

	private static List<String> strings(Map<?, ?> record, String key) {
		Object value = record.get(key);
		List<String> strings = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> strings.add(item.toString()));
		}
		return strings;
	}

	/** Counts per key. */
	static final class Tally {

		int expected;

		int caught;

		int honest;

		int falseBlocks;

		int falseFlags;

		double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.caught / this.expected;
		}

		double falseBlockRate() {
			return (this.honest == 0) ? 0.0 : (double) this.falseBlocks / this.honest;
		}

		double falseFlagRate() {
			return (this.honest == 0) ? 0.0 : (double) this.falseFlags / this.honest;
		}

		/** Honest messages with any hit: blocked, flagged or redacted. */
		double falsePositiveRate() {
			return (this.honest == 0) ? 0.0 : (double) (this.falseBlocks + this.falseFlags) / this.honest;
		}

	}

	/** The figures of one set. */
	static final class Report {

		final String name;

		final Tally overall = new Tally();

		final Map<String, Tally> byLanguage = new TreeMap<>();

		final Map<String, Tally> byRule = new TreeMap<>();

		final List<String> misses = new ArrayList<>();

		final List<String> falseBlocks = new ArrayList<>();

		final List<String> leaks = new ArrayList<>();

		final List<String> skipped = new ArrayList<>();

		int messages;

		Report(String name) {
			this.name = name;
		}

		void add(Map<?, ?> record, RulesEngine engine) {
			String id = string(record, "id");
			if (record.get("attachments") != null) {
				// attachment cases need the attachment-content step; counted once it
				// exists
				this.skipped.add(id);
				return;
			}
			this.messages++;
			String language = string(record, "lang");
			Tally lang = this.byLanguage.computeIfAbsent(language, (key) -> new Tally());
			Draft draft = draft(record);
			Decision decision = engine.check(draft);
			Set<RuleId> found = EnumSet.noneOf(RuleId.class);
			for (Violation violation : decision.violations()) {
				found.add(violation.rule());
			}
			List<String> expected = strings(record, "expect");
			if (expected.isEmpty()) {
				this.overall.honest++;
				lang.honest++;
				if (decision.verdict() == Verdict.BLOCK) {
					this.overall.falseBlocks++;
					lang.falseBlocks++;
					this.falseBlocks.add(describe(record, decision));
				}
				else if (!decision.violations().isEmpty()) {
					this.overall.falseFlags++;
					lang.falseFlags++;
					this.falseBlocks.add("(flag/redact) " + describe(record, decision));
				}
			}
			for (String rule : expected) {
				Tally byRule = this.byRule.computeIfAbsent(rule, (key) -> new Tally());
				boolean caught = found.contains(RuleId.valueOf(rule));
				for (Tally tally : List.of(this.overall, lang, byRule)) {
					tally.expected++;
					tally.caught += caught ? 1 : 0;
				}
				if (!caught) {
					this.misses.add(rule + " " + describe(record, decision));
				}
			}
			if (draft.senderRole() == Role.BUYER) {
				String delivered = (decision.subject() + "\n" + decision.redactedText()).toLowerCase(Locale.ROOT);
				for (String leak : strings(record, "leak")) {
					if (delivered.contains(leak.toLowerCase(Locale.ROOT))) {
						this.leaks.add(id + ": \"" + leak + "\" delivered in: " + oneLine(decision.redactedText()));
					}
				}
			}
		}

		private static String describe(Map<?, ?> record, Decision decision) {
			StringBuilder hits = new StringBuilder();
			for (Violation violation : decision.violations()) {
				hits.append(hits.isEmpty() ? "" : ", ")
					.append(violation.rule())
					.append('/')
					.append(violation.outcome())
					.append(" \"")
					.append(oneLine(violation.excerpt()))
					.append('"');
			}
			return string(record, "id") + " (" + string(record, "role") + " " + string(record, "kind") + ", "
					+ string(record, "note") + ")\n      subject: " + oneLine(string(record, "subject"))
					+ "\n      text: " + oneLine(decision.text()) + "\n      found: "
					+ (hits.isEmpty() ? "nothing" : hits);
		}

		private static String oneLine(String text) {
			String line = text.replaceAll("\\s+", " ").strip();
			return (line.length() > 400) ? line.substring(0, 397) + "..." : line;
		}

		/** What fails the bars, empty when the set passes. */
		List<String> failures() {
			List<String> failures = new ArrayList<>();
			check(failures, "overall", this.overall);
			this.byLanguage.forEach((language, tally) -> check(failures, language, tally));
			if (!this.leaks.isEmpty()) {
				failures.add(this.name + ": " + this.leaks.size() + " buyer leaks");
			}
			return failures;
		}

		private void check(List<String> failures, String what, Tally tally) {
			if (tally.recall() < MIN_RECALL) {
				failures.add(String.format(Locale.ROOT, "%s %s: recall %.3f < %.2f", this.name, what, tally.recall(),
						MIN_RECALL));
			}
			if (tally.falsePositiveRate() > MAX_FALSE_BLOCKS) {
				failures.add(String.format(Locale.ROOT, "%s %s: false blocks and flags %.3f > %.2f", this.name, what,
						tally.falsePositiveRate(), MAX_FALSE_BLOCKS));
			}
		}

		void print(PrintStream out, boolean details) {
			out.printf(Locale.ROOT, "== %s: %d messages (%d skipped: attachment cases) ==%n", this.name, this.messages,
					this.skipped.size());
			out.printf(Locale.ROOT, "%-10s %8s %8s %8s %10s%n", "language", "recall", "caught", "honest", "falseBlock");
			this.byLanguage.forEach((language, tally) -> line(out, language, tally));
			line(out, "ALL", this.overall);
			out.printf(Locale.ROOT, "%n%-24s %8s %8s%n", "rule", "recall", "caught");
			this.byRule.forEach((rule, tally) -> out.printf(Locale.ROOT, "%-24s %8.3f %4d/%-4d%n", rule, tally.recall(),
					tally.caught, tally.expected));
			out.printf(Locale.ROOT, "%nbuyer leaks: %d%n", this.leaks.size());
			if (!details) {
				out.printf(Locale.ROOT, "misses: %d, false blocks and flags: %d (details not shown)%n%n",
						this.misses.size(), this.falseBlocks.size());
				return;
			}
			this.leaks.forEach((leak) -> out.println("  LEAK " + leak));
			out.printf(Locale.ROOT, "misses: %d%n", this.misses.size());
			this.misses.forEach((miss) -> out.println("  MISS " + miss));
			out.printf(Locale.ROOT, "false blocks and flags: %d%n", this.falseBlocks.size());
			this.falseBlocks.forEach((block) -> out.println("  FALSE BLOCK " + block));
			out.println();
		}

		private static void line(PrintStream out, String what, Tally tally) {
			out.printf(Locale.ROOT, "%-10s %8.3f %4d/%-4d %7d %4d (%.3f) %4d (%.3f) %8.3f%n", what, tally.recall(),
					tally.caught, tally.expected, tally.honest, tally.falseBlocks, tally.falseBlockRate(),
					tally.falseFlags, tally.falseFlagRate(), tally.falsePositiveRate());
		}

	}

	/**
	 * Prints the figures of the tuning set, the held-out set and the blind set (held out
	 * too, written by an author who never saw the engine: {@code blind/README.md}). The
	 * held-out sets' misses are left out unless {@code --heldout-details} asks for them
	 * (whoever tunes the lexicons must not read them, so that is not the default;
	 * {@code --no-heldout-details} is accepted and is the default); {@code --tuning-only}
	 * measures the tuning set alone (for iterating on the lexicons without spending looks
	 * at the held-out figures).
	 */
	public static void main(String[] args) throws IOException {
		boolean heldOutDetails = List.of(args).contains("--heldout-details");
		boolean tuningOnly = List.of(args).contains("--tuning-only");
		RulesEngine engine = new RulesEngine(PolicySettings.defaults());
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<String> failures = new ArrayList<>();
		for (String set : tuningOnly ? List.of("tuning") : List.of("tuning", "heldout", "blind")) {
			if (!Files.isDirectory(set(set))) {
				continue;
			}
			Report report = evaluate(set(set), engine);
			report.print(out, set.equals("tuning") || heldOutDetails);
			failures.addAll(report.failures());
		}
		out.println(
				failures.isEmpty() ? "PASS: every bar met on every set" : "FAIL:\n  " + String.join("\n  ", failures));
	}

}
