package dev.parley.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RulesEngine;
import dev.parley.core.policy.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule check of a realistic 2 KB HTML seller message (SPEC §10: under 100 µs median),
 * against a naive composition of the same libraries on the same input: jsoup's
 * {@code Safelist.relaxed()} clean, libphonenumber's {@code findNumbers} over the text
 * for one region, and a plain email regular expression. The engine does far more (25
 * rules, 11 phone regions, obfuscation, redaction, spans) and must still be faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class RulesEngineBenchmark {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private RulesEngine engine;

	private Draft draft;

	private String html;

	private PhoneNumberUtil phones;

	@Setup
	public void setUp() {
		this.engine = new RulesEngine(PolicySettings.defaults());
		this.draft = SampleMessages.sellerReply();
		this.html = this.draft.html();
		this.phones = PhoneNumberUtil.getInstance();
		Decision decision = this.engine.check(this.draft);
		if (decision.verdict() != Verdict.ALLOW || !decision.violations().isEmpty()) {
			throw new IllegalStateException("the sample message should pass: " + decision.violations());
		}
	}

	@Benchmark
	public Decision engine() {
		return this.engine.check(this.draft);
	}

	@Benchmark
	public void naive(Blackhole blackhole) {
		String clean = Jsoup.clean(this.html, Safelist.relaxed());
		String text = Jsoup.parseBodyFragment(clean).text();
		for (PhoneNumberMatch match : this.phones.findNumbers(text, "US")) {
			blackhole.consume(match);
		}
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			blackhole.consume(email.start());
		}
		blackhole.consume(clean);
	}

}
