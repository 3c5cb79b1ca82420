package vn.qrqg.audit.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditUnavailableException;
import vn.qrqg.platform.batching.BatchUnavailableException;
import vn.qrqg.platform.batching.Batcher;

/**
 * Group commit: callers put their record in a bounded queue and wait; the writer threads each
 * take whatever is queued, gather what else arrives within the commit delay, write it with one
 * INSERT in one transaction, and release every caller of the batch at once ({@link Batcher}), so
 * that thousands of reads a second cost hundreds of commits (a commit's fixed cost, its WAL flush
 * above all, is most of a small batch's: docs/benchmarks.md). A caller returns only once its
 * record is committed; if the write fails or does not finish within the timeout it gets
 * {@link AuditUnavailableException} instead. Records are never dropped once queued: on shutdown
 * the writers drain the queue before they stop.
 */
public final class GroupCommitWriter implements AutoCloseable {
    private final Batcher<AuditEntry, Boolean> batcher;

    /**
     * @param insert writes a batch in one transaction, committed when it returns; answers for
     *        each record whether it was written (not when its day's chain is sealed already)
     * @param commitDelay how long a writer that took a record waits for more before it writes them;
     *        zero writes at once
     */
    public GroupCommitWriter(Function<List<AuditEntry>, List<Boolean>> insert, int queueCapacity, int maxBatch,
            int writerCount, Duration commitDelay, Duration commitTimeout) {
        this.batcher = new Batcher<>("audit-writer", insert,
                new Batcher.Settings(queueCapacity, maxBatch, writerCount, commitDelay, commitTimeout));
    }

    /** Returns once {@code entry} is committed. */
    public void record(AuditEntry entry) {
        try {
            requireWritten(batcher.submit(entry));
        } catch (BatchUnavailableException e) {
            throw unavailable(e);
        }
    }

    /**
     * Returns once every entry is committed: queued at once, they share commits rather than
     * wait for one each. If one cannot be queued, those before it may still be committed.
     */
    public void recordAll(List<AuditEntry> entries) {
        try {
            batcher.submitAll(entries).forEach(GroupCommitWriter::requireWritten);
        } catch (BatchUnavailableException e) {
            throw unavailable(e);
        }
    }

    /** Stops taking records, writes those queued, and waits for the writers to finish. */
    @Override
    public void close() throws InterruptedException {
        batcher.close();
    }

    /** A record of a day whose head is signed already: a request that took over a minute past midnight. */
    private static void requireWritten(Boolean written) {
        if (!written) {
            throw new AuditUnavailableException("the audit of the record's day is sealed: its signed head admits no "
                    + "more records");
        }
    }

    private static AuditUnavailableException unavailable(BatchUnavailableException e) {
        String why = switch (e.reason()) {
            case QUEUE_FULL -> "the audit queue is full";
            case CLOSED -> "the audit is shutting down";
            case FAILED -> "the audit database refused the write";
            // it may still commit later: an audited read that was not answered, never the reverse
            case TIMED_OUT -> "the audit record was not committed in time";
            case INTERRUPTED -> "interrupted while the audit record was written";
        };
        return new AuditUnavailableException(why, e);
    }
}
