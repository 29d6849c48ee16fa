package dev.parley.benchmarks;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RulesEngineBenchmark} and {@link AttachmentBenchmark} (JMH options on the
 * command line still apply) and prints the medians: engine p50, naive p50 and their
 * ratio; then the check of a message with a 1 MB PDF and with a 5 MB JPEG.
 */
public final class RulesBenchmarkMain {

	private RulesBenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(RulesEngineBenchmark.class.getName())
			.include(AttachmentBenchmark.class.getName())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		double engine = Double.NaN;
		double naive = Double.NaN;
		double pdf = Double.NaN;
		double jpeg = Double.NaN;
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark();
			double median = result.getPrimaryResult().getStatistics().getPercentile(50);
			if (name.endsWith(".engine")) {
				engine = median;
			}
			else if (name.endsWith(".naive")) {
				naive = median;
			}
			else if (name.endsWith(".pdf1MB")) {
				pdf = median;
			}
			else if (name.endsWith(".jpeg5MB")) {
				jpeg = median;
			}
		}
		System.out.println();
		System.out.println("Rule check of a 2 KB HTML seller message (JMH sample time, median)");
		System.out.println(String.format(Locale.ROOT, "%-16s %-16s %-8s", "engine p50 µs", "naive p50 µs", "ratio"));
		System.out.println(String.format(Locale.ROOT, "%-16.1f %-16.1f %-8.2f", engine, naive, engine / naive));
		System.out.println();
		System.out.println("Rule check of a message with one attachment (JMH sample time, median)");
		System.out.println(String.format(Locale.ROOT, "%-36s %-12s", "attachment", "p50 ms"));
		System.out.println(String.format(Locale.ROOT, "%-36s %-12.1f",
				"PDF, 20 pages, " + megabytes(SampleAttachments.manualPdf().length), pdf));
		System.out.println(String.format(Locale.ROOT, "%-36s %-12.1f",
				"JPEG, 3600 x 2600, " + megabytes(SampleAttachments.photoJpeg().length), jpeg));
		if (!(engine < 100)) {
			// absolute times depend on the machine and its load; the ratio does not
			System.out.println("WARNING: over the 100 µs median of SPEC §10 on this machine right now");
		}
		if (!(engine < naive)) {
			System.out.println("FAIL: the engine must be faster than the naive composition");
			System.exit(1);
		}
	}

	private static String megabytes(int bytes) {
		return String.format(Locale.ROOT, "%.2f MB", bytes / 1_000_000.0);
	}

}
