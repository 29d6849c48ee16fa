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
 * Runs {@link RulesEngineBenchmark} (JMH options on the command line still apply) and
 * prints the medians: engine p50, naive p50 and their ratio.
 */
public final class RulesBenchmarkMain {

	private RulesBenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(RulesEngineBenchmark.class.getName())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		double engine = Double.NaN;
		double naive = Double.NaN;
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark();
			double median = result.getPrimaryResult().getStatistics().getPercentile(50);
			if (name.endsWith(".engine")) {
				engine = median;
			}
			else if (name.endsWith(".naive")) {
				naive = median;
			}
		}
		System.out.println();
		System.out.println("Rule check of a 2 KB HTML seller message (JMH sample time, median)");
		System.out.println(String.format(Locale.ROOT, "%-16s %-16s %-8s", "engine p50 µs", "naive p50 µs", "ratio"));
		System.out.println(String.format(Locale.ROOT, "%-16.1f %-16.1f %-8.2f", engine, naive, engine / naive));
		if (!(engine < 100)) {
			// absolute times depend on the machine and its load; the ratio does not
			System.out.println("WARNING: over the 100 µs median of SPEC §10 on this machine right now");
		}
		if (!(engine < naive)) {
			System.out.println("FAIL: the engine must be faster than the naive composition");
			System.exit(1);
		}
	}

}
