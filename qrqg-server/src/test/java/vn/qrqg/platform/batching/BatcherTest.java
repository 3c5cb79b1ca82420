package vn.qrqg.platform.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The audit's group commit (GroupCommitWriterTest) covers queueing, delay, timeout and close; here, the answers. */
class BatcherTest {
    private static final Batcher.Settings SETTINGS = new Batcher.Settings(1000, 100, 1, Duration.ZERO,
            Duration.ofSeconds(10));

    @Test
    void eachConcurrentCallerGetsItsOwnAnswerWhileTheyShareCalls() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstCallStarted = new CountDownLatch(1);
        try (var squares = new Batcher<Integer, Integer>("squares", items -> {
            batchSizes.add(items.size());
            firstCallStarted.countDown();
            sleep(50); // the others queue meanwhile
            return items.stream().map(n -> n * n).toList();
        }, SETTINGS); ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(callers.submit(() -> squares.submit(0)));
            assertThat(firstCallStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int n = 1; n <= 40; n++) {
                int item = n;
                answers.add(callers.submit(() -> squares.submit(item)));
            }
            for (int n = 0; n <= 40; n++) {
                assertThat(answers.get(n).get(10, TimeUnit.SECONDS)).isEqualTo(n * n);
            }
        }
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(41);
        assertThat(batchSizes.size()).isLessThan(10);
    }

    @Test
    void submitAllAnswersInOrder() throws Exception {
        try (var squares = new Batcher<Integer, Integer>("squares", items -> items.stream().map(n -> n * n).toList(),
                SETTINGS)) {
            assertThat(squares.submitAll(List.of(3, 1, 2))).containsExactly(9, 1, 4);
        }
    }

    @Test
    void aCallThatAnswersTheWrongNumberOfItemsFailsItsCallersInsteadOfMismatchingAnswers() throws Exception {
        try (var broken = new Batcher<Integer, Integer>("broken", items -> List.of(), SETTINGS)) {
            assertThatThrownBy(() -> broken.submit(1)).isInstanceOf(BatchUnavailableException.class)
                    .hasMessage("broken failed")
                    .satisfies(e -> assertThat(((BatchUnavailableException) e).reason())
                            .isEqualTo(BatchUnavailableException.Reason.FAILED));
        }
    }

    @Test
    void aDatabaseErrorIsLoggedByTypeAndSqlStateNeverByItsMessage() {
        var error = new DataIntegrityViolationException("Failing row contains (162979388586171104, …)",
                new SQLException("Failing row contains (162979388586171104, …)", "23514"));
        assertThat(Batcher.describe(error)).isEqualTo("DataIntegrityViolationException (SQL state 23514)")
                .doesNotContain("1629");
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Batcher.Settings(10, 0, 1, Duration.ZERO,
                Duration.ofSeconds(1))).withMessageContaining("batch size");
        assertThatIllegalArgumentException().isThrownBy(() -> new Batcher.Settings(10, 10, 1, Duration.ofSeconds(2),
                Duration.ofSeconds(1))).withMessageContaining("delay");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
