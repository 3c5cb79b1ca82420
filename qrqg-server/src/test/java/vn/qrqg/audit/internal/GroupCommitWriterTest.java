package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditUnavailableException;

class GroupCommitWriterTest {

    private final List<List<AuditEntry>> batches = Collections.synchronizedList(new ArrayList<>());

    /** A writer whose insert writes every record it is given. */
    private static GroupCommitWriter writer(Consumer<List<AuditEntry>> insert, int queueCapacity, int maxBatch,
            int writerCount, Duration commitDelay, Duration commitTimeout) {
        return new GroupCommitWriter(batch -> {
            insert.accept(batch);
            return Collections.nCopies(batch.size(), Boolean.TRUE);
        }, queueCapacity, maxBatch, writerCount, commitDelay, commitTimeout);
    }

    @Test
    void aRecordItsInsertRefusesFailsItsCallerAlone() throws Exception {
        try (var writer = new GroupCommitWriter(batch -> batch.stream().map(entry -> !entry.outcome().equals("LATE"))
                .toList(), 10, 10, 1, Duration.ofMillis(50), Duration.ofSeconds(5))) {
            AuditEntry late = new AuditEntry(Instant.now(), "test", UUID.randomUUID(), null, null, null, List.of(),
                    "GET /x", "LATE");
            assertThatThrownBy(() -> writer.recordAll(List.of(entry(), late))).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("sealed");
            writer.record(entry());
        }
    }

    @Test
    void concurrentRecordsShareCommitsAndEachReturnsOnceWritten() throws Exception {
        Consumer<List<AuditEntry>> slowInsert = batch -> {
            sleep(20);
            batches.add(batch);
        };
        try (var writer = writer(slowInsert, 1000, 500, 1, Duration.ZERO, Duration.ofSeconds(10));
                ExecutorService callers = Executors.newFixedThreadPool(50)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(callers.submit(() -> writer.record(entry())));
            }
            for (Future<?> call : done) {
                call.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(200);
        assertThat(batches.size()).isLessThan(100);
    }

    @Test
    void recordsOfOneCallShareCommitsAndReturnOnceAllAreWritten() throws Exception {
        try (var writer = writer(batch -> {
            sleep(20);
            batches.add(batch);
        }, 1000, 500, 1, Duration.ZERO, Duration.ofSeconds(10))) {
            writer.recordAll(List.of(entry(), entry(), entry(), entry(), entry()));
            assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(5);
            assertThat(batches.size()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void recordsArrivingWithinTheCommitDelayShareOneCommit() throws Exception {
        assertThat(commitsForTwoRecordsFiftyMillisApart(Duration.ofSeconds(1))).isEqualTo(1);
        batches.clear();
        assertThat(commitsForTwoRecordsFiftyMillisApart(Duration.ZERO)).isEqualTo(2);
    }

    private int commitsForTwoRecordsFiftyMillisApart(Duration commitDelay) throws Exception {
        try (var writer = writer(batches::add, 10, 10, 1, commitDelay, Duration.ofSeconds(10));
                ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<?> first = callers.submit(() -> writer.record(entry()));
            sleep(50);
            Future<?> second = callers.submit(() -> writer.record(entry()));
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(2);
        return batches.size();
    }

    @Test
    void recordsOfOneCallFailTogetherWhenOneIsNotWritten() throws Exception {
        try (var writer = writer(batch -> {
            throw new IllegalStateException("database down");
        }, 10, 1, 1, Duration.ZERO, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> writer.recordAll(List.of(entry(), entry())))
                    .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("refused the write");
        }
    }

    @Test
    void aFailedWriteFailsEveryCallerOfItsBatch() throws Exception {
        try (var writer = writer(batch -> {
            throw new IllegalStateException("database down");
        }, 10, 10, 1, Duration.ZERO, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("refused the write");
        }
    }

    @Test
    void aCallerWaitsNoLongerThanTheCommitTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (var writer = writer(batch -> await(release), 10, 10, 1, Duration.ZERO, Duration.ofMillis(200))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("not committed in time");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            release.countDown();
        }
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var writer = writer(batch -> {
            writing.countDown();
            await(release);
        }, 1, 1, 1, Duration.ZERO, Duration.ofSeconds(10)); ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<?> first = callers.submit(() -> writer.record(entry())); // taken by the writer, which blocks
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?> second = callers.submit(() -> writer.record(entry())); // fills the queue
            waitUntil(() -> !second.isDone(), 100);
            assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("queue is full");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void closingWritesEveryQueuedRecordBeforeItStops() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommitWriter writer = writer(batch -> {
            await(release);
            batches.add(batch);
        }, 100, 5, 1, Duration.ZERO, Duration.ofSeconds(10));
        try (ExecutorService callers = Executors.newFixedThreadPool(20)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(callers.submit(() -> writer.record(entry())));
            }
            sleep(200); // all queued or being written
            Thread closer = Thread.ofPlatform().start(() -> {
                try {
                    writer.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            release.countDown();
            closer.join(10_000);
            for (Future<?> call : done) {
                call.get(5, TimeUnit.SECONDS); // none failed
            }
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(20);
        assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AuditUnavailableException.class);
    }

    private static AuditEntry entry() {
        return new AuditEntry(Instant.now(), "scanner", UUID.randomUUID(), "scan:venue", null, null, List.of(),
                "test", "VALID");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        sleep(millis);
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
