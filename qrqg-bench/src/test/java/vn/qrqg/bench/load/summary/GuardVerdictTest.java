package vn.qrqg.bench.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardVerdictTest {

    /** A run of scans whose JVM used {@code jvmMicros} per scan, and PostgreSQL 125 µs. */
    private static GuardVerdict.Sample scans(int round, String side, long count, double jvmMicros) {
        return new GuardVerdict.Sample(round, side, "scans", Runs.scans(count, count * jvmMicros / 1e6, count * 125 / 1e6));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(GuardVerdict.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(GuardVerdict.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(GuardVerdict.median(new double[] {Double.NaN, 7})).isEqualTo(7);
        assertThat(GuardVerdict.median(new double[0])).isNaN();
    }

    @Test
    void oneBadRunOfTheNewBuildAmongGoodOnesIsNoRegression() {
        GuardVerdict verdict = new GuardVerdict(List.of(scans(1, "base", 40_000, 250), scans(1, "new", 28_000, 250),
                scans(2, "base", 38_000, 250), scans(2, "new", 39_000, 250), scans(3, "base", 41_000, 250),
                scans(3, "new", 40_500, 250)), 10);
        assertThat(verdict.regressions()).isEmpty();
        assertThat(verdict.text()).contains("passed");
    }

    @Test
    void aMedianThroughputLowerByMoreThanTheThresholdRegresses() {
        GuardVerdict verdict = new GuardVerdict(List.of(scans(1, "base", 40_000, 250), scans(1, "new", 35_000, 250)), 10);
        assertThat(verdict.regressions()).singleElement().asString()
                .startsWith("scans: throughput fell 12.5 % (median 4,000/s to 3,500/s)");
        assertThat(new GuardVerdict(verdict.samples(), 15).regressions()).isEmpty();
    }

    @Test
    void moreCpuPerOperationRegressesEvenAtTheSameThroughput() {
        // 250 + 125 µs a scan against 300 + 125 µs: 13.3 % more
        GuardVerdict verdict = new GuardVerdict(List.of(scans(1, "base", 40_000, 250), scans(1, "new", 40_000, 300)), 10);
        assertThat(verdict.regressions()).singleElement().asString()
                .startsWith("scans: JVM + PostgreSQL CPU per scan rose 13.3 % (median 375 µs to 425 µs)");
    }

    @Test
    void errorsInTheNewBuildsRunsOrNoRunOfASideRegress() {
        GuardVerdict.Sample failing = new GuardVerdict.Sample(1, "new", "checkins", RunResult.of(
                Runs.json("checkins", "closed", "batch", 200, 90, 4.0, 2.0, Map.of("timeout", 2))));
        GuardVerdict.Sample base = new GuardVerdict.Sample(1, "base", "checkins", RunResult.of(
                Runs.json("checkins", "closed", "batch", 200, 90, 4.0, 2.0, Map.of())));
        assertThat(new GuardVerdict(List.of(base, failing), 10).regressions())
                .containsExactly("checkins: the new build's runs had 2 errors");
        assertThat(new GuardVerdict(List.of(base), 10).regressions())
                .containsExactly("checkins: no run of the new build to compare");
    }
}
