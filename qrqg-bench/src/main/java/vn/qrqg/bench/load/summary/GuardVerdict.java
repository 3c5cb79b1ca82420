package vn.qrqg.bench.load.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code bin/load --guard}'s verdict: the base build's runs against the new build's, scenario by
 * scenario, by the median of each side's throughput and of its platform CPU (JVM and PostgreSQL)
 * per operation. This machine varies by ±25 % from run to run, so the sides alternate and one
 * number is never compared with one other. The new build regresses when a median is worse than
 * the base's by more than the threshold, or when its runs had errors.
 */
public final class GuardVerdict {
    public static final String BASE = "base";
    public static final String NEW = "new";

    /** One run of one side: {@code round} counts from 1. */
    public record Sample(int round, String side, String scenario, RunResult run) {
    }

    private final List<Sample> samples;
    private final double threshold;

    /** @param thresholdPercent how much worse a median may be, e.g. 10 for 10 % */
    public GuardVerdict(List<Sample> samples, double thresholdPercent) {
        this.samples = List.copyOf(samples);
        this.threshold = thresholdPercent / 100;
    }

    List<Sample> samples() {
        return samples;
    }

    /** What regressed, one sentence each; empty when nothing did. */
    public List<String> regressions() {
        List<String> found = new ArrayList<>();
        for (String scenario : scenarios()) {
            double[] baseRate = values(scenario, BASE, RunResult::operationsPerSecond);
            double[] newRate = values(scenario, NEW, RunResult::operationsPerSecond);
            if (newRate.length == 0 || baseRate.length == 0) {
                found.add(scenario + ": no run of the " + (newRate.length == 0 ? NEW : BASE) + " build to compare");
                continue;
            }
            long newErrors = samples(scenario, NEW).stream().mapToLong(sample -> sample.run().errors()).sum();
            if (newErrors > 0) {
                found.add(String.format(Locale.ROOT, "%s: the new build's runs had %,d errors", scenario, newErrors));
            }
            double before = median(baseRate);
            double after = median(newRate);
            if (after < before * (1 - threshold)) {
                found.add(String.format(Locale.ROOT, "%s: throughput fell %.1f %% (median %s/s to %s/s), more than %s %%",
                        scenario, 100 * (1 - after / before), ReportTable.count(before), ReportTable.count(after),
                        percent()));
            }
            double cpuBefore = median(values(scenario, BASE, RunResult::platformMicrosPerOperation));
            double cpuAfter = median(values(scenario, NEW, RunResult::platformMicrosPerOperation));
            if (cpuAfter > cpuBefore * (1 + threshold)) {
                found.add(String.format(Locale.ROOT,
                        "%s: JVM + PostgreSQL CPU per %s rose %.1f %% (median %.0f µs to %.0f µs), more than %s %%",
                        scenario, samples(scenario, NEW).getFirst().run().operation(), 100 * (cpuAfter / cpuBefore - 1),
                        cpuBefore, cpuAfter, percent()));
            }
        }
        return found;
    }

    /** Every run, the medians and the verdict, for people. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String scenario : scenarios()) {
            out.append(String.format("%n%s: operations/s, and JVM + PostgreSQL CPU µs per operation (JVM / PostgreSQL)%n", scenario));
            out.append(String.format("%-8s %-5s %10s %22s %8s%n", "round", "build", "per s", "CPU µs per op", "errors"));
            for (Sample sample : samples) {
                if (sample.scenario().equals(scenario)) {
                    RunResult run = sample.run();
                    out.append(String.format(Locale.ROOT, "%-8d %-5s %10s %22s %8d%n", sample.round(), sample.side(),
                            ReportTable.count(run.operationsPerSecond()), cpu(run.platformMicrosPerOperation(),
                                    run.jvmMicrosPerOperation(), run.postgresMicrosPerOperation()), run.errors()));
                }
            }
            for (String side : List.of(BASE, NEW)) {
                out.append(String.format(Locale.ROOT, "%-8s %-5s %10s %22s%n", "median", side,
                        ReportTable.count(median(values(scenario, side, RunResult::operationsPerSecond))),
                        cpu(median(values(scenario, side, RunResult::platformMicrosPerOperation)),
                                median(values(scenario, side, RunResult::jvmMicrosPerOperation)),
                                median(values(scenario, side, RunResult::postgresMicrosPerOperation)))));
            }
        }
        List<String> regressions = regressions();
        out.append(regressions.isEmpty()
                ? String.format("%nguard: no median worse by more than %s %%: passed%n", percent())
                : String.format("%nguard: REGRESSED%n  %s%n", String.join("\n  ", regressions)));
        return out.toString();
    }

    /** The middle value, or the mean of the two middle ones; NaN for none (NaN values are left out). */
    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private TreeSet<String> scenarios() {
        TreeSet<String> scenarios = new TreeSet<>();
        samples.forEach(sample -> scenarios.add(sample.scenario()));
        return scenarios;
    }

    private List<Sample> samples(String scenario, String side) {
        return samples.stream().filter(s -> s.scenario().equals(scenario) && s.side().equals(side)).toList();
    }

    private double[] values(String scenario, String side, java.util.function.ToDoubleFunction<RunResult> value) {
        return samples(scenario, side).stream().mapToDouble(sample -> value.applyAsDouble(sample.run())).toArray();
    }

    private String percent() {
        return String.format(Locale.ROOT, "%.0f", threshold * 100);
    }

    private static String cpu(double total, double jvm, double postgres) {
        return Double.isNaN(total) ? "-" : String.format(Locale.ROOT, "%,.0f (%,.0f / %,.0f)", total, jvm, postgres);
    }
}
