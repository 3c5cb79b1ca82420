package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    @Test
    void theSecondsWithAnAnswerSlowerThanTheThresholdAreTheStallsWithTheirSlowestAnswer() {
        Results results = new Results();
        long start = 100 * SECOND;
        results.window(start, start + 10 * SECOND);
        Outcome ok = Outcome.ok("scan");
        results.record(ok, true, 900 * MILLI, 900 * MILLI, start - SECOND); // in the warmup: not measured
        results.record(ok, true, 50 * MILLI, 50 * MILLI, start + 1500 * MILLI);
        results.record(ok, true, 350 * MILLI, 20 * MILLI, start + 3200 * MILLI);
        results.record(ok, true, 250 * MILLI, 20 * MILLI, start + 3700 * MILLI);
        results.record(Outcome.error("503 busy"), true, 400 * MILLI, 1 * MILLI, start + 7 * SECOND);

        assertThat(results.secondsSlowerThan(200)).isEqualTo(Map.of(3L, 350.0, 7L, 400.0));
        assertThat(results.secondsSlowerThan(500)).isEmpty();
    }
}
