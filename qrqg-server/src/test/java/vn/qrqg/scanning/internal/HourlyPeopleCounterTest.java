package vn.qrqg.scanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HourlyPeopleCounterTest {
    private static final Instant TEN_PAST = Instant.parse("2026-11-24T09:10:00Z");

    private final HourlyPeopleCounter counter = new HourlyPeopleCounter();

    @Test
    void admitsPeopleUpToTheQuotaAndRefusesTheNextUntilTheHourEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(counter.admit("scanner", 3, List.of("CCCD " + i), TEN_PAST).admitted()).isTrue();
        }
        HourlyPeopleCounter.Admission refused = counter.admit("scanner", 3, List.of("CCCD 3"), TEN_PAST);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(50));
        assertThat(refused.windowStart()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(counter.admit("scanner", 3, List.of("CCCD 3"), Instant.parse("2026-11-24T10:00:00Z")).admitted())
                .isTrue();
    }

    @Test
    void someoneCountedThisHourDoesNotCountAgain() {
        assertThat(counter.admit("scanner", 2, List.of("QID 1", "QID 2"), TEN_PAST).admitted()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(counter.admit("scanner", 2, List.of("QID 2", "QID 1", "QID 2"), TEN_PAST).admitted()).isTrue();
        }
        assertThat(counter.admit("scanner", 2, List.of("QID 3"), TEN_PAST).admitted()).isFalse();
        // still: refused people were not counted, the counted ones still pass
        assertThat(counter.admit("scanner", 2, List.of("QID 1"), TEN_PAST).admitted()).isTrue();
    }

    @Test
    void aBatchThatDoesNotFitIsRefusedWholeAndCountsNobody() {
        assertThat(counter.admit("reader", 5, List.of("a", "b", "c"), TEN_PAST).admitted()).isTrue();
        assertThat(counter.admit("reader", 5, List.of("a", "d", "e", "f"), TEN_PAST).admitted()).isFalse();
        // none of d, e, f was counted: two of them still fit
        assertThat(counter.admit("reader", 5, List.of("d", "e", "a"), TEN_PAST).admitted()).isTrue();
        assertThat(counter.admit("reader", 5, List.of("f"), TEN_PAST).admitted()).isFalse();
    }

    @Test
    void onlyTheFirstRefusalOfAnHourIsFirst() {
        counter.admit("scanner", 1, List.of("a"), TEN_PAST);
        assertThat(counter.admit("scanner", 1, List.of("b"), TEN_PAST).firstRefusal()).isTrue();
        assertThat(counter.admit("scanner", 1, List.of("c"), TEN_PAST.plusSeconds(60)).firstRefusal()).isFalse();
        Instant nextHour = Instant.parse("2026-11-24T10:05:00Z");
        counter.admit("scanner", 1, List.of("a"), nextHour);
        assertThat(counter.admit("scanner", 1, List.of("b"), nextHour).firstRefusal()).isTrue();
    }

    @Test
    void eachCredentialHasItsOwnCount() {
        assertThat(counter.admit("one", 1, List.of("a"), TEN_PAST).admitted()).isTrue();
        assertThat(counter.admit("one", 1, List.of("b"), TEN_PAST).admitted()).isFalse();
        assertThat(counter.admit("two", 1, List.of("b"), TEN_PAST).admitted()).isTrue();
    }

    @Test
    void credentialsIdleForAnHourAreForgotten() {
        for (int i = 0; i < 100; i++) {
            counter.admit("scanner-" + i, 10, List.of("a"), TEN_PAST);
        }
        assertThat(counter.credentials()).isEqualTo(100);
        counter.admit("scanner-0", 10, List.of("a"), TEN_PAST.plus(Duration.ofHours(1)));
        assertThat(counter.credentials()).isEqualTo(100); // the last hour's are kept an hour more
        counter.admit("scanner-0", 10, List.of("a"), TEN_PAST.plus(Duration.ofHours(2)));
        assertThat(counter.credentials()).isEqualTo(1);
    }

    @Test
    void concurrentScansOfOneCredentialNeverCountMoreThanTheQuota() throws Exception {
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService scanners = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 2_000; i++) {
                String person = "CCCD " + i;
                answers.add(scanners.submit(() -> counter.admit("busy", 1_000, List.of(person), TEN_PAST).admitted()));
            }
            long admitted = 0;
            for (Future<Boolean> answer : answers) {
                admitted += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(1_000);
        }
    }

    @Test
    void theSetHoldsManyPeopleAndZeroToo() {
        HourlyPeopleCounter.LongSet set = new HourlyPeopleCounter.LongSet();
        IntStream.range(-5_000, 5_000).forEach(i -> set.add(i * 0x9E3779B97F4A7C15L));
        IntStream.range(-5_000, 5_000).forEach(i -> set.add(i * 0x9E3779B97F4A7C15L));
        assertThat(set.size()).isEqualTo(10_000);
        assertThat(set.contains(0)).isTrue();
        assertThat(set.contains(4_999 * 0x9E3779B97F4A7C15L)).isTrue();
        assertThat(set.contains(5_000 * 0x9E3779B97F4A7C15L)).isFalse();
    }
}
