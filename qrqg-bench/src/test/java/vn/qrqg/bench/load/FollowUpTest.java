package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Both drivers with a scenario whose requests come in chains of three, against {@link StubPlatform}. */
class FollowUpTest {

    @Test
    void anOpenLoopSendsEachFollowUpOnItsChainsPermitAndRecordsItUnderItsOwnKind() throws Exception {
        try (StubPlatform stub = new StubPlatform(1)) {
            ThreeSteps steps = new ThreeSteps(stub.url());
            Results results = drive(steps, "--rate", "50", "--concurrency", "2");

            assertThat(results.errors()).isEmpty();
            assertThat(results.okLatency()).containsOnlyKeys("first", "second", "third");
            assertThat(results.okLatency().values()).extracting(Histogram::getTotalCount).containsOnly(50L);
            assertThat(results.sentCount()).isEqualTo(150);
            assertThat(steps.mostChainsOpen.get()).isBetween(1, 2);
            for (int chain = 0; chain < 50; chain++) {
                assertThat(steps.judged.indexOf("first " + chain)).isNotNegative()
                        .isLessThan(steps.judged.indexOf("second " + chain));
                assertThat(steps.judged.indexOf("second " + chain)).isLessThan(steps.judged.indexOf("third " + chain));
            }
        }
    }

    @Test
    void anOpenLoopChargesAFollowUpFromItsOwnSendNotFromWhenItsChainWasDue() throws Exception {
        // chains of three 50 ms requests, due every 25 ms, one at a time: the first requests fall further and further behind
        try (StubPlatform stub = new StubPlatform(50)) {
            Results results = drive(new ThreeSteps(stub.url()), "--rate", "40", "--concurrency", "1",
                    "--timeout", "500ms");

            Histogram first = results.okLatency().get("first");
            Histogram second = results.okLatency().get("second");
            assertThat(first.getValueAtPercentile(50)).isGreaterThan(200_000);
            assertThat(second.getMaxValue()).isLessThan(first.getValueAtPercentile(50));
        }
    }

    @Test
    void aClosedLoopSendsAChainsFollowUpsBeforeItsNextRequest() throws Exception {
        try (StubPlatform stub = new StubPlatform(0)) {
            ThreeSteps steps = new ThreeSteps(stub.url());
            Results results = drive(steps, "--concurrency", "1", "--max-requests", "3");

            assertThat(steps.judged).containsExactly("first 0", "second 0", "third 0", "first 1", "second 1", "third 1",
                    "first 2", "second 2", "third 2");
            assertThat(results.okLatency().values()).extracting(Histogram::getTotalCount).containsOnly(3L);
            assertThat(results.sentCount()).isEqualTo(9);
        }
    }

    @Test
    void aClosedLoopOfSeveralChainsRecordsEveryStepOfEachChain() throws Exception {
        try (StubPlatform stub = new StubPlatform(1)) {
            Results results = drive(new ThreeSteps(stub.url()), "--concurrency", "4", "--max-requests", "40");

            assertThat(results.errors()).isEmpty();
            assertThat(results.okLatency()).containsOnlyKeys("first", "second", "third");
            assertThat(results.okLatency().values()).extracting(Histogram::getTotalCount).containsOnly(40L);
        }
    }

    private static Results drive(Scenario scenario, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--duration", "1s", "--warmup", "0s"));
        args.addAll(List.of(options));
        LoadOptions parsed = LoadCommand.parse(args.toArray(String[]::new));
        Results results = new Results();
        try (HttpLoad http = new HttpLoad(parsed.concurrency(), parsed.timeout())) {
            if (parsed.openLoop()) {
                OpenLoop.run(scenario, http, parsed, results, new CpuMeter());
            } else {
                ClosedLoop.run(scenario, http, parsed, results, new CpuMeter());
            }
        }
        results.close();
        return results;
    }

    /** first, second, third: a POST, a POST, a GET; any answer counts, and says which chain it ended. */
    private static final class ThreeSteps implements Scenario {
        final List<String> judged = new CopyOnWriteArrayList<>();
        final AtomicInteger mostChainsOpen = new AtomicInteger();
        private final AtomicInteger chainsOpen = new AtomicInteger();
        private final URI target;

        ThreeSteps(URI stub) {
            target = stub.resolve("/steps");
        }

        @Override
        public String name() {
            return "steps";
        }

        @Override
        public void prepare(Setup setup) {
        }

        @Override
        public LoadRequest request(long sequence) {
            mostChainsOpen.accumulateAndGet(chainsOpen.incrementAndGet(), Math::max);
            return new LoadRequest(target, "Bearer x", "{}".getBytes(StandardCharsets.UTF_8), "first",
                    Long.toString(sequence));
        }

        @Override
        public Outcome judge(LoadRequest request, int status, String body) {
            judged.add(request.kind() + " " + request.context());
            return Outcome.ok(request.kind());
        }

        @Override
        public LoadRequest followUp(LoadRequest request, int status, String body) {
            return switch (request.kind()) {
                case "first" -> new LoadRequest(target, "Bearer x", "{}".getBytes(StandardCharsets.UTF_8), "second",
                        request.context());
                case "second" -> new LoadRequest(target, "Bearer x", null, "third", request.context());
                default -> {
                    chainsOpen.decrementAndGet();
                    yield null;
                }
            };
        }
    }
}
