package dev.parley.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RulesEngine;
import dev.parley.core.policy.Verdict;
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

/**
 * The rule check of a message with one attachment, everything included (type detection,
 * active-content scan, text extraction or QR search, the body rules over the text): a 1
 * MB PDF manual and a 5 MB JPEG photo.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class AttachmentBenchmark {

	private RulesEngine engine;

	private Draft pdf;

	private Draft jpeg;

	@Setup
	public void setUp() {
		this.engine = new RulesEngine(PolicySettings.defaults());
		byte[] manual = SampleAttachments.manualPdf();
		byte[] photo = SampleAttachments.photoJpeg();
		this.pdf = SampleAttachments.sellerReplyWith("manual.pdf", manual);
		this.jpeg = SampleAttachments.sellerReplyWith("photo.jpg", photo);
		for (Draft draft : new Draft[] { this.pdf, this.jpeg }) {
			Decision decision = this.engine.check(draft);
			if (decision.verdict() != Verdict.ALLOW) {
				throw new IllegalStateException("the sample attachment should pass: " + decision.violations());
			}
		}
	}

	@Benchmark
	public Decision pdf1MB() {
		return this.engine.check(this.pdf);
	}

	@Benchmark
	public Decision jpeg5MB() {
		return this.engine.check(this.jpeg);
	}

}
