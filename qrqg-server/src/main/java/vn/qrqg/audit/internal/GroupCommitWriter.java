package vn.qrqg.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditUnavailableException;

/**
 * Group commit: callers put their record in a bounded queue and wait; the writer threads each
 * take whatever is queued (up to {@code maxBatch}), gather what else arrives within the commit
 * delay, write it with one INSERT in one transaction, and release every caller of the batch at
 * once, so that thousands of reads a second cost hundreds of commits (a commit's fixed cost, its
 * WAL flush above all, is most of a small batch's: docs/benchmarks.md). A caller returns only
 * once its record is committed; if the write fails or does not finish within the timeout it
 * gets {@link AuditUnavailableException} instead. Records are never dropped once queued: on
 * shutdown the writers drain the queue before they stop.
 */
public final class GroupCommitWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final long POLL_MILLIS = 100;

    private record Pending(AuditEntry entry, CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<Pending> queue;
    private final Consumer<List<AuditEntry>> insert;
    private final int maxBatch;
    private final long delayNanos;
    private final long timeoutNanos;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closing;

    /**
     * @param insert writes a batch in one transaction, committed when it returns
     * @param commitDelay how long a writer that took a record waits for more before it writes them;
     *        zero writes at once
     */
    public GroupCommitWriter(Consumer<List<AuditEntry>> insert, int queueCapacity, int maxBatch, int writerCount,
            Duration commitDelay, Duration commitTimeout) {
        this.insert = insert;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.delayNanos = commitDelay.toNanos();
        this.timeoutNanos = commitTimeout.toNanos();
        for (int i = 1; i <= writerCount; i++) {
            writers.add(Thread.ofPlatform().name("audit-writer-" + i).daemon().start(this::write));
        }
    }

    /** Returns once {@code entry} is committed. */
    public void record(AuditEntry entry) {
        await(enqueue(entry));
    }

    /**
     * Returns once every entry is committed: queued at once, they share commits rather than
     * wait for one each. If one cannot be queued, those before it may still be committed.
     */
    public void recordAll(List<AuditEntry> entries) {
        List<CompletableFuture<Void>> committed = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            committed.add(enqueue(entry));
        }
        await(CompletableFuture.allOf(committed.toArray(CompletableFuture[]::new)));
    }

    private CompletableFuture<Void> enqueue(AuditEntry entry) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (closing) {
            throw new AuditUnavailableException("the audit is shutting down");
        }
        if (!queue.offer(new Pending(entry, committed))) {
            throw new AuditUnavailableException("the audit queue is full");
        }
        return committed;
    }

    private void await(CompletableFuture<Void> committed) {
        try {
            committed.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // a fresh exception: the writer's one is shared by the whole batch, across threads
            throw new AuditUnavailableException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            // it may still commit later: an audited read that was not answered, never the reverse
            throw new AuditUnavailableException("the audit record was not committed in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while the audit record was written");
        }
    }

    /** Stops taking records, writes those queued, and waits for the writers to finish. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        List<Pending> stranded = new ArrayList<>();
        queue.drainTo(stranded); // only if a writer gave up: fail them rather than leave callers waiting
        stranded.forEach(pending -> pending.committed().completeExceptionally(
                new AuditUnavailableException("the audit shut down")));
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                boolean interrupted = !gather(batch);
                commit(batch); // taken from the queue: written whatever happens
                if (interrupted) {
                    throw new InterruptedException();
                }
            } catch (InterruptedException e) {
                if (closing) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Adds what is queued, and what arrives within the commit delay, up to a full batch.
     *
     * @return false when interrupted while it waited: the batch is to be written all the same
     */
    private boolean gather(List<Pending> batch) {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + delayNanos;
        long left = delayNanos;
        while (left > 0 && batch.size() < maxBatch && !closing) {
            try {
                Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return true;
                }
                batch.add(next);
            } catch (InterruptedException e) {
                return false;
            }
            queue.drainTo(batch, maxBatch - batch.size());
            left = deadline - System.nanoTime();
        }
        return true;
    }

    private void commit(List<Pending> batch) {
        try {
            insert.accept(batch.stream().map(Pending::entry).toList());
        } catch (RuntimeException e) {
            // the message of a database error may quote the rows, which hold personal data: type only
            LOG.error("Writing {} audit records failed: {}", batch.size(), AuditRepository.describe(e));
            AuditUnavailableException failure = new AuditUnavailableException("the audit database refused the write");
            batch.forEach(pending -> pending.committed().completeExceptionally(failure));
            return;
        }
        batch.forEach(pending -> pending.committed().complete(null));
    }
}
