package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cases reported while another is being traced wait, and are then traced together, as many as
 * the group size allows; one case whose tracing fails holds back no other.
 */
class TracingTurnsTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<List<UUID>> groups = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstMayEnd = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstMayEnd.countDown();
        threads.shutdownNow();
    }

    @Test
    void casesWaitingForTheirTurnAreTracedTogether() throws Exception {
        TracingTurns turns = new TracingTurns(1, 10, recording(ids -> false));
        UUID first = UUID.randomUUID();
        Future<Integer> firstTraced = threads.submit(() -> turns.trace(first));
        awaitGroups(1);
        List<UUID> later = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Future<Integer>> laterTraced = new ArrayList<>();
        for (UUID caseId : later) {
            laterTraced.add(threads.submit(() -> turns.trace(caseId)));
        }
        awaitWaiting(laterTraced.size());
        firstMayEnd.countDown();

        assertThat(firstTraced.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> traced : laterTraced) {
            assertThat(traced.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3); // traced with two others
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(first);
        assertThat(groups.get(1)).containsExactlyInAnyOrderElementsOf(later);
    }

    @Test
    void aGroupIsNoLargerThanTheGroupSize() throws Exception {
        TracingTurns turns = new TracingTurns(1, 2, recording(ids -> false));
        Future<Integer> firstTraced = threads.submit(() -> turns.trace(UUID.randomUUID()));
        awaitGroups(1);
        List<Future<Integer>> laterTraced = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            laterTraced.add(threads.submit(() -> turns.trace(UUID.randomUUID())));
        }
        awaitWaiting(5);
        firstMayEnd.countDown();

        firstTraced.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        for (Future<Integer> traced : laterTraced) {
            traced.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(groups).hasSize(4); // the first alone, then 2, 2 and 1
        assertThat(groups).allSatisfy(group -> assertThat(group).hasSizeLessThanOrEqualTo(2));
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    @Test
    void aCaseThatFailsIsTriedAloneAndFailsOnlyItsOwnCaller() throws Exception {
        UUID failing = UUID.randomUUID();
        TracingTurns turns = new TracingTurns(1, 10, recording(ids -> ids.contains(failing)));
        Future<Integer> firstTraced = threads.submit(() -> turns.trace(UUID.randomUUID()));
        awaitGroups(1);
        Future<Integer> good = threads.submit(() -> turns.trace(UUID.randomUUID()));
        awaitWaiting(1);
        Future<Integer> bad = threads.submit(() -> turns.trace(failing));
        awaitWaiting(2);
        firstMayEnd.countDown();

        firstTraced.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        assertThat(good.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1); // traced again alone
        assertThatThrownBy(() -> bad.get(WITHIN.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class).cause().hasMessageContaining("cannot be traced");
        assertThat(groups.stream().map(List::size).collect(Collectors.toList())).containsExactly(1, 2, 1, 1);
    }

    /**
     * Records each group; the first one waits for {@link #firstMayEnd}; a group {@code fails} throws;
     * every case of a group is said to have written as many alerts as the group has cases.
     */
    private Function<List<UUID>, Map<UUID, Integer>> recording(Function<List<UUID>, Boolean> fails) {
        return ids -> {
            boolean first = groups.isEmpty();
            groups.add(List.copyOf(ids));
            if (first) {
                try {
                    firstMayEnd.await(WITHIN.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fails.apply(ids)) {
                throw new IllegalStateException("this case cannot be traced");
            }
            return ids.stream().collect(Collectors.toMap(id -> id, id -> ids.size()));
        };
    }

    private void awaitGroups(int count) throws InterruptedException {
        Instant until = Instant.now().plus(WITHIN);
        while (groups.size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
        assertThat(groups).hasSize(count);
    }

    /** Until {@code count} threads beside the first wait for their turn (parked on it). */
    private void awaitWaiting(int count) throws InterruptedException {
        Instant until = Instant.now().plus(WITHIN);
        while (parked() < count && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
        assertThat(parked()).isEqualTo(count);
    }

    private static long parked() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getState() == Thread.State.WAITING)
                .filter(thread -> List.of(thread.getValue()).stream()
                        .anyMatch(frame -> frame.getClassName().equals(TracingTurns.class.getName())
                                && frame.getMethodName().equals("trace")))
                .filter(thread -> List.of(thread.getValue()).stream()
                        .anyMatch(frame -> frame.getClassName().contains("Semaphore")))
                .count();
    }
}
